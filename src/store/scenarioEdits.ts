/**
 * Edits of the design's fault scenario as pure functions, for the fault timeline: a fault is
 * named by its place in `design.scenario`, and every new or moved fault is checked the way a
 * design file's scenario is, so the timeline cannot save what a file could not hold.
 *
 * During a run, `playedS` is how far it has played: a fault at or before it has happened and is
 * history (it cannot be moved or deleted until the run is reset), and a fault added or moved to a
 * time before it is placed at "now" instead (the first tenth of a second not yet played), where it
 * lands at once. Outside a run `playedS` is null and every fault can be edited.
 */
import { failure, LIMITS, success, type Design, type FaultEvent, type Result } from '../model';
import { DECODER_MISSING, decoderForEdit } from './decoder';

/** Rounds a time to a tenth of a second, so a dragged mark does not save 12.3456789 s. */
const roundTime = (tS: number): number => Math.round(tS * 10) / 10;

function checked(design: Design, raw: unknown, where: string): Result<FaultEvent> {
  const decoder = decoderForEdit();
  if (!decoder) return failure(DECODER_MISSING);
  const parsed = decoder.parseFault(raw, where);
  if (!parsed.ok) return failure(...parsed.errors);
  const kinds = new Map(design.nodes.map((n) => [n.id, n.kind]));
  const problem = decoder.faultTargetProblem(parsed.fault, (id) => kinds.get(id));
  return problem ? failure(`${where}: ${problem}`) : success(parsed.fault);
}

const withScenario = (design: Design, scenario: FaultEvent[]): Design => ({ ...design, scenario });

/** Whether a fault at `tS` has already happened in a run played up to `playedS` (null: no run). */
export const hasHappened = (tS: number, playedS: number | null): boolean => playedS !== null && tS <= playedS;

/** The earliest time a fault can be placed at in a run played up to `playedS`: "now", rounded up to a tenth. */
export const earliestTime = (playedS: number | null): number => (playedS === null ? 0 : Math.ceil(playedS * 10 - 1e-9) / 10);

const HAPPENED = 'That fault already happened in this run: reset the run to change it.';

/** Appends a fault to the scenario (checked for shape, range and target). */
export function addFault(design: Design, fault: FaultEvent, playedS: number | null = null): Result<Design> {
  if (design.scenario.length >= LIMITS.maxScenarioEvents) return failure(`A scenario holds at most ${LIMITS.maxScenarioEvents} faults.`);
  const tS = Number.isFinite(fault.tS) ? Math.max(roundTime(fault.tS), earliestTime(playedS)) : fault.tS;
  const result = checked(design, { ...fault, tS }, 'The new fault');
  return result.ok ? success(withScenario(design, [...design.scenario, result.value])) : result;
}

/** Moves the fault at `index` to `tS`, kept within 0 (or, during a run, "now") and the run's length. */
export function moveFault(design: Design, index: number, tS: number, playedS: number | null = null): Result<Design> {
  const fault = design.scenario[index];
  if (!fault) return failure('That fault is no longer in the scenario.');
  if (hasHappened(fault.tS, playedS)) return failure(HAPPENED);
  if (!Number.isFinite(tS)) return failure(`A fault's time must be a number of seconds (got ${String(tS)}).`);
  const time = Math.max(roundTime(Math.min(Math.max(tS, 0), design.sim.durationS)), earliestTime(playedS));
  if (time === fault.tS) return success(design);
  const result = checked(design, { ...fault, tS: time }, `Fault #${index + 1}`);
  if (!result.ok) return result;
  return success(withScenario(design, design.scenario.map((f, i) => (i === index ? result.value : f))));
}

/** Removes the fault at `index`. */
export function removeFault(design: Design, index: number, playedS: number | null = null): Result<Design> {
  const fault = design.scenario[index];
  if (!fault) return failure('That fault is no longer in the scenario.');
  if (hasHappened(fault.tS, playedS)) return failure(HAPPENED);
  return success(withScenario(design, design.scenario.filter((_, i) => i !== index)));
}

/** A fault's fields in one order, so two faults written with their keys in another order still match. */
const faultKey = (fault: FaultEvent): string => JSON.stringify(Object.entries(fault).sort(([a], [b]) => a.localeCompare(b)));

/**
 * Adds `faults` (a stage's, matched to this design) to the scenario, leaving out those it holds
 * already, so pressing twice adds nothing the second time. When one would fall at or after the
 * run's end, the run is made `lengthS` long (the stage's Check length), so it plays.
 */
export function addFaults(design: Design, faults: readonly FaultEvent[], lengthS: number): Result<{ design: Design; added: FaultEvent[] }> {
  const held = new Set(design.scenario.map(faultKey));
  const fresh = faults.filter((f) => !held.has(faultKey(f)));
  if (fresh.length === 0) return success({ design, added: [] });
  if (design.scenario.length + fresh.length > LIMITS.maxScenarioEvents) return failure(`A scenario holds at most ${LIMITS.maxScenarioEvents} faults.`);
  const lastS = Math.max(...fresh.map((f) => f.tS));
  const durationS = lastS >= design.sim.durationS ? Math.max(design.sim.durationS, lengthS) : design.sim.durationS;
  const lengthened: Design = durationS === design.sim.durationS ? design : { ...design, sim: { ...design.sim, durationS } };
  const added: FaultEvent[] = [];
  for (const fault of fresh) {
    const result = checked(lengthened, fault, `The stage's fault “${fault.action} ${fault.target} at ${fault.tS} s”`);
    if (!result.ok) return result;
    added.push(result.value);
  }
  return success({ design: withScenario(lengthened, [...design.scenario, ...added]), added });
}
