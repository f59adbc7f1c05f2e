import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { launchBrowser, openRecordedPage } from './support/browser.ts';
import { answerStep, next, type Pick, STEPS, stepHeading, waitForStep } from './support/questionnaire.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function openQuestionnaire(page: Page): Promise<void> {
  await page.goto(`${baseUrl}/questionnaire/`);
  await page.waitForSelector('#step-heading');
}

/** Answer steps `from`..STEPS and land on the results page. */
async function finish(
  page: Page,
  from: number,
  picks: Record<string, Pick> = {},
  eachStep?: (step: number) => Promise<void>,
): Promise<void> {
  for (let step = from; step <= STEPS; step += 1) {
    await waitForStep(page, step);
    await answerStep(page, picks);
    await eachStep?.(step);
    await next(page);
  }
  await page.waitForURL('**/results/');
  await page.waitForSelector('#summary-heading');
}

describe('the questionnaire and the results page', () => {
  it('lets a new user answer every section, reload in the middle, continue and see results, with 0 axe violations throughout', async () => {
    const { page, context, errors, outsideRequests } = await openRecordedPage(browser, baseUrl);
    await openQuestionnaire(page);
    const violations: string[] = [];
    const checkAxe = async (where: string): Promise<void> => {
      for (const v of await axeViolations(page))
        violations.push(`${where}: ${v.id} ${v.help} at ${v.targets.join(', ')}`);
    };
    for (let step = 1; step <= 3; step += 1) {
      await waitForStep(page, step);
      await answerStep(page);
      await checkAxe(`step ${step}`);
      await next(page);
    }
    await waitForStep(page, 4);
    await page.reload();
    await page.waitForSelector('#step-heading');
    expect(await stepHeading(page)).toMatch(/^4\. /);
    // The answers from before the reload are still there.
    await page.getByRole('button', { name: /Readiness/ }).click();
    await waitForStep(page, 2);
    expect(await page.locator('[id="q-readiness.objective"] input[value="written-kpi"]').isChecked()).toBe(true);
    await page.getByRole('button', { name: /Goal, data and method/ }).click();
    await finish(page, 4, {}, (step) => checkAxe(`step ${step}`));
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Your segmentation plan');
    for (const heading of [
      'Summary',
      'Readiness',
      'Mistake findings',
      'Method',
      'Segment count',
      'Systems impact',
      'Rollout',
      'Review cadence',
      'Open questions',
    ]) {
      expect(await page.getByRole('heading', { level: 2, name: heading, exact: true }).count(), heading).toBe(1);
    }
    await checkAxe('results');
    expect(violations).toEqual([]);
    expect(outsideRequests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('flags both "no written goal" and "segmenting by product" as high risk, with their evidence and edit links', async () => {
    const { page, context } = await openRecordedPage(browser, baseUrl);
    await openQuestionnaire(page);
    await finish(page, 1, {
      'readiness.objective': 'none',
      'current-state.exists': 'formal',
      'current-state.basis': ['product-bought'],
    });
    const findings = page.locator('.finding.risk-high');
    const titles = await findings.locator('h3').allTextContents();
    expect(titles.some((t) => t.startsWith('Segmenting without a purpose'))).toBe(true);
    expect(titles.some((t) => t.startsWith('Segmenting by product purchased'))).toBe(true);
    const noGoal = findings.filter({ has: page.getByRole('heading', { name: /Segmenting without a purpose/ }) });
    // Each finding is one line until it is opened.
    expect(await noGoal.locator('.evidence').first().isVisible()).toBe(false);
    await noGoal.locator('summary').click();
    expect(await noGoal.locator('.evidence').first().textContent()).toContain('There is no specific decision');
    expect(
      await noGoal
        .getByRole('link', { name: /Edit this answer/ })
        .first()
        .getAttribute('href'),
    ).toBe('/questionnaire/#q-readiness.objective');
    const byProduct = findings.filter({ has: page.getByRole('heading', { name: /Segmenting by product purchased/ }) });
    expect(
      await byProduct.locator('.evidence a[href="/questionnaire/#q-current-state.basis"]').count(),
    ).toBeGreaterThan(0);
    await context.close();
  });

  it('updates the results after an answer is edited from an evidence link', async () => {
    const { page, context } = await openRecordedPage(browser, baseUrl);
    await openQuestionnaire(page);
    await finish(page, 1, { 'readiness.objective': 'none' });
    const noGoal = page
      .locator('.finding')
      .filter({ has: page.getByRole('heading', { name: /Segmenting without a purpose/ }) });
    await noGoal.locator('summary').click();
    await noGoal
      .getByRole('link', { name: /Edit this answer/ })
      .first()
      .click();
    await page.waitForSelector('#step-heading');
    await waitForStep(page, 2);
    expect(await page.evaluate(() => document.activeElement?.closest('.question')?.id)).toBe('q-readiness.objective');
    await page.locator('[id="q-readiness.objective"] input[value="written-kpi"]').check();
    await page.goto(`${baseUrl}/results/`);
    await page.waitForSelector('#summary-heading');
    const titles = await page.locator('.finding.risk-high h3').allTextContents();
    expect(titles.some((t) => t.startsWith('Segmenting without a purpose'))).toBe(false);
    await context.close();
  });

  it('can be completed with the keyboard alone', async () => {
    const { page, context } = await openRecordedPage(browser, baseUrl);
    await openQuestionnaire(page);
    for (let step = 1; step <= STEPS; step += 1) {
      await waitForStep(page, step);
      await page.locator('#step-heading').focus();
      for (let presses = 0; presses < 400; presses += 1) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const el = document.activeElement as HTMLInputElement | null;
          const question = el?.closest('.question');
          const answered =
            question === null || question === undefined
              ? true
              : [
                  ...question.querySelectorAll<HTMLInputElement>(
                    'input[type=radio], input[type=checkbox]:not([name^="dontKnow"])',
                  ),
                ].some((i) => i.checked) ||
                [...question.querySelectorAll<HTMLInputElement>('input[type=text], textarea:not([id$="-note"])')].some(
                  (i) => i.value !== '',
                );
          const hint = question?.querySelector('.hint')?.textContent ?? '';
          return {
            tag: el?.tagName,
            type: el?.type,
            text: el?.textContent,
            question: question?.id ?? null,
            answered,
            hint,
            isNote: el?.id.endsWith('-note') === true,
          };
        });
        if (focus.tag === 'BUTTON' && /^(Next|See your results)$/.test(focus.text ?? '')) {
          await page.keyboard.press('Enter');
          break;
        }
        if (focus.question === null || focus.answered || focus.isNote) continue;
        if (focus.type === 'radio' || focus.type === 'checkbox') await page.keyboard.press('Space');
        else if (focus.tag === 'INPUT' || focus.tag === 'TEXTAREA') {
          const min = /from (-?[\d,]+)/.exec(focus.hint)?.[1]?.replace(/,/g, '');
          await page.keyboard.type(min ?? (focus.question.endsWith('date') ? '2027-03-01' : 'Sales operations'));
        }
      }
    }
    await page.waitForURL('**/results/');
    await page.waitForSelector('#summary-heading');
    expect(await page.getByRole('heading', { level: 2, name: 'Summary' }).count()).toBe(1);
    await context.close();
  });

  it('works at 375 px wide without sideways scrolling', async () => {
    const { page, context } = await openRecordedPage(browser, baseUrl, { viewport: { width: 375, height: 740 } });
    await openQuestionnaire(page);
    const overflow = (): Promise<number> =>
      page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    const widths: number[] = [];
    await finish(page, 1, {}, async () => {
      widths.push(await overflow());
    });
    widths.push(await overflow());
    expect(widths).toEqual(new Array(STEPS + 1).fill(0));
    await context.close();
  });

  it('reports a corrupted saved assessment, keeps it aside, and still works', async () => {
    const { page, context, errors } = await openRecordedPage(browser, baseUrl);
    await page.goto(`${baseUrl}/`);
    await page.evaluate(() => {
      localStorage.setItem(
        'segment-playbook:v1:index',
        JSON.stringify({
          storageVersion: 1,
          currentId: 'broken1',
          assessments: [{ id: 'broken1', name: 'Client A', updatedAt: '2026-01-01' }],
        }),
      );
      localStorage.setItem(
        'segment-playbook:v1:assessment:broken1',
        '{"storageVersion":1,"name":"Client A","document":',
      );
    });
    await openQuestionnaire(page);
    const alert = page.getByRole('alert');
    expect(await alert.textContent()).toContain('could not be read and was set aside');
    const kept = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.includes('set-aside'))
        .map((k) => localStorage.getItem(k)),
    );
    expect(kept).toEqual(['{"storageVersion":1,"name":"Client A","document":']);
    await answerStep(page);
    await next(page);
    await waitForStep(page, 2);
    expect(errors).toEqual([]);
    await context.close();
  });
});
