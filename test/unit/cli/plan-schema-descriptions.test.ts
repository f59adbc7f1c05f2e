import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_DIR } from '../../../src/cli/json-schema.ts';
import { undescribedPaths } from '../../support/json-schema.ts';
import { PROJECT_ROOT } from './support/run-cli.ts';

describe('plan JSON Schema descriptions', () => {
  it('gives every property of the published plan schema a description', () => {
    const schema: unknown = JSON.parse(readFileSync(join(PROJECT_ROOT, JSON_SCHEMA_DIR, 'plan.schema.json'), 'utf8'));
    expect(undescribedPaths(schema)).toEqual([]);
  });

  it('reports each undescribed property, however deep, and accepts a $ref whose definition is described', () => {
    const schema = {
      type: 'object',
      properties: {
        described: { type: 'string', description: 'Has one' },
        bare: { type: 'string' },
        list: {
          description: 'A list',
          type: 'array',
          items: { type: 'object', properties: { inItem: { type: 'number' } } },
        },
        maybe: {
          description: 'Nullable',
          anyOf: [{ type: 'object', properties: { inOption: { type: 'boolean' } } }, { type: 'null' }],
        },
        map: {
          description: 'Any keys',
          type: 'object',
          additionalProperties: { type: 'object', properties: { inValue: { type: 'string' } } },
        },
        both: {
          description: 'All of',
          allOf: [{ type: 'object', properties: { inAllOf: { type: 'string' } } }],
        },
        viaDescribedDef: { $ref: '#/$defs/described' },
        viaBareDef: { $ref: '#/$defs/bare' },
        viaBareDefDescribedHere: { $ref: '#/$defs/bare', description: 'Described on the property' },
        self: { description: 'Recursive', $ref: '#' },
        nowhere: { description: 'Points nowhere', $ref: '#/$defs/missing' },
      },
      $defs: {
        described: {
          description: 'A described part',
          type: 'object',
          properties: { inDescribedDef: { type: 'string' } },
        },
        bare: { type: 'object', properties: { inBareDef: { type: 'string', description: 'Fine' } } },
        unused: { type: 'object', properties: { inUnusedDef: { type: 'string' } } },
      },
    };
    expect(undescribedPaths(schema)).toEqual([
      'bare',
      'list[].inItem',
      'maybe.inOption',
      'map.*',
      'map.*.inValue',
      'both.inAllOf',
      'viaDescribedDef.inDescribedDef',
      'viaBareDef',
      'nowhere (unresolved $ref #/$defs/missing)',
      '$defs.unused.inUnusedDef',
    ]);
  });
});
