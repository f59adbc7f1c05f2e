import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answersDocumentSchema } from '../../../src/schema/answers.ts';
import { realContent } from '../engine/support/real-content.ts';
import { runCli, tempDir } from './support/run-cli.ts';

const questionIds = realContent().sections.flatMap((s) => s.questions.map((q) => q.id));

describe('segment-playbook template', () => {
  it('prints an answers file with every question blank and what each accepts', () => {
    const result = runCli(['template']);
    expect(result.code).toBe(0);
    const document = JSON.parse(result.stdout) as {
      answers: Record<string, unknown>;
      guide: Record<string, { accepts: string }>;
    };
    expect(Object.keys(document.answers)).toEqual(questionIds);
    expect(Object.values(document.answers).every((v) => v === null)).toBe(true);
    expect(Object.keys(document.guide)).toEqual(questionIds);
    expect(document.guide['readiness.objective']?.accepts).toMatch(
      /^one of "none", "verbal", "written", "written-kpi", or \{"dontKnow": true\}/,
    );
    expect(answersDocumentSchema.safeParse(document).success).toBe(true);
  });

  it('writes the template to a file with -o, and the file validates', () => {
    const path = join(tempDir(), 'blank.json');
    const written = runCli(['template', '-o', path]);
    expect(written).toMatchObject({ code: 0, stdout: '' });
    expect(written.stderr).toMatch(/wrote .*blank\.json/);
    expect((JSON.parse(readFileSync(path, 'utf8')) as { schemaVersion: unknown }).schemaVersion).toBe(1);
    const validated = runCli(['validate', path]);
    expect(validated.code).toBe(0);
    expect(validated.stdout).toMatch(new RegExp(`valid\\. 0 of ${questionIds.length} questions answered`));
  });
});
