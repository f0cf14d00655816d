/**
 * Checks one scenario entry from an untrusted file or link: its shape (per action, with the
 * action's own field) and, against the design's nodes, whether the action makes sense on its
 * target. Every refusal names the entry and says what would be accepted.
 */
import './zodSetup';
import * as z from 'zod/mini';
import { DEPLOY_STRATEGIES, FAULT_ACTIONS, FAULT_LIMITS, type FaultEvent } from './faults';
import { DEPLOY_DEFAULTS, DEPLOY_LIMITS } from './deploys';
import { idSchema as id } from './idSchema';
import { describeValue } from './inputGuards';
import { LIMITS } from './limits';
import { describeIssues } from './paramSchema';

const tS = z.number({ error: 'must be a number of seconds' }).check(z.minimum(0, { error: 'must be 0 or more' }), z.maximum(LIMITS.maxDurationS, { error: 'is past the longest run' }));

/** A bounded number field, with a message that says the range and what it means. */
function bounded(what: string, { min, max }: { min: number; max: number }, exclusiveMin = false) {
  const range = exclusiveMin ? `above ${min} and at most ${max}` : `from ${min} to ${max}`;
  const base = z.number({ error: (iss) => (iss.input === undefined ? `is missing: ${what}` : `must be a number (got ${describeValue(iss.input)}): ${what}`) });
  const error = (iss: { input?: unknown }) => `must be ${range} (got ${String(iss.input)}): ${what}`;
  return base.check(exclusiveMin ? z.gt(min, { error }) : z.minimum(min, { error }), z.maximum(max, { error }));
}

const base = { tS, target: id };
const SCHEMAS: Record<FaultEvent['action'], z.ZodMiniType> = {
  kill: z.strictObject({ ...base, action: z.literal('kill') }),
  restore: z.strictObject({ ...base, action: z.literal('restore') }),
  heal: z.strictObject({ ...base, action: z.literal('heal') }),
  slow: z.strictObject({ ...base, action: z.literal('slow'), factor: bounded('how many times slower the service gets, e.g. 5', FAULT_LIMITS.factor) }),
  loss: z.strictObject({ ...base, action: z.literal('loss'), pct: bounded('the percentage of requests that fail, e.g. 20', FAULT_LIMITS.pct, true) }),
  partition: z.strictObject({ ...base, action: z.literal('partition'), peer: id }),
  flap: z.strictObject({ ...base, action: z.literal('flap'), periodS: bounded('seconds down, then seconds up, e.g. 5', FAULT_LIMITS.periodS) }),
  deploy: z.strictObject({
    ...base,
    action: z.literal('deploy'),
    strategy: z._default(z.enum(DEPLOY_STRATEGIES, { error: (iss) => `must be one of ${DEPLOY_STRATEGIES.join(', ')} (got ${describeValue(iss.input)})` }), DEPLOY_DEFAULTS.strategy),
    batch: z._default(bounded('how many servers leave at a time, e.g. 1', DEPLOY_LIMITS.batch).check(z.int({ error: 'must be a whole number of servers' })), DEPLOY_DEFAULTS.batch),
    bootS: z._default(bounded('seconds a server takes to boot the new version, e.g. 10', DEPLOY_LIMITS.bootS), DEPLOY_DEFAULTS.bootS),
    bad: z._default(z.boolean({ error: (iss) => `must be true or false (got ${describeValue(iss.input)}): whether the new version is broken` }), DEPLOY_DEFAULTS.bad),
  }),
};

const EXAMPLE = '{"tS": 30, "action": "kill", "target": "web-1"}';

/** The entry as a fault, or the messages saying what is wrong with its shape. */
export function parseFault(raw: unknown, where: string): { ok: true; fault: FaultEvent } | { ok: false; errors: string[] } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, errors: [`${where}: must be an object like ${EXAMPLE} (got ${describeValue(raw)})`] };
  const action = (raw as { action?: unknown }).action;
  if (typeof action !== 'string' || !(FAULT_ACTIONS as readonly string[]).includes(action)) {
    const got = action === undefined ? 'is missing' : `is ${describeValue(action)}`;
    return { ok: false, errors: [`${where}: action ${got}; it must be one of ${FAULT_ACTIONS.join(', ')}`] };
  }
  const parsed = SCHEMAS[action as FaultEvent['action']].safeParse(raw);
  if (!parsed.success) return { ok: false, errors: describeIssues(parsed.error, where) };
  return { ok: true, fault: parsed.data as FaultEvent };
}
