import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_DIR } from '../../../src/cli/json-schema.ts';
import { PROJECT_ROOT } from './support/run-cli.ts';

type JsonObject = Record<string, unknown>;

function asObject(value: unknown): JsonObject | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : undefined;
}

/**
 * Every property in a JSON Schema that has no `description`, as a path such as
 * `readiness.dimensions[].raised[].ruleId` (`[]` an array item, `{}` a value of an object with
 * any keys). A property whose value is a `$ref` counts as described when the property or the
 * definition it points to has one. Follows `$ref` into `$defs` (once per chain, so recursive
 * schemas end) and also checks any definition nothing refers to, under `$defs.<name>`.
 * A `$ref` that points nowhere is reported too.
 *
 * Kept here until it moves to test/support/json-schema.ts, which another branch adds with the
 * same name and signature.
 */
function undescribedPaths(schema: unknown): string[] {
  const root = asObject(schema) ?? {};
  const defs = asObject(root['$defs']) ?? {};
  const found = new Set<string>();
  const reached = new Set<string>();

  const target = (ref: string): JsonObject | undefined => {
    if (ref === '#') return root;
    const prefix = '#/$defs/';
    return ref.startsWith(prefix) ? asObject(defs[ref.slice(prefix.length)]) : undefined;
  };

  const hasDescription = (node: unknown, seen: readonly string[] = []): boolean => {
    const object = asObject(node);
    if (object === undefined) return false;
    const description = object['description'];
    if (typeof description === 'string' && description.trim() !== '') return true;
    const ref = object['$ref'];
    return typeof ref === 'string' && !seen.includes(ref) && hasDescription(target(ref), [...seen, ref]);
  };

  const propertyPath = (path: string, key: string): string => (path === '' ? key : `${path}.${key}`);

  const walk = (node: unknown, path: string, refs: readonly string[]): void => {
    const object = asObject(node);
    if (object === undefined) return;
    const ref = object['$ref'];
    if (typeof ref === 'string') {
      const resolved = target(ref);
      if (resolved === undefined) found.add(`${path || '(root)'} (unresolved $ref ${ref})`);
      else if (!refs.includes(ref)) {
        reached.add(ref);
        walk(resolved, path, [...refs, ref]);
      }
    }
    for (const [key, value] of Object.entries(asObject(object['properties']) ?? {})) {
      const at = propertyPath(path, key);
      if (!hasDescription(value)) found.add(at);
      walk(value, at, refs);
    }
    const items = object['items'];
    if (Array.isArray(items)) items.forEach((item, i) => walk(item, `${path}[${i}]`, refs));
    else walk(items, `${path}[]`, refs);
    const prefixItems = object['prefixItems'];
    if (Array.isArray(prefixItems)) prefixItems.forEach((item, i) => walk(item, `${path}[${i}]`, refs));
    walk(object['additionalProperties'], `${path}{}`, refs);
    for (const keyword of ['anyOf', 'oneOf', 'allOf']) {
      const options = object[keyword];
      if (Array.isArray(options)) for (const option of options) walk(option, path, refs);
    }
  };

  walk(root, '', ['#']);
  for (const [name, def] of Object.entries(defs)) {
    const ref = `#/$defs/${name}`;
    if (!reached.has(ref)) walk(def, `$defs.${name}`, [ref]);
  }
  return [...found];
}

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
      'map{}.inValue',
      'both.inAllOf',
      'viaDescribedDef.inDescribedDef',
      'viaBareDef',
      'nowhere (unresolved $ref #/$defs/missing)',
      '$defs.unused.inUnusedDef',
    ]);
  });
});
