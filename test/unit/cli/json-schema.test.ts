import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_DIR, jsonSchemaFiles } from '../../../src/cli/json-schema.ts';
import { PROJECT_ROOT } from './support/run-cli.ts';

describe('published JSON Schema files', () => {
  it.each(Object.entries(jsonSchemaFiles()))(
    '%s is up to date with the zod schema (run scripts/generate-json-schema.ts)',
    (name, generated) => {
      // Compared as JSON, not text, so reformatting the file (e.g. by Prettier) does not matter.
      const committed: unknown = JSON.parse(readFileSync(join(PROJECT_ROOT, JSON_SCHEMA_DIR, name), 'utf8'));
      expect(committed).toEqual(JSON.parse(generated));
    },
  );

  it("describes the answers document fields a consultant's tool must write", () => {
    const schema = JSON.parse(jsonSchemaFiles()['answers.schema.json'] ?? '{}') as {
      required: string[];
      properties: Record<string, unknown>;
    };
    expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'contentVersion', 'meta', 'answers']));
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['meta', 'answers', 'notes']));
  });
});
