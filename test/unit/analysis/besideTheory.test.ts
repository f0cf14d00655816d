/**
 * The inspector's "theory beside the measurement" on engine runs: an M/M/c web server agrees with
 * Erlang C and with Little's law, an overloaded one says so, a balancer's even spread queues less,
 * and an LRU cache lands on Che's approximation (a FIFO one is told apart).
 */
import { describe, expect, it } from 'vitest';
import { cacheBeside, queueBeside } from '../../../src/analysis/besideTheory';
import { runDesign } from '../../../src/engine';
import { design, READS_ONLY } from '../engine/helpers';

const measure = (r: ReturnType<typeof runDesign>, id: string, seconds: number) => ({
  lambdaRps: (r.nodes[id].served + r.nodes[id].errors) / seconds,
  utilization: r.nodes[id].utilization,
  queueMean: r.nodes[id].queueLengthMean,
});

function webAt(rps: number, workers = 4, serviceMs = 10) {
  return design(
    [{ id: 'users', kind: 'client', params: { rps, mix: READS_ONLY } }, { id: 'web', kind: 'web', params: { workers, serviceMs, queueLimit: 100_000, timeoutMs: 600_000 } }],
    [['users', 'web']], { seed: 3 },
  );
}

describe('queue beside M/M/c', () => {
  it('agrees with Erlang C at ρ = 0.85, and Little’s law gives the measured time in node', () => {
    const seconds = 300;
    const d = webAt(340);
    const r = runDesign(d, { durationS: seconds + 30, warmupS: 30, series: false });
    const b = queueBeside(d, d.nodes[1], measure(r, 'web', seconds))!;
    expect(b.predicted.utilization).toBeCloseTo(0.85, 1);
    expect(Math.abs(b.predicted.queueMean - r.nodes.web.queueLengthMean) / b.predicted.queueMean).toBeLessThan(0.15);
    expect(b.note).toContain('agree');
    // With one server and no network, the time in the node is the whole latency.
    expect(Math.abs(b.littleTimeMs - r.summary.latencyMs.mean) / r.summary.latencyMs.mean).toBeLessThan(0.05);
  }, 30_000);

  it('says an overloaded node has no steady state', () => {
    const d = webAt(600);
    const r = runDesign(d, { durationS: 20, series: false });
    expect(queueBeside(d, d.nodes[1], measure(r, 'web', 20))!.note).toContain('Overloaded');
  });

  it('constant service queues about half as much, and the note says why', () => {
    const d = webAt(340);
    (d.nodes[1].params as { serviceDist: string }).serviceDist = 'constant';
    const r = runDesign(d, { durationS: 230, warmupS: 30, series: false });
    const b = queueBeside(d, d.nodes[1], measure(r, 'web', 200))!;
    expect(r.nodes.web.queueLengthMean).toBeLessThan(b.predicted.queueMean * 0.75);
    expect(b.note).toContain('constant');
  }, 30_000);

  it('is null for a node that does not queue', () => {
    const d = webAt(10);
    expect(queueBeside(d, d.nodes[0], { lambdaRps: 1, utilization: 0, queueMean: 0 })).toBeNull();
  });
});

describe('cache beside Che', () => {
  const cacheDesign = (eviction: 'lru' | 'fifo') => design(
    [
      { id: 'users', kind: 'client', params: { rps: 3000, mix: READS_ONLY, keys: { count: 2000, zipfAlpha: 0.8, hotKeys: 0 } } },
      { id: 'web', kind: 'web', params: { workers: 200, serviceMs: 1, queueLimit: 100_000 } },
      { id: 'cache', kind: 'cache', params: { capacityKeys: 200, eviction, ttlS: 0, hitMs: 0.5 } },
      { id: 'db', kind: 'database', params: { workers: 200, readMs: 1 } },
    ],
    [['users', 'web'], ['web', 'cache'], ['cache', 'db']], { seed: 11 },
  );
  it('LRU lands on Che’s approximation; FIFO is told apart by its policy', () => {
    const lru = cacheDesign('lru');
    const hit = runDesign(lru, { durationS: 90, warmupS: 20, series: false }).nodes.cache.hitRatio!;
    const b = cacheBeside(lru, lru.nodes[2], hit, 90)!;
    expect(Math.abs(hit - b.predicted)).toBeLessThan(0.02);
    expect(b.note).toContain('agree');
    const fifo = cacheDesign('fifo');
    const fifoHit = runDesign(fifo, { durationS: 90, warmupS: 20, series: false }).nodes.cache.hitRatio!;
    expect(cacheBeside(fifo, fifo.nodes[2], fifoHit, 90)!.note).toContain('FIFO');
  }, 60_000);
});
