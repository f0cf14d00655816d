/**
 * Request traces: every sampled request's spans add up to its latency, sampling is 1 in N and
 * deterministic, tracing changes no other number, and a failed request says where and why.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runDesign, type RequestTrace, type RunReport } from '../../../src/engine';
import { GALLERY } from '../../../src/gallery';
import type { Design, FaultEvent } from '../../../src/model';
import { design, READS_ONLY } from './helpers';

const galleryDesign = (id: string): Design => {
  const entry = GALLERY.find((e) => e.id === id);
  if (!entry) throw new Error(`no gallery entry ${id}`);
  return entry.design;
};

const spanSum = (t: RequestTrace): number => t.spans.reduce((s, x) => s + x.networkMs + x.queueMs + x.serviceMs, 0);

/** Each field is rounded to the microsecond, so the sum may drift by half a microsecond a field. */
function expectSpansAddUp(traces: readonly RequestTrace[]): void {
  for (const t of traces) {
    const slack = 0.0005 * (3 * t.spans.length + 1) + 1e-9;
    expect(Math.abs(spanSum(t) - t.totalMs), `trace ${t.id}: spans ${spanSum(t)} vs total ${t.totalMs}`).toBeLessThanOrEqual(slack);
    for (const s of t.spans) {
      expect(s.networkMs).toBeGreaterThanOrEqual(0);
      expect(s.queueMs).toBeGreaterThanOrEqual(0);
      expect(s.serviceMs).toBeGreaterThanOrEqual(0);
    }
  }
}

const withoutTraces = (r: RunReport): string => JSON.stringify({ ...r, traces: undefined });

describe('request traces', () => {
  it('spans add up to totalMs for every trace, in every gallery design with a kill and a restore', () => {
    fc.assert(
      fc.property(fc.constantFrom(...GALLERY.map((e) => e.id)), fc.integer({ min: 1, max: 1000 }), (id, seed) => {
        const d = galleryDesign(id);
        const victim = d.nodes.find((n) => n.kind === 'web' || n.kind === 'database' || n.kind === 'cache')!;
        const scenario: FaultEvent[] = [{ tS: 2, action: 'kill', target: victim.id }, { tS: 4, action: 'restore', target: victim.id }];
        const r = runDesign(d, { seed, durationS: 6, series: false, traceEvery: 50, scenario });
        expect(r.traces!.length).toBeGreaterThan(0);
        expectSpansAddUp(r.traces!);
      }),
      { numRuns: 20 },
    );
  });

  it('samples 1 in N arrivals and changes nothing else in the report', () => {
    const d = galleryDesign('stage-5');
    const plain = runDesign(d, { seed: 3, durationS: 10 });
    const traced = runDesign(d, { seed: 3, durationS: 10, traceEvery: 20 });
    expect(plain.traces).toBeUndefined();
    expect(withoutTraces(traced)).toBe(withoutTraces(plain));
    const finished = traced.summary.completed + traced.summary.errors;
    // The last few may still be in flight at the end; none beyond 1 in 20 of those sent.
    expect(traced.traces!.length).toBeLessThanOrEqual(Math.ceil(traced.summary.requests / 20));
    expect(traced.traces!.length).toBeGreaterThan(finished / 20 - 5);
    expect(traced.traces!.map((t) => t.id).slice(0, 3).sort((a, b) => a - b)).toEqual([1, 21, 41]);
  });

  it('gives the same traces for the same design and seed, and other traces for another seed', () => {
    const d = galleryDesign('social-feed');
    const a = runDesign(d, { seed: 9, durationS: 5, traceEvery: 30 }).traces;
    const b = runDesign(d, { seed: 9, durationS: 5, traceEvery: 30 }).traces;
    const c = runDesign(d, { seed: 10, durationS: 5, traceEvery: 30 }).traces;
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(c));
  });

  it('names the node and the cause of a failed request', () => {
    const d = design(
      [{ id: 'users', kind: 'client', params: { rps: 200, mix: READS_ONLY } }, { id: 'web', kind: 'web' }, { id: 'db', kind: 'database' }],
      [['users', 'web'], ['web', 'db']],
      { durationS: 6, hopLatencyMs: 1 },
    );
    const r = runDesign(d, { traceEvery: 5, scenario: [{ tS: 3, action: 'kill', target: 'db' }] });
    const failed = r.traces!.filter((t) => t.outcome !== 'ok');
    expect(failed.length).toBeGreaterThan(10);
    for (const t of failed) {
      expect(t.outcome).toBe('nodeDown');
      expect(t.failedAt).toBe('db');
      expect(t.spans.at(-1)).toMatchObject({ node: 'db', error: 'nodeDown' });
    }
    const ok = r.traces!.filter((t) => t.outcome === 'ok');
    expect(ok.every((t) => t.startMs < 3000 && t.spans.map((s) => s.node).join() === 'web,db')).toBe(true);
    // One ms per hop on the way in: users → web, web → db.
    expect(ok[0].spans[0].networkMs).toBe(1);
    expect(ok[0].spans[1].networkMs).toBe(1);
    expectSpansAddUp(r.traces!);
  });

  it('books a retry: the failed attempt, the user waiting, and the attempt that worked', () => {
    const d = design(
      [{ id: 'users', kind: 'client', params: { rps: 300, mix: READS_ONLY, retries: 3, retryBackoffMs: 50 } }, { id: 'web', kind: 'web' }],
      [['users', 'web']],
      { durationS: 10 },
    );
    const r = runDesign(d, { traceEvery: 3, scenario: [{ tS: 1, action: 'loss', target: 'web', pct: 40 }] });
    const retried = r.traces!.filter((t) => (t.attempts ?? 1) > 1 && t.outcome === 'ok');
    expect(retried.length).toBeGreaterThan(20);
    for (const t of retried) {
      expect(t.spans.filter((s) => s.error === 'lost')).toHaveLength(t.attempts! - 1);
      expect(t.spans.filter((s) => s.node === 'users')).toHaveLength(t.attempts! - 1);
      expect(t.spans.at(-1)!.node).toBe('web');
    }
    expectSpansAddUp(r.traces!);
  });

  it("an M/M/1 node's traced queue + service time averages 1/(μ − λ)", () => {
    // μ = 100/s (10 ms), λ = 70/s: W = 1 / 30 s = 33.3 ms; Wq = ρ/(μ − λ) = 23.3 ms.
    const d = design(
      [{ id: 'users', kind: 'client', params: { rps: 70, mix: READS_ONLY } }, { id: 'web', kind: 'web', params: { workers: 1, serviceMs: 10, queueLimit: 100_000, timeoutMs: 600_000 } }],
      [['users', 'web']],
      { durationS: 600 },
    );
    const traces = runDesign(d, { traceEvery: 4, series: false }).traces!;
    const mean = (f: (t: RequestTrace) => number) => traces.reduce((s, t) => s + f(t), 0) / traces.length;
    expect(mean((t) => t.spans[0].queueMs + t.spans[0].serviceMs)).toBeGreaterThan(33.3 * 0.9);
    expect(mean((t) => t.spans[0].queueMs + t.spans[0].serviceMs)).toBeLessThan(33.3 * 1.1);
    expect(mean((t) => t.spans[0].queueMs)).toBeGreaterThan(23.3 * 0.88);
    expect(mean((t) => t.spans[0].queueMs)).toBeLessThan(23.3 * 1.12);
    expect(mean((t) => t.spans[0].serviceMs)).toBeGreaterThan(9.5);
    expect(mean((t) => t.spans[0].serviceMs)).toBeLessThan(10.5);
  });
});
