import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswersDocument } from '../../../src/schema/answers.ts';
import { DONT_KNOW } from '../../../src/schema/dont-know.ts';
import { decodeShareFragment, encodeShareFragment, shareUrl } from '../../../src/workshop/share-link.ts';
import { realContent } from '../engine/support/real-content.ts';
import { answerFixtures, fullyAnsweredDocument } from './support/responses.ts';

const ORIGIN = 'http://127.0.0.1:4321';

async function roundTrip(doc: AnswersDocument) {
  return decodeShareFragment(await encodeShareFragment(doc), realContent());
}

describe('share links', () => {
  it('round-trip a fully answered questionnaire exactly', async () => {
    const doc = fullyAnsweredDocument(realContent());
    expect(Object.keys(doc.answers)).toHaveLength(realContent().sections.flatMap((s) => s.questions).length);
    const result = await roundTrip(doc);
    expect(result).toMatchObject({ ok: true, setAside: [] });
    if (!result.ok) return;
    expect(result.document).toEqual(doc);
    // Question ids and their order come back exactly.
    expect(Object.keys(result.document.answers)).toEqual(Object.keys(doc.answers));
  });

  it('keep a fully answered questionnaire under 2,000 characters as a whole URL', async () => {
    const url = shareUrl(ORIGIN, await encodeShareFragment(fullyAnsweredDocument(realContent())));
    expect(url.startsWith(`${ORIGIN}/share/#share=1.`)).toBe(true);
    expect(url.length).toBeLessThan(2000);
  });

  it('round-trip a partial document with notes in Chinese and emoji, and "don\'t know"', async () => {
    const content = realContent();
    const doc: AnswersDocument = {
      schemaVersion: 1,
      contentVersion: content.settings.contentVersion,
      meta: { organisation: '北风制药 Northwind', respondent: 'Zoë Ñúñez 🧭', role: 'Sales VP', date: '2024-02-29' },
      answers: {
        'readiness.objective': DONT_KNOW,
        'method.data': ['transactions', 'margin'],
        'segment-count.reps': 180,
      },
      notes: {
        'readiness.objective': '目标还没有写下来 — 下周与销售副总裁确认。🎯🚀',
        'method.data': 'Line one\nLine two, with "quotes" and a tab\there 👩🏽‍💻',
      },
    };
    const result = await roundTrip(doc);
    expect(result.ok && result.document).toEqual(doc);
  });

  it('round-trip every hand-written answers fixture, setting aside only what the engine sets aside', async () => {
    const { reconcileAnswers } = await import('../../../src/engine/answers/reconcile.ts');
    for (const fixture of answerFixtures()) {
      const result = await roundTrip(fixture);
      expect(result.ok).toBe(true);
      if (!result.ok) continue;
      const expected = reconcileAnswers(realContent(), fixture);
      expect(result.setAside).toEqual(expected.setAside);
      expect(result.document.answers).toEqual(Object.fromEntries(expected.answers));
      expect(result.document.notes).toEqual(Object.fromEntries(expected.notes));
      expect(result.document.meta).toEqual(fixture.meta);
      expect(result.document.contentVersion).toBe(fixture.contentVersion);
    }
  });

  it('carry answers to unknown questions and set them aside on opening, with the reason', async () => {
    const doc = fullyAnsweredDocument(realContent());
    const result = await roundTrip({ ...doc, answers: { ...doc.answers, 'retired.question': 'yes' } });
    expect(result.ok && result.setAside).toEqual([
      {
        part: 'answer',
        key: 'retired.question',
        value: '"yes"',
        reason: 'no question has this id in the current content',
      },
    ]);
  });

  it('open a link made with another questionnaire version, saying so', async () => {
    const doc = { ...fullyAnsweredDocument(realContent()), contentVersion: '0.9.0' };
    const result = await roundTrip(doc);
    expect(result.ok).toBe(true);
    expect(result.ok && result.notices.join(' ')).toContain('questionnaire version 0.9.0');
  });

  it('accept the fragment with "#", inside a whole pasted link, or wrapped over lines', async () => {
    const doc = fullyAnsweredDocument(realContent());
    const fragment = await encodeShareFragment(doc);
    const wrapped = fragment.replace(/(.{70})/g, '$1\n  ');
    for (const text of [`#${fragment}`, shareUrl(ORIGIN, fragment), `  ${wrapped}  `]) {
      const result = await decodeShareFragment(text, realContent());
      expect(result.ok && result.document).toEqual(doc);
    }
  });

  it('say a link is incomplete wherever it was cut off', async () => {
    const fragment = await encodeShareFragment(answerFixtures()[0] as AnswersDocument);
    for (let cut = 'share=1.'.length; cut < fragment.length; cut += 1) {
      const result = await decodeShareFragment(fragment.slice(0, cut), realContent());
      expect(result).toEqual({
        ok: false,
        message: 'The share link is incomplete: it was probably cut off when it was copied.',
      });
    }
  });

  it('never give different answers when one character is changed', async () => {
    const doc = answerFixtures()[1] as AnswersDocument;
    const fragment = await encodeShareFragment(doc);
    const original = await decodeShareFragment(fragment, realContent());
    for (let i = 'share=1.'.length; i < fragment.length; i += 1) {
      const swapped = fragment.slice(0, i) + (fragment[i] === 'Q' ? 'R' : 'Q') + fragment.slice(i + 1);
      const result = await decodeShareFragment(swapped, realContent());
      // Either refused, or (when only padding bits of the last character changed) the very same answers.
      if (result.ok) expect(result).toEqual(original);
      else expect(result.message).toMatch(/^The share link is (damaged|incomplete)/);
    }
  });

  it('never throw, whatever text it is given', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => `share=1.${s}`),
          fc.base64String().map((s) => `share=1.${s.replace(/=/g, '')}`),
        ),
        async (text) => {
          const result = await decodeShareFragment(text, realContent());
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) expect(result.message.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuse to make a link from answers whose notes expand beyond 1 MB', async () => {
    const doc = fullyAnsweredDocument(realContent());
    const notes = Object.fromEntries(Object.keys(doc.answers).map((id) => [id, 'x'.repeat(20_000)]));
    await expect(encodeShareFragment({ ...doc, notes })).rejects.toThrow(/too long for a share link/);
  });

  it('build the URL under /share/ without doubling a slash', () => {
    expect(shareUrl('https://playbook.example', 'share=1.abc')).toBe('https://playbook.example/share/#share=1.abc');
    expect(shareUrl('https://playbook.example/', 'share=1.abc')).toBe('https://playbook.example/share/#share=1.abc');
  });
});
