/**
 * Writes schema/answers.schema.json and schema/plan.schema.json from the zod schemas.
 * Run after changing src/schema/answers.ts or src/schema/plan/; a unit test fails while the
 * committed files are out of date.
 * Usage: node scripts/generate-json-schema.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSON_SCHEMA_DIR, jsonSchemaFiles } from '../src/cli/json-schema.ts';

const dir = join(resolve(import.meta.dirname, '..'), JSON_SCHEMA_DIR);
mkdirSync(dir, { recursive: true });
for (const [name, text] of Object.entries(jsonSchemaFiles())) {
  writeFileSync(join(dir, name), text);
  console.log(`wrote ${JSON_SCHEMA_DIR}/${name}`);
}
