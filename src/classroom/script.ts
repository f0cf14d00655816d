import '../model/zodSetup';
/**
 * Demo scripts for classroom mode: a timeline of narrated steps a teacher plays over a design
 * ("t=15 s: web-1 fails, watch the balancer route around it"). Scripts are data; this file holds
 * their schema, parseScript.ts checks them against the design they play on.
 */
import * as z from 'zod/mini';
import type { FaultEvent } from '../model';

const demoActionSchema = z.union([
  z.strictObject({ kill: z.string().check(z.minLength(1)) }),
  z.strictObject({ restore: z.string().check(z.minLength(1)) }),
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

/** "kill web-1" / "restore web-1", for the step list and the narration caption. */
export function describeAction(action: DemoAction): string {
  return 'kill' in action ? `kill ${action.kill}` : `restore ${action.restore}`;
}

export const targetOf = (action: DemoAction): string => ('kill' in action ? action.kill : action.restore);

/** The script's kills and restores as engine faults at the steps' times (the run schedules them exactly). */
export function scriptFaults(script: DemoScript): FaultEvent[] {
  return script.steps.flatMap((step): FaultEvent[] => (step.action
    ? [{ tS: step.tS, action: 'kill' in step.action ? 'kill' : 'restore', target: targetOf(step.action) }]
    : []));
}
