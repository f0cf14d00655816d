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
  const pagesGoals = (d: typeof stage.start) => {
    const result = checkStage(stage, d);
    return { result, failed: result.results.filter((r) => !r.passed && r.goal.type.startsWith('service')).map((r) => r.goal.type) };
  };

  it('a sick shared database and a cut between the regions fail page views; uploads on their own store and each region owning its data, none fails', () => {
    const start = checkStage(stage, stage.start);
    const solution = checkStage(stage, stage.solution);
    const pages = { start: start.report!.services!.pages, solution: solution.report!.services!.pages };
    console.info('page errors start / solution:', pages.start.errorRate, pages.solution.errorRate, 'page p99 (ms):', pages.start.latencyMs.p99, pages.solution.latencyMs.p99,
      'upload errors in the solution:', solution.report!.services!.uploads.errorRate, 'causes in the start:', JSON.stringify(start.report!.summary.errorsByCause));
    // In the start the Check's store faults land on the shared database, the learner's stand-in for media-db; the partition on the two data centers.
    expect(start.scenario.filter((f) => f.action !== 'partition' && f.target !== 'dc-eu').every((f) => f.target === 'db')).toBe(true);
    expect(start.scenario).toContainEqual({ tS: 35, action: 'partition', target: 'dc-eu', peer: 'dc-us' });
    expect(pages.start.errorRate).toBeGreaterThan(0.15);
    expect(start.report!.summary.errorsByCause.partitioned ?? 0).toBeGreaterThan(3000);
    expect(pages.solution.errorRate).toBe(0);
    expect(pages.solution.latencyMs.p99).toBeLessThan(60);
    expect(solution.report!.summary.errorsByCause.partitioned).toBeUndefined();
    expect(solution.report!.services!.uploads.errorRate).toBeGreaterThan(0.1);
  });

  it('each half of the fix alone still fails page views: isolating uploads leaves the cross-region reads and writes, a European database leaves the shared store', () => {
    const media = stage.solution.nodes.filter((n) => n.id === 'media-db');
    const dbEu = stage.solution.nodes.filter((n) => n.id === 'db-eu');
    const uploadsOnly = evolve(stage.start, { name: 'uploads only', add: media, unlink: [['web-3', 'db'], ['web-4', 'db']], link: [['web-3', 'media-db'], ['web-4', 'media-db']] });
    const regionsOnly = evolve(stage.start, { name: 'regions only', add: dbEu, unlink: [['web-5', 'db'], ['web-6', 'db']], link: [['web-5', 'db-eu'], ['web-6', 'db-eu']] });
    const a = pagesGoals(uploadsOnly);
    const b = pagesGoals(regionsOnly);
    console.info('page errors, uploads isolated only / regions own their data only:', a.result.report!.services!.pages.errorRate, b.result.report!.services!.pages.errorRate,
      'page p99 (ms):', a.result.report!.services!.pages.latencyMs.p99, b.result.report!.services!.pages.latencyMs.p99);
    // Uploads isolated: the European page views still cross the ocean, wait for their timeout in the cut and fail `partitioned`.
    expect(a.failed).toEqual(['serviceErrorRate', 'serviceP99']);
    expect(a.result.report!.summary.errorsByCause.partitioned ?? 0).toBeGreaterThan(3000);
    // Regions apart: nothing crosses the cut, but the shared database's losses still reach page views.
    expect(b.failed).toContain('serviceErrorRate');
    expect(b.result.report!.summary.errorsByCause.partitioned).toBeUndefined();
    expect(b.result.report!.summary.errorsByCause.lost ?? 0).toBeGreaterThan(1000);
  });
});
