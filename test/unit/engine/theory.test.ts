/**
 * The engine against closed-form queueing theory (docs/theory.md): a client feeding one web server with
 * exponential service and no network delay is M/M/c. Fixed seeds, 10% warm-up discarded, about a
 * million requests so the mean lands within ~1.5% and the test within 3%.
 */
import { describe, expect, it } from 'vitest';
import { runDesign } from '../../../src/engine';
import { mm1WaitMs, mmcWaitMs } from '../theory/formulas';
import { design, READS_ONLY } from './helpers';

function queueDesign(rps: number, workers: number, serviceMs: number, durationS: number, dist: 'exponential' | 'constant' = 'exponential') {
  return design(
    [
      { id: 'users', kind: 'client', params: { rps, mix: READS_ONLY } },
      { id: 'web', kind: 'web', params: { workers, serviceMs, serviceDist: dist, queueLimit: 1_000_000, timeoutMs: 600_000 } },
    ],
    [['users', 'web']],
    { durationS, hopLatencyMs: 0, seed: 7 },
  );
}

const within = (actual: number, expected: number, tolerance: number) => {
  expect(Math.abs(actual - expected) / expected, `${actual} vs ${expected}`).toBeLessThan(tolerance);
};

describe('queueing theory', () => {
  it('M/M/1: mean time in system and utilisation within 3%', () => {
    const lambdaPerMs = 0.8, muPerMs = 1; // 800 req/s, 1 ms service: ρ = 0.8
    const durationS = 1300;
    const r = runDesign(queueDesign(800, 1, 1, durationS), { warmupS: durationS * 0.1, series: false });
    const theory = mm1WaitMs(lambdaPerMs, muPerMs);
    within(r.summary.latencyMs.mean, theory.wMs, 0.03);
    within(r.nodes.web.utilization, theory.rho, 0.03);
    within(r.nodes.web.queueLengthMean, theory.l - theory.rho, 0.05);
  }, 20_000);

  it('M/M/c (Erlang C): mean wait and utilisation within 3%', () => {
    const c = 4, serviceMs = 4, rps = 900; // a = 3.6 erlangs on 4 workers: ρ = 0.9
    const durationS = 1200;
    const r = runDesign(queueDesign(rps, c, serviceMs, durationS), { warmupS: durationS * 0.1, series: false });
    const theory = mmcWaitMs(rps / 1000, 1 / serviceMs, c);
    within(r.summary.latencyMs.mean, theory.w, 0.03);
    within(r.summary.latencyMs.mean - serviceMs, theory.wq, 0.06);
    within(r.nodes.web.utilization, theory.rho, 0.03);
  }, 20_000);
});
