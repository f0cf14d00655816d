/**
 * Client retries against their formulas: with a loss p at the server and r retries, a request
 * succeeds with probability 1 − p^(r+1) and costs (1 − p^(r+1)) / (1 − p) attempts; with full
 * jitter the wait before retry k (from 0) is uniform on [0, base × 2^k), mean base × 2^(k−1).
 */
import { describe, expect, it } from 'vitest';
import { runDesign } from '../../../src/engine';
import type { Design } from '../../../src/model';
import { design, READS_ONLY } from '../engine/helpers';

function lossy(lossPct: number, retries: number, retryBackoffMs: number, durationS = 60, rps = 1000): Design {
  const d = design(
    [
      { id: 'users', kind: 'client', params: { rps, mix: READS_ONLY, retries, retryBackoffMs } },
      { id: 'web', kind: 'web', params: { workers: 64, serviceMs: 1, serviceDist: 'constant', queueLimit: 100_000 } },
    ],
    [['users', 'web']],
    { durationS, hopLatencyMs: 0, seed: 5 },
  );
  d.scenario = [{ tS: 0, action: 'loss', target: 'web', pct: lossPct }];
  return d;
}

describe('client retries', () => {
  it.each([
    [30, 0],
    [30, 2],
    [50, 3],
  ])('loss %i percent with %i retries: success 1 − p^(r+1), attempts (1 − p^(r+1))/(1 − p)', (pct, r) => {
    const p = pct / 100;
    const report = runDesign(lossy(pct, r, 0), { series: false });
    const s = report.summary;
    const success = 1 - p ** (r + 1);
    const attempts = success / (1 - p);
    // About 60,000 requests: the success share's standard deviation is below 0.002, the attempts' below 0.005.
    expect(Math.abs(s.completed / s.requests - success)).toBeLessThan(0.006);
    expect(Math.abs(s.attempts! / s.requests - attempts) / attempts).toBeLessThan(0.01);
    expect(s.retries).toBe(s.attempts! - s.requests);
    expect(s.errorsByCause.lost ?? 0).toBe(s.errors);
  });

  it('waits with full jitter: mean latency matches uniform backoff on [0, base × 2^k)', () => {
    // p = 0.5, one retry, base 100 ms, 1 ms service: half succeed at 1 ms, a quarter after U(0, 100) + 1 ms.
    const s = runDesign(lossy(50, 1, 100), { series: false }).summary;
    const expected = (0.5 * 1 + 0.25 * (50 + 1)) / 0.75;
    expect(Math.abs(s.latencyMs.mean - expected) / expected).toBeLessThan(0.03);
  });

  it('never retries past the user giving up', () => {
    const d = lossy(90, 10, 10_000, 60, 200);
    const users = d.nodes[0];
    if (users.kind === 'client') users.params.giveUpS = 1;
    const s = runDesign(d, { series: false }).summary;
    // Only the first wait (U(0, 10 s)) can fit in 1 s, and only a tenth of the time.
    expect(s.attempts! / s.requests).toBeLessThan(1.15);
  });

  it('counts retries per second in the series', () => {
    const series = runDesign(lossy(50, 1, 0, 10, 400)).series;
    const mid = series[5];
    expect(mid.retriesRps).toBeGreaterThan(150);
    expect(mid.retriesRps).toBeLessThan(250);
  });
});
