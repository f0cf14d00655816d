import type { DemoAction } from '../classroom/script';
import type { ErrorCause, RunReport } from '../engine/api';
import type { Design, FaultEvent, Kind } from '../model';

/** Every goal has a human label ("Serve 300 requests/s") and the chapter's fix as a hint. */
interface GoalBase {
  label: string;
  /** Shown when the goal fails: what the chapter would do about it. */
  hint: string;
}

/** Parameter values a node must have to count, e.g. `{ role: 'replica' }` or `{ geo: true }`. */
export type ParamMatch = Record<string, string | number | boolean>;

/** A goal stated as a number, evaluated on a run report and the learner's design. */
export type Goal = GoalBase & (
  | { type: 'throughput'; minRps: number }
  | { type: 'p99'; maxMs: number }
  | { type: 'meanLatency'; maxMs: number }
  | { type: 'errorRate'; max: number }
  /** No single point of failure among these kinds (all kinds when absent). */
  | { type: 'noSpof'; kinds?: Kind[] }
  /** At least `min` nodes of `kind` (whose params match `params`, when given). */
  | { type: 'hasKind'; kind: Kind; min: number; params?: ParamMatch }
  | { type: 'hitRatio'; of: 'cache' | 'cdn'; min: number }
  | { type: 'lostWrites'; max: number }
  | { type: 'staleReads'; max: number }
  | { type: 'sessionMisses'; max: number }
  /** Largest shard load over the mean, across every shard router. */
  | { type: 'shardSkew'; max: number }
  /** Fraction of keys that move when a shard is added. */
  | { type: 'keysMovedOnAdd'; max: number }
  /** Requests refused because a queue was full. */
  | { type: 'queueFull'; max: number }
  /** The busiest node of `kind` stays at or below this utilisation (0..1). */
  | { type: 'utilization'; kind: Kind; max: number }
  /** Nodes of `kind` together answer at least `min` requests (proves the tier is wired in). */
  | { type: 'served'; kind: Kind; min: number }
  /** Seconds in which more than `errorRateAbove` of requests failed stay at or below `maxS`. */
  | { type: 'outage'; maxS: number; errorRateAbove: number }
  /** The design's monthly cost at the run's load stays at or below `maxMonthlyUsd` (docs/cost.md). */
  | { type: 'budget'; maxMonthlyUsd: number }
  /** The p99 latency of one service's requests (the report's `services`, docs/services.md). */
  | { type: 'serviceP99'; service: string; maxMs: number }
  /** The share of one service's requests that failed. */
  | { type: 'serviceErrorRate'; service: string; max: number }
  /** Every deploy of a bad version is rolled back within `maxS` of its start (the report's `deploys`, docs/services.md). */
  | { type: 'rollback'; maxS: number }
);

export type GoalType = Goal['type'];

export interface GoalResult {
  goal: Goal;
  passed: boolean;
  /** The measured value, formatted: "1,240 ms", "0.4%", "2 web servers". */
  measured: string;
  /** Why, in plain words. */
  message: string;
  /** Present when the goal failed. */
  hint?: string;
}

/** What the Check did with one of the stage's faults on the learner's design. */
export interface ScenarioNote {
  fault: FaultEvent;
  /** The node actually hit, or undefined when the fault was skipped. */
  appliedTo?: string;
  text: string;
}

export interface StageCheckResult {
  passed: boolean;
  results: GoalResult[];
  /** Null only when the engine could not run the design (then `error` says why). */
  report: RunReport | null;
  /** Faults the Check injected, after matching them to the learner's nodes. */
  scenario: FaultEvent[];
  notes: ScenarioNote[];
  error?: string;
}

/** One narrated step of a classroom demo; a teacher plays them in order of `tS`. */
export interface DemoStep {
  tS: number;
  say: string;
  /** A kill, a restore or a deploy (classroom/script.ts holds the schema). */
  action?: DemoAction;
  /** The teacher's note, shown in the presenter window only. */
  note?: string;
}

export interface Stage {
  /**
   * "1".."12" for the chapter's first stages, so `#stage=3` deep links work; a stage added later
   * gets a word ("services"), so inserting it never moves the numbers links and saved progress use.
   */
  id: string;
  title: string;
  /** One line. */
  summary: string;
  /** A few paragraphs; markdown-lite: blank-line separated paragraphs and `- ` bullet lists. */
  explanation: string;
  /** Kinds this stage introduces, for the palette to highlight. */
  newKinds: Kind[];
  start: Design;
  solution: Design;
  /** Faults the Check injects. Targets are ids in `solution`; see scenario.ts for matching. */
  scenario: FaultEvent[];
  check: { durationS: number; seed: number };
  goals: Goal[];
  demo: DemoStep[];
  /** Which design the demo plays on: usually the solution; the first stage shows the start failing. */
  demoOn: 'start' | 'solution';
  /** Listed after the chapter's stages, under "Beyond the chapter" (the fault stages). */
  beyondChapter?: true;
}

export type { ErrorCause };
