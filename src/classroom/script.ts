import '../model/zodSetup';
/**
 * Demo scripts for classroom mode: a timeline of narrated steps a teacher plays over a design
 * ("t=15 s: web-1 fails, watch the balancer route around it"). Scripts are data; this file holds
 * their schema, parseScript.ts checks them against the design they play on.
 */
import * as z from 'zod/mini';
import { DEPLOY_STRATEGIES, type FaultEvent } from '../model';
import { DEPLOY_DEFAULTS } from '../model/deploys';

const demoActionSchema = z.union([
  z.strictObject({ kill: z.string().check(z.minLength(1)) }),
  z.strictObject({ restore: z.string().check(z.minLength(1)) }),
  // A deploy of a service or a balancer's servers (docs/services.md); the rest as in a scenario entry.
  z.strictObject({
    deploy: z.string().check(z.minLength(1)),
    strategy: z.optional(z.enum(DEPLOY_STRATEGIES)),
    batch: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(100))),
    bootS: z.optional(z.number().check(z.minimum(0), z.maximum(600))),
    bad: z.optional(z.boolean()),
  }),
]);

export const demoStepSchema = z.strictObject({
  tS: z.number().check(z.minimum(0)),
  say: z.string().check(z.trim(), z.minLength(1, { error: 'needs something to say' }), z.maxLength(500, { error: 'is too long (500 characters at most)' })),
  action: z.optional(demoActionSchema),
  /** The teacher's own note for the step: the presenter window shows it, the audience never does. */
  note: z.optional(z.string().check(z.trim(), z.maxLength(500, { error: 'is too long (500 characters at most)' }))),
});

export const demoScriptSchema = z.strictObject({
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(120)),
  steps: z.array(demoStepSchema).check(z.minLength(1, { error: 'needs at least one step' }), z.maxLength(100)),
});

export type DemoAction = z.infer<typeof demoActionSchema>;
export type DemoStep = z.infer<typeof demoStepSchema>;
export type DemoScript = z.infer<typeof demoScriptSchema>;

/** "kill web-1" / "restore web-1" / "deploy api (canary, bad)", for the step list and the narration caption. */
export function describeAction(action: DemoAction): string {
  if ('deploy' in action) return `deploy ${action.deploy} (${action.strategy ?? DEPLOY_DEFAULTS.strategy}${action.bad ? ', bad version' : ''})`;
  return 'kill' in action ? `kill ${action.kill}` : `restore ${action.restore}`;
}

export const targetOf = (action: DemoAction): string => ('deploy' in action ? action.deploy : 'kill' in action ? action.kill : action.restore);

/** The script's actions as engine faults at the steps' times (the run schedules them exactly). */
export function scriptFaults(script: DemoScript): FaultEvent[] {
  return script.steps.flatMap((step): FaultEvent[] => {
    const a = step.action;
    if (!a) return [];
    if ('deploy' in a) return [{ ...DEPLOY_DEFAULTS, tS: step.tS, action: 'deploy', target: a.deploy, ...(a.strategy && { strategy: a.strategy }), ...(a.batch && { batch: a.batch }), ...(a.bootS !== undefined && { bootS: a.bootS }), ...(a.bad !== undefined && { bad: a.bad }) }];
    return [{ tS: step.tS, action: 'kill' in a ? 'kill' : 'restore', target: targetOf(a) }];
  });
}
