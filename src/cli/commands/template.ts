import { answersTemplate } from '../../engine/answers-template.ts';
import { loadPackageContent } from '../content.ts';
import { EXIT } from '../exit-codes.ts';
import { writeOutputFile } from '../files.ts';
import type { CliIo } from '../io.ts';

/** `template [-o FILE]`: a blank answers file with every question and what it accepts. */
export function runTemplate(output: string | null, io: CliIo): number {
  const content = loadPackageContent();
  const text = `${JSON.stringify({ $schema: './schema/answers.schema.json', ...answersTemplate(content, io.today()) }, null, 2)}\n`;
  if (output === null) io.stdout(text);
  else {
    writeOutputFile(output, text);
    io.stderr(`segment-playbook: wrote ${output}\n`);
  }
  return EXIT.ok;
}
