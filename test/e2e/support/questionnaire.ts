import type { Locator, Page } from 'playwright-core';

/** The questionnaire's steps: one per file in content/questionnaire/. */
export const STEPS = 8;

/** An answer to put in: option id(s), a number, or text. */
export type Pick = string | string[] | number;

const block = (page: Page, questionId: string): Locator => page.locator(`[id="q-${questionId}"]`);

/** The lowest number a number field accepts, read from its range hint. */
async function minimumOf(question: Locator): Promise<string> {
  const hint = (await question.locator('.hint').first().textContent()) ?? '';
  return /from (-?[\d,.]+)/.exec(hint)?.[1]?.replace(/,/g, '') ?? '1';
}

/**
 * Answer every visible question of the current step, by clicking: the pick for a question if
 * given, otherwise the last (most mature) option, the first checkbox, the lowest valid number or
 * a short text. Questions in `skip` are left as they are. Returns the ids of the questions answered.
 */
export async function answerStep(
  page: Page,
  picks: Record<string, Pick> = {},
  skip: readonly string[] = [],
): Promise<string[]> {
  const answered: string[] = [...skip];
  // Answering can reveal questions, so look again until every visible one is answered.
  for (let pass = 0; pass < 4; pass += 1) {
    const ids = await page.locator('.question').evaluateAll((els) => els.map((e) => e.id.replace(/^q-/, '')));
    const fresh = ids.filter((id) => !answered.includes(id));
    if (fresh.length === 0) break;
    for (const id of fresh) {
      await answerQuestion(page, id, picks[id]);
      answered.push(id);
    }
  }
  return answered.filter((id) => !skip.includes(id));
}

async function answerQuestion(page: Page, id: string, pick: Pick | undefined): Promise<void> {
  const question = block(page, id);
  const radios = question.locator('input[type="radio"]:not([value="__dont-know__"])');
  const boxes = question.locator('input[type="checkbox"]:not([name^="dontKnow"])');
  const text = question.locator('input[type="text"], input[type="date"], textarea:not([id$="-note"])');
  if ((await radios.count()) > 0) {
    if (pick !== undefined) await question.locator(`input[type="radio"][value="${String(pick)}"]`).check();
    else await radios.last().check();
  } else if ((await boxes.count()) > 0) {
    const values =
      pick === undefined ? [await boxes.first().getAttribute('value')] : Array.isArray(pick) ? pick : [String(pick)];
    for (const value of values) await question.locator(`input[type="checkbox"][value="${String(value)}"]`).check();
  } else if ((await text.count()) > 0) {
    const isNumber = (await question.locator('.unit').count()) > 0;
    const value =
      pick !== undefined
        ? String(pick)
        : isNumber
          ? await minimumOf(question)
          : id.endsWith('date')
            ? '2027-03-01'
            : 'Sales operations';
    await text.first().fill(value);
  }
}

/** Press Next (or "See your results" on the last step). */
export async function next(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^(Next|See your results)$/ }).click();
}

/** The text of the step heading, e.g. "3. Goal, data and method". */
export async function stepHeading(page: Page): Promise<string> {
  return (await page.locator('#step-heading').textContent()) ?? '';
}

/** Wait until the step heading reads `heading`. */
export async function waitForStep(page: Page, number: number): Promise<void> {
  await page.waitForFunction(
    (n) => document.querySelector('#step-heading')?.textContent.startsWith(`${n}.`) === true,
    number,
  );
}
