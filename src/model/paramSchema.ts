import { z } from 'zod';
import { defaultsOf, withUnit, type LeafParam, type ParamSpecs } from './params';
import { KIND_SPECS, type Kind } from './kinds';

function leafSchema(spec: LeafParam): z.ZodType {
  switch (spec.type) {
    case 'number': {
      const range = `between ${withUnit(spec.min, spec.unit)} and ${withUnit(spec.max, spec.unit)}`;
      let schema = z.number({ error: (iss) => (iss.input === undefined ? 'is required' : `must be a number ${range}`) });
      if (spec.integer) schema = schema.int({ error: `must be a whole number ${range}` });
      return schema
        .min(spec.min, { error: (iss) => `must be ${range} (got ${String(iss.input)})` })
        .max(spec.max, { error: (iss) => `must be ${range} (got ${String(iss.input)})` })
        .default(spec.default);
    }
    case 'choice':
      return z.enum(spec.options as [string, ...string[]], {
        error: (iss) => `must be one of ${spec.options.join(', ')} (got ${JSON.stringify(iss.input) ?? 'nothing'})`,
      }).default(spec.default);
    case 'toggle':
      return z.boolean({ error: (iss) => `must be true or false (got ${JSON.stringify(iss.input)})` }).default(spec.default);
  }
}

function paramsSchema(specs: ParamSpecs): z.ZodType {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, spec] of Object.entries(specs)) {
    if (spec.type === 'group') {
      const inner: Record<string, z.ZodType> = {};
      for (const [k, f] of Object.entries(spec.fields)) inner[k] = leafSchema(f);
      shape[key] = z.strictObject(inner, { error: 'must be an object' }).default(defaultsOf({ [key]: spec })[key] as never);
    } else {
      shape[key] = leafSchema(spec);
    }
  }
  return z.strictObject(shape, { error: 'must be an object' }).default(defaultsOf(specs) as never);
}

/** The zod schema of each kind's params, generated from its specs; defaults fill what is missing. */
export const PARAM_SCHEMAS = Object.fromEntries(
  Object.entries(KIND_SPECS).map(([kind, spec]) => [kind, paramsSchema(spec.params)]),
) as Record<Kind, z.ZodType>;

/** Turns zod issues into sentences that name the field: `workers must be …`. */
export function describeIssues(error: z.ZodError, prefix: string): string[] {
  return error.issues.map((issue) => {
    const field = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      const where = field ? ` in ${field}` : '';
      const keys = issue.keys.map((k) => `"${k}"`).join(', ');
      return `${prefix}: unknown parameter${issue.keys.length > 1 ? 's' : ''} ${keys}${where}`;
    }
    return `${prefix}: ${field || 'value'} ${issue.message}`;
  });
}
