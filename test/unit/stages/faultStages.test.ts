import { describe, expect, it } from 'vitest';
import type { RunReport } from '../../../src/engine/api';
import { evolve } from '../../../src/stages/build';
import { checkStage } from '../../../src/stages/check';
import { stageById } from '../../../src/stages';

/** Seconds after `fromS` in which more than half the requests failed. */
const badSecondsAfter = (report: RunReport, fromS: number) => report.series.filter((p) => p.tS > fromS && p.errorRate > 0.5).length;

describe('stage "Retry storm"', () => {
  const stage = stageById('retry-storm')!;
  const healS = stage.scenario.find((f) => f.action === 'heal')!.tS;

  it('in the start the outage outlasts the five-second slowdown to the end of the run; with backoff and a breaker it is over in seconds', () => {
    const start = checkStage(stage, stage.start).report!;
    const solution = checkStage(stage, stage.solution).report!;
    const after = { start: badSecondsAfter(start, healS + 2), solution: badSecondsAfter(solution, healS + 2) };
    console.info('seconds over 50% errors after the heal + 2 s (start / solution):', after.start, after.solution,
      'error rate:', start.summary.errorRate, solution.summary.errorRate, 'attempts per request:', start.summary.attempts! / start.summary.requests, solution.summary.attempts! / solution.summary.requests);
    expect(after.start).toBeGreaterThan(stage.check.durationS - healS - 5);
    expect(after.solution).toBe(0);
    // The retries are the load that keeps the database down: about three extra attempts a request.
    expect(start.summary.attempts! / start.summary.requests).toBeGreaterThan(2.5);
  });

  it('backoff alone does not end the storm, as the explanation says', () => {
    const backoffOnly = evolve(stage.start, { name: 'backoff only', params: { users: { retryBackoffMs: 200 } } });
    const report = checkStage(stage, backoffOnly).report!;
    expect(badSecondsAfter(report, healS + 2)).toBeGreaterThan(20);
  });
});

describe('stage "Partial failure"', () => {
  const stage = stageById('partial-failure')!;

  it('a sick shared database fails page views; given their own store, uploads fail alone', () => {
    const start = checkStage(stage, stage.start);
    const solution = checkStage(stage, stage.solution);
    const pages = { start: start.report!.services!.pages, solution: solution.report!.services!.pages };
    console.info('page errors start / solution:', pages.start.errorRate, pages.solution.errorRate, 'page p99 (ms):', pages.start.latencyMs.p99, pages.solution.latencyMs.p99,
      'upload errors in the solution:', solution.report!.services!.uploads.errorRate);
    // In the start the Check's faults land on the shared database, the learner's stand-in for media-db.
    expect(start.scenario.every((f) => f.target === 'db')).toBe(true);
    expect(pages.start.errorRate).toBeGreaterThan(0.1);
    expect(pages.solution.errorRate).toBe(0);
    expect(solution.report!.services!.uploads.errorRate).toBeGreaterThan(0.1);
  });
});
