import '../model/zodSetup';
/**
 * Demo scripts for classroom mode: a timeline of narrated steps a teacher plays over a design
 * ("t=15 s: web-1 fails, watch the balancer route around it"). Scripts are data; this file holds
 * their schema, parseScript.ts checks them against the design they play on.
 */
import { z } from 'zod';
import type { FaultEvent } from '../model';

const demoActionSchema = z.union([
  z.object({ kill: z.string().min(1) }).strict(),
  z.object({ restore: z.string().min(1) }).strict(),
]);

export const demoStepSchema = z.object({
  tS: z.number().finite().min(0),
  say: z.string().trim().min(1, { error: 'needs something to say' }).max(500, { error: 'is too long (500 characters at most)' }),
  action: demoActionSchema.optional(),
}).strict();

export const demoScriptSchema = z.object({
  title: z.string().trim().min(1).max(120),
  steps: z.array(demoStepSchema).min(1, { error: 'needs at least one step' }).max(100),
}).strict();

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
