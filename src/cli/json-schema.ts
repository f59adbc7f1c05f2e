import { z } from 'zod';
import { answersDocumentSchema } from '../schema/answers.ts';
import { planSchema } from '../schema/plan/index.ts';

/** Where the published schemas live, relative to the package root. */
export const JSON_SCHEMA_DIR = 'schema';

/**
 * The JSON Schema files published for consultants' own tools, generated from the zod schemas,
 * as file name to file text. The answers schema describes what a tool may write (input); the
 * plan schema what Segment Playbook writes (output). Refinements such as "a real calendar
 * date" cannot be expressed in JSON Schema; `segment-playbook validate` checks them.
 */
export function jsonSchemaFiles(): Record<string, string> {
  const render = (schema: z.core.$ZodType, io: 'input' | 'output', title: string): string => {
    // `reused: 'ref'` puts shared parts (evidence, reasons) in $defs once instead of inlining each use.
    const json = { ...z.toJSONSchema(schema, { io, unrepresentable: 'any', reused: 'ref' }), title };
    return `${JSON.stringify(json, null, 2)}\n`;
  };
  return {
    'answers.schema.json': render(answersDocumentSchema, 'input', 'Segment Playbook answers document'),
    'plan.schema.json': render(planSchema, 'output', 'Segment Playbook plan'),
  };
}
