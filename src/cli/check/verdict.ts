/**
 * One design graded against one stage, as the grader prints it and as `--json` holds it (a
 * contract, docs/teachers.md). Pure: the worker threads and the in-process fallback run it alike.
 */
import type { Design } from '../../model';
import { checkStage } from '../../stages/check';
import type { Stage } from '../../stages';

export interface GoalVerdict {
  type: string;
  label: string;
  passed: boolean;
  /** The measured value, formatted ("1,240 ms", "0.4%"). */
  measured: string;
  message: string;
}

export interface DesignVerdict {
  /** The argument as given: a path or a link. */
  design: string;
  /** The design's own name; absent when it could not be read. */
  name?: string;
  passed: boolean;
  goals: GoalVerdict[];
  /** Why the design could not be checked at all (unreadable, or the engine refused it). */
  error?: string;
}

export function gradeOne(stage: Stage, design: Design, source: string): DesignVerdict {
  try {
    const result = checkStage(stage, design);
    const goals = result.results.map((r) => ({ type: r.goal.type, label: r.goal.label, passed: r.passed, measured: r.measured, message: r.message }));
    const verdict: DesignVerdict = { design: source, name: design.name, passed: result.passed, goals };
    if (result.error !== undefined) verdict.error = result.error;
    return verdict;
  } catch (err) {
    return { design: source, name: design.name, passed: false, goals: [], error: `The check could not grade this design: ${err instanceof Error ? err.message : String(err)}` };
  }
}

/** A design that never reached the Check. */
export const unreadable = (source: string, errors: readonly string[]): DesignVerdict => ({ design: source, passed: false, goals: [], error: errors.join(' ') });
