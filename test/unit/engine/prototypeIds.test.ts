/**
 * A node whose id is a prototype key ("__proto__", "constructor") is a node like any other: every
 * table keyed by id (the report, live frames, series points, shard shares) keeps it.
 */
import { describe, expect, it } from 'vitest';
import { advance, createSimulation, report, takeFrame } from '../../../src/engine';
import { mergePoints } from '../../../src/engine/history';
import { EMPTY_LIVE, liveAfter } from '../../../src/store/runFrames';
import { design, READS_ONLY } from './helpers';

const KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];

const sample = (id: string) => design(
  [{ id: 'users', kind: 'client', params: { rps: 100, mix: READS_ONLY } }, { id, kind: 'web', params: { workers: 8, serviceMs: 5 } }, { id: 'web-2', kind: 'web' }],
  [['users', id], ['users', 'web-2']],
  { durationS: 4 },
);

describe.each(KEYS)('a node with id "%s"', (id) => {
  it('is in the run report, with real numbers, and in its JSON', () => {
    const sim = createSimulation(sample(id));
    advance(sim, 4000);
    const r = report(sim);
    expect(Object.hasOwn(r.nodes, id)).toBe(true);
    expect(r.nodes[id].kind).toBe('web');
    expect(r.nodes[id].served).toBeGreaterThan(0);
    expect(Object.keys(JSON.parse(JSON.stringify(r)).nodes).sort()).toEqual([id, 'web-2'].sort());
    const last = r.series[r.series.length - 1];
    expect(Object.hasOwn(last.nodes, id)).toBe(true);
    expect(Number.isFinite(last.nodes[id].utilization)).toBe(true);
    const merged = mergePoints(r.series[0], 1, last, 1);
    expect(Object.hasOwn(merged.nodes, id)).toBe(true);
  });

  it('is in the live frame, and in the store after folding the frame in', () => {
    const sim = createSimulation(sample(id));
    advance(sim, 2000);
    const frame = takeFrame(sim);
    expect(Object.hasOwn(frame.nodes, id)).toBe(true);
    expect(Object.hasOwn(frame.edgeRps, 'e0')).toBe(true);
    // Frames reach the page through postMessage, which clones them into ordinary objects.
    const received = structuredClone(frame);
    const live = liveAfter(EMPTY_LIVE, received);
    expect(Object.hasOwn(live.nodes, id)).toBe(true);
    expect(Number.isFinite(live.nodes[id].utilization)).toBe(true);
    expect(live.nodes['no-such-node']).toBeUndefined();
    const again = liveAfter(live, structuredClone(takeFrame((advance(sim, 3000), sim))));
    expect(Object.hasOwn(again.nodes, id)).toBe(true);
  });

  it('and an empty live view answers "nothing" for it, not a prototype', () => {
    expect(EMPTY_LIVE.nodes[id]).toBeUndefined();
    expect(EMPTY_LIVE.edgeRps[id]).toBeUndefined();
  });
});

describe('shards named after prototype keys', () => {
  it('keep their load share in the report and the series', () => {
    const d = design(
      [{ id: 'users', kind: 'client', params: { rps: 100, mix: READS_ONLY } }, { id: 'web', kind: 'web' }, { id: 'router', kind: 'shardRouter' },
        { id: '__proto__', kind: 'database', params: { role: 'shard' } }, { id: 'constructor', kind: 'database', params: { role: 'shard' } }],
      [['users', 'web'], ['web', 'router'], ['router', '__proto__'], ['router', 'constructor']],
      { durationS: 4 },
    );
    const r = createSimulation(d);
    advance(r, 4000);
    const out = report(r);
    expect(Object.keys(out.shards.router.loadShare).sort()).toEqual(['__proto__', 'constructor']);
    const last = out.series[out.series.length - 1];
    expect(Object.keys(last.shardLoad.router).sort()).toEqual(['__proto__', 'constructor']);
  });
});
