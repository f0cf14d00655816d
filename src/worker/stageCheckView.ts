/**
 * What a stage Check reports to the panel, and what the page asks of the stage-check worker. Its own file, holding types and one tiny helper only, so
 * the page can name a verdict without pulling the stages and the engine into its first bundle.
 */
import type { Design } from '../model';
import type { GoalResult, ScenarioNote, Stage } from '../stages';

/** One Check as the panel shows it: the per-goal verdicts and a few headline numbers, not the whole run. */
export interface StageCheckView {
  stageId: string;
  passed: boolean;
  results: GoalResult[];
  /** What the Check did with the stage's faults (including the ones it had to skip). */
  notes: ScenarioNote[];
  /** Set when the design could not be checked at all (unknown stage, engine or worker failure). */
  error?: string;
  /** Headline numbers of the run; absent when it could not run. */
  summary?: {
    throughputRps: number; errorRate: number; p99Ms: number; durationS: number;
    /** The run's hit ratios (0..1): the caches' combined and the CDNs'; null when the design has none. Absent in a view from an older worker. */
    cacheHitRatio?: number | null; cdnHitRatio?: number | null;
  };
}

/** A Check that could not run: no goal results, just the reason. */
export const failedCheck = (stageId: string, error: string): StageCheckView =>
  ({ stageId, passed: false, results: [], notes: [], error });

/** One Check asked of the stage-check worker; its reply is a StageCheckView. A teacher's stage travels whole (`stage`). */
export interface CheckRequest { stageId: string; design: Design; stage?: Stage }
