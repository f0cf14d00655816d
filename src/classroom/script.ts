import '../model/zodSetup';
/**
 * Demo scripts for classroom mode: a timeline of narrated steps a teacher plays over a design
 * ("t=15 s: web-1 fails, watch the balancer route around it"). Scripts are data; this file
 * parses and checks them against the design they play on, with messages that name the step.
 */
import * as z from 'zod/mini';
import { failure, LIMITS, success, type Design, type FaultEvent, type Result } from '../model';

const demoActionSchema = z.union([
  z.strictObject({ kill: z.string().check(z.minLength(1)) }),
  z.strictObject({ restore: z.string().check(z.minLength(1)) }),
]);

export const demoStepSchema = z.strictObject({
  tS: z.number().check(z.minimum(0)),
  say: z.string().check(z.trim(), z.minLength(1, { error: 'needs something to say' }), z.maxLength(500, { error: 'is too long (500 characters at most)' })),
  action: z.optional(demoActionSchema),
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

const targetOf = (action: DemoAction): string => ('kill' in action ? action.kill : action.restore);

/** The script's kills and restores as engine faults at the steps' times (the run schedules them exactly). */
export function scriptFaults(script: DemoScript): FaultEvent[] {
  return script.steps.flatMap((step): FaultEvent[] => (step.action
    ? [{ tS: step.tS, action: 'kill' in step.action ? 'kill' : 'restore', target: targetOf(step.action) }]
    : []));
}

/**
 * Parses `input` as a script and checks it against `design`: steps in time order and within the
 * run, actions on nodes that exist, a restore only after that node was killed.
 */
export function parseDemoScript(input: unknown, design: Design): Result<DemoScript> {
  const parsed = demoScriptSchema.safeParse(input);
  if (!parsed.success) {
    return failure(...parsed.error.issues.map((issue) => {
      const where = issue.path.length ? issue.path.map((p) => (typeof p === 'number' ? `step ${p + 1}` : String(p))).join(' › ') : 'the script';
      return `${where}: ${issue.message}`;
    }));
  }
  const script = parsed.data;
  const errors: string[] = [];
  const ids = new Set(design.nodes.map((n) => n.id));
  const down = new Set<string>();
  const endS = Math.min(design.sim.durationS, LIMITS.maxDurationS);
  script.steps.forEach((step, i) => {
    const where = `step ${i + 1} (t=${step.tS} s)`;
    if (i > 0 && step.tS < script.steps[i - 1].tS) errors.push(`${where}: comes before step ${i} (t=${script.steps[i - 1].tS} s); steps must be in time order`);
    if (step.tS > endS) errors.push(`${where}: is after the end of the run (${endS} s)`);
    if (!step.action) return;
    const target = targetOf(step.action);
    if (!ids.has(target)) { errors.push(`${where}: there is no node “${target}” in the design`); return; }
    if ('kill' in step.action) {
      if (down.has(target)) errors.push(`${where}: ${target} is already down`);
      down.add(target);
    } else {
      if (!down.has(target)) errors.push(`${where}: ${target} is not down, so it cannot be restored`);
      down.delete(target);
    }
  });
  return errors.length ? failure(...errors) : success(script);
}
