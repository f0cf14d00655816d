/** The engine times each request's queue wait: its mean against Erlang C, and against the traces. */
import { describe, expect, it } from 'vitest';
import { advance, createSimulation, takeFrame } from '../../../src/engine';
import { mmc } from '../../../src/analysis/theory';
import { design, READS_ONLY } from './helpers';

const station = (rps: number, workers: number, serviceMs: number) => design(
  [{ id: 'users', kind: 'client', params: { rps, mix: READS_ONLY } }, { id: 'web', kind: 'web', params: { workers, serviceMs, queueLimit: 100_000, timeoutMs: 600_000 } }],
  [['users', 'web']],
  { durationS: 900 },
);

describe('measured queue wait (NodeLive.waitMs)', () => {
  for (const [rps, c, s] of [[80, 1, 10], [320, 4, 10], [140, 2, 12]] as const) {
    it(`M/M/${c} at ρ = ${((rps * s) / (1000 * c)).toFixed(2)}: the mean wait is Erlang C's within 8%`, () => {
      const sim = createSimulation(station(rps, c, s), { series: false });
      advance(sim, Infinity);
      const frame = takeFrame(sim);
      const predicted = mmc(rps, c, s).waitMs;
      expect(frame.nodes.web.waitMs).toBeGreaterThan(predicted * 0.92);
      expect(frame.nodes.web.waitMs).toBeLessThan(predicted * 1.08);
    });
  }

  it('is absent before a node has served anyone, and zero for a node that never queues', () => {
    const sim = createSimulation(station(1, 8, 1), {});
    expect(takeFrame(sim).nodes.web.waitMs).toBeUndefined();
    advance(sim, 30_000);
    expect(takeFrame(sim).nodes.web.waitMs).toBe(0);
  });
});
