// The questionnaire never lets a wrong state through, and never refuses a right one (issue 19,
// defects 1, 4, 5 and the section totals of 9), driven in the real browser.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { launchBrowser, openRecordedPage } from './support/browser.ts';
import { answerStep, next, STEPS, stepHeading, waitForStep } from './support/questionnaire.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const block = (page: Page, id: string) => page.locator(`[id="q-${id}"]`);

async function openQuestionnaire(page: Page): Promise<void> {
  await page.goto(`${baseUrl}/questionnaire/`);
  await page.waitForSelector('#step-heading');
}

/** Jump to a section from the section list, as a respondent would. */
async function jumpTo(page: Page, title: RegExp, step: number): Promise<void> {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: title }).click();
  await waitForStep(page, step);
}

/** The answers the questionnaire has saved in this browser for the current assessment. */
async function savedAnswers(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(() => {
    const index = JSON.parse(localStorage.getItem('segment-playbook:v1:index') ?? '{}') as { currentId?: string };
    const record = JSON.parse(
      localStorage.getItem(`segment-playbook:v1:assessment:${index.currentId ?? ''}`) ?? '{}',
    ) as {
      document?: { answers?: Record<string, unknown> };
    };
    return record.document?.answers ?? {};
  });
}

/** The "n of m answered" status the section list shows for one section. */
async function sectionStatus(page: Page, title: RegExp): Promise<string> {
  const text = await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('button', { name: title })
    .textContent();
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

describe('a required question', () => {
  it('cannot be skipped by tabbing through its radio group, and its error goes as soon as it is answered', async () => {
    const { page, context } = await openRecordedPage(browser, baseUrl);
    await openQuestionnaire(page);
    // Everything else on the step is answered; the industry is only tabbed into and out of.
    await answerStep(page, {}, ['organisation.industry']);
    await block(page, 'organisation.industry').locator('input[type="radio"]').first().focus();
    await page.keyboard.press('Tab');
    await next(page);
    const error = block(page, 'organisation.industry').locator('.field-error');
    await error.waitFor();
    expect(await stepHeading(page)).toMatch(/^1\. /);
    expect(await error.textContent()).toMatch(/answer/i);
    // Focus goes to the question that needs an answer.
    expect(await page.evaluate(() => document.activeElement?.closest('.question')?.id)).toBe('q-organisation.industry');
    expect((await axeViolations(page)).map((v) => `${v.id}: ${v.targets.join(', ')}`)).toEqual([]);
    // Answering it clears the message at once, without pressing Next again.
    await block(page, 'organisation.industry').locator('input[type="radio"]').first().check();
    await error.waitFor({ state: 'detached' });
    expect(await page.locator('.field-error').count()).toBe(0);
    await next(page);
    await waitForStep(page, 2);
    await context.close();
  });
});

describe('numbers', () => {
  it('accepts "12,000" and "1 200" as a respondent types them, and saves the numbers', async () => {
    const { page, context } = await openRecordedPage(browser, baseUrl);
    await openQuestionnaire(page);
    await jumpTo(page, /Team, accounts and capacity/, 5);
    // The hint writes the range the way the field accepts it.
    expect(await block(page, 'segment-count.accounts').locator('.hint').first().textContent()).toMatch(/\d,\d{3}/);
    await answerStep(page, { 'segment-count.accounts': '12,000', 'segment-count.reps': '1 200' });
    await next(page);
    await waitForStep(page, 6);
    const answers = await savedAnswers(page);
    expect(answers['segment-count.accounts']).toBe(12_000);
    expect(answers['segment-count.reps']).toBe(1_200);
    await context.close();
  });

  it('reads "12.000" as twelve thousand in German, and refuses "12,5" in English rather than guess', async () => {
    const german = await browser.newContext({ locale: 'de-DE' });
    const page = await german.newPage();
    await openQuestionnaire(page);
    await jumpTo(page, /Team, accounts and capacity/, 5);
    await answerStep(page, { 'segment-count.accounts': '12.000' });
    await next(page);
    await waitForStep(page, 6);
    expect((await savedAnswers(page))['segment-count.accounts']).toBe(12_000);
    await german.close();

    const english = await browser.newContext({ locale: 'en-US' });
    const en = await english.newPage();
    await openQuestionnaire(en);
    await jumpTo(en, /Team, accounts and capacity/, 5);
    await answerStep(en, { 'segment-count.accounts': '12,5' });
    await next(en);
    const error = block(en, 'segment-count.accounts').locator('.field-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('“12,5” is not a number');
    expect(await stepHeading(en)).toMatch(/^5\. /);
    await english.close();
  });
});

describe('the rollout start date', () => {
  it('is a date picker, and a plan without one says on its first screen which date it assumed', async () => {
    const { page, context } = await openRecordedPage(browser, baseUrl);
    await openQuestionnaire(page);
    for (let step = 1; step <= STEPS; step += 1) {
      await waitForStep(page, step);
      if (step === 7) {
        const field = block(page, 'rollout.start-date').locator('input').first();
        // A date picker takes a day, not free text such as "Q1 2027", and says what happens without one.
        expect(await field.getAttribute('type')).toBe('date');
        expect(await block(page, 'rollout.start-date').textContent()).toMatch(
          /without one, the plan dates the rollout/i,
        );
      }
      await answerStep(page, {}, ['rollout.start-date']);
      await next(page);
    }
    await page.waitForURL('**/results/');
    await page.waitForSelector('#summary-heading');
    const assumed = page.locator('.overview .assumed-date');
    expect(await assumed.isVisible()).toBe(true);
    expect(await assumed.textContent()).toMatch(/Assumed start: \d{1,2} \w{3} \d{4}/);
    expect(await assumed.getByRole('link', { name: 'Set the start date' }).getAttribute('href')).toBe(
      '/questionnaire/#q-rollout.start-date',
    );
    await context.close();
  });
});

describe('the section list', () => {
  it("keeps each section's total fixed while answers reveal more questions", async () => {
    const { page, context } = await openRecordedPage(browser, baseUrl);
    await openQuestionnaire(page);
    const team = /Team, accounts and capacity/;
    const before = await sectionStatus(page, team);
    expect(before).toMatch(/0 of (up to )?\d+ answered/);
    // Key-account managers and inside sales reveal four more questions in the team section.
    await answerStep(page, { 'organisation.route': ['field', 'key-account', 'inside-sales'] });
    expect(await block(page, 'organisation.route').locator('input:checked').count()).toBe(3);
    expect(await sectionStatus(page, team)).toBe(before);
    await context.close();
  });
});
