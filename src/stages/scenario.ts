import type { Design, DesignNode, FaultEvent } from '../model';
import { kindName } from './diagnose';
import type { ScenarioNote, Stage } from './types';

/**
 * Matches the stage's faults to the learner's design. A target with the same id is used as is;
 * otherwise the fault hits the learner's first node of the same kind (and, for a database, the
 * same role; for a data center, preferably the same region), so "kill web-1" still means "the
 * first web server". A target with no counterpart is skipped with a note instead of failing the run.
 */
export function resolveScenario(stage: Stage, design: Design): { events: FaultEvent[]; notes: ScenarioNote[] } {
  const reference = new Map([...stage.start.nodes, ...stage.solution.nodes].map((n) => [n.id, n]));
  const ids = new Set(design.nodes.map((n) => n.id));
  const mapped = new Map<string, string | undefined>();
  const taken = new Set<string>(stage.scenario.map((f) => f.target).filter((t) => ids.has(t)));
  const events: FaultEvent[] = [];
  const notes: ScenarioNote[] = [];

  for (const fault of stage.scenario) {
    const what = `${fault.action} ${fault.target} at ${fault.tS} s`;
    // A deploy names a service, which means the same in any design (a missing one is refused by the engine's log).
    if (ids.has(fault.target) || fault.action === 'deploy') {
      events.push(fault);
      notes.push({ fault, appliedTo: fault.target, text: `The Check will ${what}.` });
      continue;
    }
    if (!mapped.has(fault.target)) {
      const ref = reference.get(fault.target);
      const stand = ref ? standIn(ref, design, taken) : undefined;
      if (stand) taken.add(stand.id);
      mapped.set(fault.target, stand?.id);
    }
    const ref = reference.get(fault.target);
    const target = mapped.get(fault.target);
    if (target === undefined) {
      const missing = ref ? `your design has no ${describe(ref)} to stand in for it` : 'it is not in your design';
      notes.push({ fault, text: `Skipped: ${what} — ${missing}.` });
      continue;
    }
    events.push({ ...fault, target });
    notes.push({ fault, appliedTo: target, text: `${fault.target} is not in your design, so the Check will ${fault.action} ${target} (your ${describe(ref!)}) at ${fault.tS} s instead.` });
  }
  return { events, notes };
}

function standIn(ref: DesignNode, design: Design, taken: ReadonlySet<string>): DesignNode | undefined {
  const free = design.nodes.filter((n) => n.kind === ref.kind && !taken.has(n.id));
  if (ref.kind === 'database') return free.find((n) => n.kind === 'database' && n.params.role === ref.params.role);
  if (ref.kind === 'dataCenter') return free.find((n) => n.kind === 'dataCenter' && n.params.region === ref.params.region) ?? free[0];
  return free[0];
}

function describe(node: DesignNode): string {
  if (node.kind === 'database') return `${node.params.role} database`;
  return kindName(node.kind);
}
