/**
 * Stage progress as plain data: which stages passed and how close the best attempt came. The
 * store persists it; these helpers never mutate and return the same object when nothing changed,
 * so memoised views skip it.
 */

import { isPredictionMetric, type ScoredPrediction } from './prediction';

const PROGRESS_VERSION = 1;

export interface StageRecord {
  /** True once any Check of the stage passed; a later failed Check does not take it back. */
  passed: boolean;
  /** Most goals met in one Check, and how many goals the stage has. */
  bestGoalsMet: number;
  goalsTotal: number;
  /** Checks run. */
  checks: number;
  /** The newest prediction the learner made before a Check, beside what that Check measured (prediction.ts). */
  prediction?: ScoredPrediction;
}

export interface StageProgress {
  version: number;
  stages: Record<string, StageRecord>;
}

export const emptyProgress = (): StageProgress => ({ version: PROGRESS_VERSION, stages: {} });

/** The outcome of one Check, as the store sees it. */
export interface CheckOutcome {
  passed: boolean;
  results: readonly { passed: boolean }[];
}

/** Records one Check of `stageId`. */
export function recordCheck(progress: StageProgress, stageId: string, outcome: CheckOutcome): StageProgress {
  const old = progress.stages[stageId];
  const met = outcome.results.filter((r) => r.passed).length;
  const record: StageRecord = {
    passed: (old?.passed ?? false) || outcome.passed,
    bestGoalsMet: Math.max(old?.bestGoalsMet ?? 0, met),
    goalsTotal: outcome.results.length,
    checks: (old?.checks ?? 0) + 1,
  };
  return { ...progress, stages: { ...progress.stages, [stageId]: record } };
}

/** Keeps a scored prediction with the stage's record (after recordCheck of the same Check). */
export function recordPrediction(progress: StageProgress, stageId: string, prediction: ScoredPrediction): StageProgress {
  const old = progress.stages[stageId] ?? { passed: false, bestGoalsMet: 0, goalsTotal: 0, checks: 0 };
  return { ...progress, stages: { ...progress.stages, [stageId]: { ...old, prediction } } };
}

export const isStagePassed = (progress: StageProgress, stageId: string): boolean => progress.stages[stageId]?.passed === true;

/** Ids of the passed stages, in the order of `stageIds`. */
const passedStageIds = (progress: StageProgress, stageIds: readonly string[]): string[] =>
  stageIds.filter((id) => isStagePassed(progress, id));

/** The first stage not yet passed (in the order of `stageIds`), or undefined when all are. */
export const nextStageId = (progress: StageProgress, stageIds: readonly string[]): string | undefined =>
  stageIds.find((id) => !isStagePassed(progress, id));

/** "3 of 12" as numbers. */
export function completion(progress: StageProgress, stageIds: readonly string[]): { passed: number; total: number } {
  return { passed: passedStageIds(progress, stageIds).length, total: stageIds.length };
}

/** Forgets one stage (the learner wants to redo it); the same object when there was nothing to forget. */
export function resetStage(progress: StageProgress, stageId: string): StageProgress {
  if (!(stageId in progress.stages)) return progress;
  const stages = { ...progress.stages };
  delete stages[stageId];
  return { ...progress, stages };
}

/**
 * Reads saved progress. Never throws: anything unreadable becomes empty progress, and records for
 * stages that no longer exist, or with fields of the wrong type, are dropped.
 */
export function decodeProgress(input: unknown, stageIds: readonly string[]): StageProgress {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return emptyProgress();
  const raw = (input as { stages?: unknown }).stages;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return emptyProgress();
  const stages: Record<string, StageRecord> = {};
  for (const id of stageIds) {
    if (!Object.hasOwn(raw, id)) continue;
    const r = (raw as Record<string, unknown>)[id];
    if (typeof r !== 'object' || r === null) continue;
    const { passed, bestGoalsMet, goalsTotal, checks, prediction } = r as Record<string, unknown>;
    if (typeof passed !== 'boolean') continue;
    stages[id] = {
      passed,
      bestGoalsMet: wholeNumber(bestGoalsMet),
      goalsTotal: wholeNumber(goalsTotal),
      checks: wholeNumber(checks),
    };
    const scored = decodePrediction(prediction);
    if (scored) stages[id].prediction = scored;
  }
  return { version: PROGRESS_VERSION, stages };
}

/** A saved prediction, or undefined when it is missing or malformed (the record itself is kept). */
function decodePrediction(v: unknown): ScoredPrediction | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const { metric, value, actual, of, targets, limitAbove } = v as Record<string, unknown>;
  const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0;
  if (!isPredictionMetric(metric) || !finite(value) || !(finite(actual) || actual === null)) return undefined;
  const scored: ScoredPrediction = { metric, value, actual };
  if (of === 'cache' || of === 'cdn') scored.of = of;
  if (typeof targets === 'object' && targets !== null) {
    const { p99Ms, errorRate } = targets as Record<string, unknown>;
    if (finite(p99Ms) && finite(errorRate)) scored.targets = { p99Ms, errorRate };
  }
  if (limitAbove === true) scored.limitAbove = true;
  return scored;
}

const wholeNumber = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? Math.floor(v) : 0);
