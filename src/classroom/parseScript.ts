/**
 * Checking a demo script against the design it plays on. Its own module, apart from the schemas,
 * so the pages that only play scripts do not carry it in their first bundle; the stage form and
 * teachers' stage files use it.
 */
import { failure, LIMITS, success, type Design, type Result } from '../model';
import { deployTargetProblem } from '../model/deploys';
import { demoScriptSchema, targetOf, type DemoScript } from './script';

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
    if ('deploy' in step.action) {
      const problem = deployTargetProblem(design.nodes, design.edges, target);
      if (problem) errors.push(`${where}: ${problem}`);
      return;
    }
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
