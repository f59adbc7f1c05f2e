import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { AnswersDocument } from '../../../src/schema/answers.ts';

/**
 * Open the results page of an answers document saved in the browser's storage as the current
 * assessment, the way the questionnaire saves one. For tests and benchmarks that start from a
 * finished questionnaire without answering it again.
 */
export async function openSavedResults(page: Page, baseUrl: string, document: unknown, name: string): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.evaluate(
    ({ saved, label }) => {
      const id = 'saved01';
      const updatedAt = '2026-01-01T00:00:00.000Z';
      localStorage.setItem(
        `segment-playbook:v1:assessment:${id}`,
        JSON.stringify({ storageVersion: 1, id, name: label, step: 6, updatedAt, document: saved }),
      );
      localStorage.setItem(
        'segment-playbook:v1:index',
        JSON.stringify({ storageVersion: 1, currentId: id, assessments: [{ id, name: label, updatedAt }] }),
      );
    },
    { saved: document, label: name },
  );
  await page.goto(`${baseUrl}/results/`);
  await page.waitForSelector('#summary-heading');
}

/**
 * A complete answers file, every question the plan rests on answered: the US dental supplier of
 * expert case EC-02. A fresh copy each call, so a test may change it.
 */
export const completeAnswers = (): AnswersDocument =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, '../../fixtures/expert-cases/ec-02-dental-supplies.json'), 'utf8'),
  ) as AnswersDocument;
