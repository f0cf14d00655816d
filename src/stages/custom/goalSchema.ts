/**
 * Goals in a custom stage: any goal type the Check can evaluate (GOAL_TYPES, read off the
 * evaluators, so a goal type added there is accepted here too), with its numbers. Each field is
 * checked by its name; the fields each known type needs are listed below, and a goal type added
 * later without an entry is still checked field by field.
 */
import '../../model/zodSetup';
import * as z from 'zod/mini';
import { KINDS, NAMED_SERVICES, type Kind } from '../../model';
import { describeValue } from '../../model/inputGuards';
import { GOAL_TYPES } from '../goals';
import type { Goal, GoalType } from '../types';
import { safeText, textProblem, TEXT_LIMITS } from './text';

type FieldsOf<T extends GoalType> = Exclude<keyof Extract<Goal, { type: T }>, 'type' | 'label' | 'hint'>;
type FieldList = { [T in GoalType]?: { required: readonly FieldsOf<T>[]; optional?: readonly FieldsOf<T>[] } };

/** The numbers each goal type needs (the same as the built-in stages write). */
export const GOAL_FIELDS: FieldList = {
  throughput: { required: ['minRps'] },
  p99: { required: ['maxMs'] },
  meanLatency: { required: ['maxMs'] },
  errorRate: { required: ['max'] },
  noSpof: { required: [], optional: ['kinds'] },
  hasKind: { required: ['kind', 'min'], optional: ['params'] },
  hitRatio: { required: ['of', 'min'] },
  lostWrites: { required: ['max'] },
  staleReads: { required: ['max'] },
  sessionMisses: { required: ['max'] },
  shardSkew: { required: ['max'] },
  keysMovedOnAdd: { required: ['max'] },
  queueFull: { required: ['max'] },
  utilization: { required: ['kind', 'max'] },
  served: { required: ['kind', 'min'] },
  outage: { required: ['maxS', 'errorRateAbove'] },
  budget: { required: ['maxMonthlyUsd'] },
  serviceP99: { required: ['service', 'maxMs'] },
  serviceErrorRate: { required: ['service', 'max'] },
  rollback: { required: ['maxS'] },
};

const MAX_NUMBER = 1e9;
const amount = z.number({ error: (iss) => `must be a number (got ${describeValue(iss.input)})` })
  .check(z.minimum(0, { error: 'must be 0 or more' }), z.maximum(MAX_NUMBER, { error: `must be at most ${MAX_NUMBER.toLocaleString('en-US')}` }));
const kind = z.enum(KINDS as [Kind, ...Kind[]], { error: (iss) => `must be a component kind (got ${describeValue(iss.input)}); the kinds are ${KINDS.join(', ')}` });
const FIELD_NAME = /^[A-Za-z][A-Za-z0-9]{0,39}$/;
const paramValue = z.union([z.string().check(z.maxLength(64)), z.number(), z.boolean()], { error: 'must be text, a number or true/false' });

/** `{ role: 'replica' }`: parameter names and plain values, at most 20. */
function decodeParamMatch(raw: unknown): { value?: Record<string, string | number | boolean>; error?: string } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { error: `must be an object of parameter values (got ${describeValue(raw)})` };
  const entries = Object.entries(raw);
  if (entries.length > 20) return { error: 'may match at most 20 parameters' };
  const value: Record<string, string | number | boolean> = {};
  for (const [name, v] of entries) {
    if (!FIELD_NAME.test(name)) return { error: `${JSON.stringify(name.slice(0, 40))} is not a parameter name` };
    const parsed = paramValue.safeParse(v);
    if (!parsed.success) return { error: `.${name} ${parsed.error.issues[0]?.message ?? 'is not valid'}` };
    value[name] = parsed.data;
  }
  return { value };
}

/** Rules by field name, shared by every goal type that uses the name. */
const FIELD_RULES: Record<string, z.ZodMiniType> = {
  minRps: amount, maxMs: amount, max: amount, min: amount, maxS: amount, errorRateAbove: amount, maxMonthlyUsd: amount,
  kind,
  kinds: z.array(kind, { error: 'must be a list of component kinds' }).check(z.minLength(1, { error: 'must name at least one kind' }), z.maxLength(KINDS.length)),
  of: z.enum(['cache', 'cdn'], { error: 'must be "cache" or "cdn"' }),
  service: z.enum(NAMED_SERVICES as [string, ...string[]], { error: `must be a service name: ${NAMED_SERVICES.join(', ')}` }),
};
/** A field no rule names (a goal type added later): a number, a short text or true/false. */
const anyValue = z.union([z.number().check(z.minimum(-MAX_NUMBER), z.maximum(MAX_NUMBER)), z.string().check(z.maxLength(64)), z.boolean()], { error: 'must be a number, a short text or true/false' });

const label = safeText(TEXT_LIMITS.label);
const hint = safeText(TEXT_LIMITS.hint, { allowEmpty: true });

const firstMessage = (error: { issues: { message: string }[] }): string => error.issues[0]?.message ?? 'is not valid';

/** Reads one goal; every message starts with the field it is about (`goals › goal 2 › maxMs …`). */
export function decodeGoal(raw: unknown, where: string): { goal?: Goal; errors: string[] } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { errors: [`${where} must be an object like {"type": "p99", "maxMs": 200, "label": "…"} (got ${describeValue(raw)})`] };
  }
  const record = raw as Record<string, unknown>;
  const type = record.type;
  if (typeof type !== 'string' || !(GOAL_TYPES as readonly string[]).includes(type)) {
    return { errors: [`${where} › type: ${describeValue(type)} is not a goal type; the types are ${GOAL_TYPES.join(', ')}`] };
  }
  const errors: string[] = [];
  const out: Record<string, unknown> = { type };
  const fields = GOAL_FIELDS[type as GoalType] as { required: readonly string[]; optional?: readonly string[] } | undefined;
  const allowed = fields ? new Set([...fields.required, ...(fields.optional ?? [])]) : null;

  for (const name of ['label', 'hint'] as const) {
    const parsed = (name === 'label' ? label : hint).safeParse(record[name] ?? (name === 'hint' ? '' : undefined));
    if (!parsed.success) { errors.push(`${where} › ${name} ${record[name] === undefined ? 'is missing' : firstMessage(parsed.error)}`); continue; }
    const problem = textProblem(parsed.data);
    if (problem) errors.push(`${where} › ${name} ${problem}`); else out[name] = parsed.data;
  }
  for (const name of Object.keys(record)) {
    if (name === 'type' || name === 'label' || name === 'hint') continue;
    if (!FIELD_NAME.test(name) || (allowed && !allowed.has(name))) {
      errors.push(`${where} › ${JSON.stringify(name.slice(0, 40))}: a ${type} goal has no such field${allowed ? `; its fields are ${[...allowed].join(', ') || 'none besides label and hint'}` : ''}`);
      continue;
    }
    if (name === 'params') {
      const match = decodeParamMatch(record[name]);
      if (match.value) out[name] = match.value; else errors.push(`${where} › params ${match.error}`);
      continue;
    }
    const parsed = (FIELD_RULES[name] ?? anyValue).safeParse(record[name]);
    if (parsed.success) out[name] = parsed.data;
    else errors.push(`${where} › ${name} ${firstMessage(parsed.error)}`);
  }
  for (const name of fields?.required ?? []) {
    if (!Object.hasOwn(record, name)) errors.push(`${where} › ${name} is missing: a ${type} goal needs ${fields!.required.join(' and ')}`);
  }
  return errors.length ? { errors } : { goal: out as unknown as Goal, errors };
}
