import './zodSetup';
import * as z from 'zod/mini';
import { describeValue, shorten } from './inputGuards';
import { defaultsOf, withUnit, type LeafParam, type ParamSpecs } from './params';
import { KIND_SPECS, type Kind } from './kinds';

function leafSchema(spec: LeafParam): z.ZodMiniType {
  switch (spec.type) {
    case 'number': {
      const range = `between ${withUnit(spec.min, spec.unit)} and ${withUnit(spec.max, spec.unit)}`;
      let schema = z.number({ error: (iss) => (iss.input === undefined ? 'is required' : `must be a number ${range} (got ${describeValue(iss.input)})`) });
      if (spec.integer) schema = schema.check(z.int({ error: (iss) => `must be a whole number ${range} (got ${describeValue(iss.input)})` }));
      return z._default(schema.check(
        z.minimum(spec.min, { error: (iss) => `must be ${range} (got ${String(iss.input)})` }),
        z.maximum(spec.max, { error: (iss) => `must be ${range} (got ${String(iss.input)})` }),
      ), spec.default);
    }
    case 'choice':
      return z._default(z.enum(spec.options as [string, ...string[]], {
        error: (iss) => `must be one of ${spec.options.join(', ')} (got ${describeValue(iss.input)})`,
      }), spec.default);
    case 'toggle':
      return z._default(z.boolean({ error: (iss) => `must be true or false (got ${describeValue(iss.input)})` }), spec.default);
  }
}

function paramsSchema(specs: ParamSpecs): z.ZodMiniType {
  const shape: Record<string, z.ZodMiniType> = {};
  for (const [key, spec] of Object.entries(specs)) {
    if (spec.type === 'group') {
      const inner: Record<string, z.ZodMiniType> = {};
      for (const [k, f] of Object.entries(spec.fields)) inner[k] = leafSchema(f);
      shape[key] = z._default(z.strictObject(inner, { error: (iss) => `must be an object with ${Object.keys(spec.fields).join(', ')} (got ${describeValue(iss.input)})` }), defaultsOf({ [key]: spec })[key] as never);
    } else {
      shape[key] = leafSchema(spec);
    }
  }
  return z._default(z.strictObject(shape, { error: (iss) => `must be an object of parameters (got ${describeValue(iss.input)})` }), defaultsOf(specs) as never);
}

/**
 * The zod schema of each kind's params, generated from its specs; defaults fill what is missing.
 * Each is built the first time it is read: building all of them costs the CLI's start-up (and the
 * page's first load) tens of milliseconds, and a design uses a few kinds.
 */
export const PARAM_SCHEMAS = {} as Record<Kind, z.ZodMiniType>;
for (const [kind, spec] of Object.entries(KIND_SPECS)) {
  let built: z.ZodMiniType | undefined;
  Object.defineProperty(PARAM_SCHEMAS, kind, { enumerable: true, get: () => (built ??= paramsSchema(spec.params)) });
}

/**
 * Turns zod issues into sentences that name the field: `node "web-1" (web): params.workers must be …`.
 * `rootField` names the value itself when the issue is about it as a whole (`params`); when it
 * is empty the prefix is the subject: `node #2 must be an object …`.
 */
export function describeIssues(error: z.core.$ZodError, prefix: string, rootField = ''): string[] {
  return error.issues.map((issue) => {
    const field = [rootField, ...issue.path.map(String)].filter(Boolean).join('.');
    if (issue.code === 'unrecognized_keys') {
      const where = field ? ` in ${field}` : '';
      const noun = field.startsWith('params') ? 'parameter' : 'field';
      const plural = issue.keys.length > 1;
      const shown = issue.keys.slice(0, 5).map((k) => `"${shorten(k, 30)}"`).join(', ');
      const rest = issue.keys.length > 5 ? ` and ${issue.keys.length - 5} more` : '';
      return `${prefix}: unknown ${noun}${plural ? 's' : ''} ${shown}${rest}${where}; check the spelling or remove ${plural ? 'them' : 'it'}.`;
    }
    return field ? `${prefix}: ${field} ${issue.message}` : `${prefix} ${issue.message}`;
  });
}
