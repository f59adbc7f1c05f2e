import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_DIR } from '../../../src/cli/json-schema.ts';
import { undescribedPaths } from '../../support/json-schema.ts';
import { PROJECT_ROOT } from './support/run-cli.ts';

const published = (name: string): unknown =>
  JSON.parse(readFileSync(join(PROJECT_ROOT, JSON_SCHEMA_DIR, name), 'utf8')) as unknown;

describe('descriptions in the published JSON Schema', () => {
  it('describes every field of the answers document, for whoever writes a tool against it', () => {
    expect(undescribedPaths(published('answers.schema.json'))).toEqual([]);
  });

  it('finds a field without a description however the schema reaches it', () => {
    const schema = {
      type: 'object',
      properties: {
        described: { type: 'string', description: 'Has one' },
        bare: { type: 'string' },
        blank: { type: 'string', description: '  ' },
        viaRef: { $ref: '#/$defs/describedThing' },
        list: { type: 'array', description: 'A list', items: { $ref: '#/$defs/item' } },
        map: { type: 'object', description: 'A map', additionalProperties: { type: 'number' } },
        either: {
          description: 'One of two',
          anyOf: [{ type: 'object', properties: { left: { type: 'string' } } }, { type: 'null' }],
        },
        tree: { description: 'Recursive', $ref: '#/$defs/node' },
        'odd key': { type: 'boolean' },
      },
      $defs: {
        describedThing: { type: 'string', description: 'Described where it is defined' },
        item: { type: 'object', properties: { name: { type: 'string' } } },
        node: {
          type: 'object',
          properties: { children: { type: 'array', description: 'Children', items: { $ref: '#/$defs/node' } } },
          allOf: [{ properties: { label: { type: 'string' } } }],
        },
        unused: { type: 'object', properties: { orphan: { type: 'string' } } },
      },
    };
    expect(undescribedPaths(schema)).toEqual([
      'bare',
      'blank',
      'list[].name',
      'map.*',
      'either.left',
      'tree.label',
      '["odd key"]',
      '$defs.unused.orphan',
    ]);
  });
});
