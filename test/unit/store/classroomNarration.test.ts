/**
 * Every built-in stage's classroom script, played the way the presenter plays it (→ runs the run on
 * to each step's time and holds there), with each claim its words make about a figure checked
 * against what the big numbers show at that step. The strip shows the last simulated second, so at
 * a step that kills or restores something it still shows the second before: a step says what is
 * about to happen ("from the next second…"), and its claim is checked at that next second.
 */
import { describe, expect, it } from 'vitest';
import { STAGE_DEMOS } from '../../../src/classroom';
import type { SeriesPoint, Summary } from '../../../src/engine/api';
import { classroom } from './enginePort';

type Figure = 'errors' | 'p99' | 'cacheHits' | 'cdnHits' | 'queueDepth' | 'lostWrites' | 'sessionMisses';

interface Claim {
  stage: string;
  /** The step's time. */
  tS: number;
  /** Words of the step that make the claim (so the claim goes with the sentence, not with a time). */
  words: string;
  figure: Figure;
  /** Seconds after the step the claim is about: 0 (the default) is what the strip shows at the step. */
  after?: number;
  min?: number;
  max?: number;
}

const CLAIMS: readonly Claim[] = [
  { stage: '1', tS: 10, words: 'requests are refused', figure: 'errors', min: 0.05 },
  { stage: '1', tS: 23, words: 'Every request fails', figure: 'errors', min: 0.99 },
  { stage: '1', tS: 28, words: 'from the next second requests are answered again', figure: 'errors', after: 1, max: 0.01 },
  { stage: '1', tS: 28, words: 'until the queue fills up once more', figure: 'errors', after: 6, min: 0.05 },
  { stage: '2', tS: 25, words: 'from the next second every request is answered again', figure: 'errors', after: 1, max: 0.01 },
  { stage: '3', tS: 16, words: 'those requests fail: look at Errors', figure: 'errors', min: 0.05 },
  { stage: '3', tS: 16, words: 'from the next second it sends all to web-2', figure: 'errors', after: 1, max: 0 },
  { stage: '3', tS: 30, words: 'The users barely noticed', figure: 'errors', max: 0.01 },
  { stage: '4', tS: 12, words: 'Reads move to the other one', figure: 'errors', after: 1, max: 0.01 },
  { stage: '4', tS: 25, words: 'From the next second writes fail', figure: 'errors', max: 0.01 },
  { stage: '4', tS: 25, words: 'From the next second writes fail', figure: 'errors', after: 1, min: 0.05 },
  { stage: '4', tS: 45, words: 'A replica has been promoted', figure: 'errors', max: 0.01 },
  { stage: '4', tS: 45, words: 'Look at the lost writes', figure: 'lostWrites', min: 1 },
  { stage: '5', tS: 10, words: 'the hit ratio climbs', figure: 'cacheHits', min: 0.5 },
  { stage: '5', tS: 25, words: 'watch Cache hits drop to 0%', figure: 'cacheHits', min: 0.5 },
  { stage: '5', tS: 25, words: 'watch Cache hits drop to 0%', figure: 'cacheHits', after: 1, max: 0 },
  { stage: '5', tS: 35, words: 'It starts cold again', figure: 'cacheHits', max: 0 },
  { stage: '5', tS: 35, words: 'and warms up', figure: 'cacheHits', after: 2, min: 0.3 },
  { stage: '6', tS: 10, words: 'the hit ratio climbs', figure: 'cdnHits', min: 0.5 },
  { stage: '6', tS: 20, words: 'from the next second CDN hits drop to 0%', figure: 'cdnHits', after: 1, max: 0 },
  { stage: '6', tS: 25, words: 'Errors stay at 0%', figure: 'errors', max: 0 },
  { stage: '6', tS: 25, words: 'Users fetch every file from the origin', figure: 'cdnHits', max: 0 },
  { stage: '6', tS: 30, words: 'from the next second its hit ratio climbs again', figure: 'cdnHits', max: 0 },
  { stage: '6', tS: 30, words: 'from the next second its hit ratio climbs again', figure: 'cdnHits', after: 1, min: 0.2 },
  { stage: '7', tS: 15, words: 'Session misses are still zero', figure: 'sessionMisses', max: 0 },
  { stage: '7', tS: 15, words: 'Here nothing is lost', figure: 'errors', max: 0.01 },
  // East users' requests gain the trip West, West users' reads stop crossing to the East replica: the tail keeps its height.
  { stage: '8', tS: 18, words: 'so p99 stays put', figure: 'p99', min: 200, max: 320 },
  { stage: '8', tS: 18, words: "Writes fail until West's replica is promoted: one in ten", figure: 'errors', min: 0.05, max: 0.15 },
  { stage: '8', tS: 35, words: 'In the next second some of their requests fail', figure: 'errors', max: 0.01 },
  { stage: '8', tS: 35, words: 'In the next second some of their requests fail', figure: 'errors', after: 1, min: 0.05 },
  { stage: '9', tS: 25, words: 'The queue grows', figure: 'queueDepth', min: 1 },
  { stage: '9', tS: 37, words: 'the queue drains in a few seconds', figure: 'queueDepth', min: 50 },
  { stage: '9', tS: 40, words: 'The queue is empty again', figure: 'queueDepth', max: 0 },
  { stage: '10', tS: 5, words: 'once it takes traffic, it fails some of its requests', figure: 'errors', after: 4, min: 0.01 },
  { stage: '10', tS: 18, words: 'from the next second writes work again', figure: 'errors', min: 0.05 },
  { stage: '10', tS: 18, words: 'from the next second writes work again', figure: 'errors', after: 1, max: 0.01 },
  { stage: '12', tS: 35, words: 'users hardly noticed', figure: 'errors', max: 0.01 },
  { stage: 'services', tS: 26, words: 'its requests wait', figure: 'p99', min: 1000 },
  { stage: 'services', tS: 30, words: 'from the next second many of them fail', figure: 'errors', after: 1, min: 0.05 },
  { stage: 'services', tS: 38, words: 'time out for a few seconds more', figure: 'errors', min: 0.05 },
  { stage: 'services', tS: 38, words: 'time out for a few seconds more', figure: 'errors', after: 5, max: 0.01 },
  { stage: 'retry-storm', tS: 20, words: 'Watch p99 climb', figure: 'p99', after: 3, min: 1000 },
  { stage: 'retry-storm', tS: 25, words: 'Watch the errors: they do not come down', figure: 'errors', min: 0.5 },
  { stage: 'retry-storm', tS: 40, words: 'still an outage', figure: 'errors', min: 0.5 },
  { stage: 'partial-failure', tS: 14, words: 'uploads fail at once', figure: 'errors', min: 0.01 },
  { stage: 'partial-failure', tS: 30, words: 'uploads work again', figure: 'errors', max: 0 },
  { stage: 'partial-failure', tS: 40, words: 'stays flat for pages', figure: 'errors', max: 0.01 },
];

const figureOf = (figure: Figure, point: SeriesPoint, summary: Summary): number => {
  switch (figure) {
    case 'errors': return point.errorRate;
    case 'p99': return point.p99Ms;
    case 'cacheHits': return point.cacheHitRatio ?? Number.NaN;
    case 'cdnHits': return point.cdnHitRatio ?? Number.NaN;
    case 'queueDepth': return point.queueDepth;
    case 'lostWrites': return summary.lostWrites;
    case 'sessionMisses': return summary.sessionMisses;
  }
};

interface Shown { tS: number; say: string; point: SeriesPoint | null; summary: Summary | null }

/** Steps through a stage's script with →, as a teacher does, and keeps what the strip shows at each step. */
async function present(stageId: string): Promise<{ shown: Shown[]; later: (tS: number) => SeriesPoint | undefined }> {
  const { store, port } = await classroom(stageId);
  const steps = store.getState().classroomDemo()!.script.steps;
  const shown: Shown[] = [];
  for (const step of steps) {
    store.getState().nextStep();
    port.deliver();
    const s = store.getState();
    expect(s.classroom.stepIndex, `stage ${stageId} at ${step.tS} s`).toBe(shown.length);
    expect(s.live.tMs).toBe(step.tS * 1000);
    shown.push({ tS: step.tS, say: step.say, point: s.live.latest, summary: s.live.summary });
  }
  // The seconds after the last step, for claims about what comes next.
  store.getState().setSpeed('max');
  store.getState().playDemo();
  port.deliver();
  port.tick(60_000);
  const points = store.getState().series.points;
  return { shown, later: (tS) => points.find((p) => p.tS === tS) };
}

describe('the classroom scripts say what the big numbers show', () => {
  it('every claim names a step of a built-in script, by its time and words', () => {
    for (const claim of CLAIMS) {
      const demo = STAGE_DEMOS.find((d) => d.stageId === claim.stage);
      const step = demo?.script.steps.find((s) => s.tS === claim.tS);
      expect(step?.say, `stage ${claim.stage} at ${claim.tS} s`).toContain(claim.words);
    }
  });

  for (const demo of STAGE_DEMOS) {
    const claims = CLAIMS.filter((c) => c.stage === demo.stageId);
    if (claims.length === 0) continue;
    it(`stage ${demo.stageId}: at each step the strip shows what its words claim`, async () => {
      const { shown, later } = await present(demo.stageId);
      for (const claim of claims) {
        const at = shown.find((s) => s.tS === claim.tS)!;
        const after = claim.after ?? 0;
        // At the step the strip shows the second that ended at the step's time.
        const point = after === 0 ? at.point : later(claim.tS + after);
        expect(point?.tS, `stage ${claim.stage} at ${claim.tS} s: the second shown`).toBe(claim.tS + after);
        const value = figureOf(claim.figure, point!, at.summary!);
        const label = `stage ${claim.stage} at ${claim.tS}${after ? ` (+${after})` : ''} s, ${claim.figure} for “${claim.words}”`;
        expect(Number.isNaN(value), label).toBe(false);
        if (claim.min !== undefined) expect(value, label).toBeGreaterThanOrEqual(claim.min);
        if (claim.max !== undefined) expect(value, label).toBeLessThanOrEqual(claim.max);
      }
    });
  }
});
