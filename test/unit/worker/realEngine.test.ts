import { describe, expect, it } from 'vitest';
import { emptyDesign, makeNode, type Design } from '../../../src/model';
import type { Frame } from '../../../src/engine/api';
import { createRunner } from '../../../src/worker/runner';
import { realEngine } from '../../../src/worker/realEngine';
import { fakeClock } from './fakeEngine';

function clientToWeb(durationS: number): Design {
  return {
    ...emptyDesign('client → web'),
    nodes: [
      makeNode('client', 'users', { x: 0, y: 0 }, { rps: 50 }),
      makeNode('web', 'web-1', { x: 300, y: 0 }),
    ],
    edges: [{ id: 'e1', source: 'users', target: 'web-1', kind: 'request' }],
    sim: { seed: 1, durationS, hopLatencyMs: 1 },
  };
}

const framesOf = (messages: ReturnType<ReturnType<typeof createRunner>['tick']>): Frame[] =>
  messages.flatMap((m) => (m.type === 'frame' ? [m.frame] : []));

describe('runner with the real engine', () => {
  it('streams frames with points from a client → web design', () => {
    const runner = createRunner({ engine: realEngine, now: fakeClock().now });
    const started = runner.apply({ type: 'start', runId: 1, design: clientToWeb(10), seed: 3, speed: 10 });
    expect(started.map((m) => m.type)).toEqual(['status', 'frame']);
    const frames = Array.from({ length: 12 }, () => framesOf(runner.tick(100))).flat();
    const points = frames.flatMap((f) => f.points);
    expect(points.length).toBeGreaterThanOrEqual(9);
    expect(points.some((p) => p.throughputRps > 0)).toBe(true);
    expect(frames.every((f, i) => i === 0 || f.tMs >= frames[i - 1].tMs)).toBe(true);
    expect(runner.state).toBe('done');
    expect(frames[frames.length - 1].done).toBe(true);
  });

  it('forwards a kill to the engine (the node shows as down)', () => {
    const runner = createRunner({ engine: realEngine, now: fakeClock().now });
    runner.apply({ type: 'start', runId: 1, design: clientToWeb(30), seed: 3, speed: 1 });
    runner.apply({ type: 'pause' });
    runner.apply({ type: 'step', ms: 2000 });
    const killed = framesOf(runner.apply({ type: 'kill', id: 'web-1' }));
    expect(killed[0].nodes['web-1']?.down).toBe(true);
    const restored = framesOf(runner.apply({ type: 'restore', id: 'web-1' }));
    expect(restored[0].nodes['web-1']?.down).toBe(false);
    expect(runner.state).toBe('paused');
  });

  it('a scenario command replaces the faults to come, and the run goes on without restarting', () => {
    const runner = createRunner({ engine: realEngine, now: fakeClock().now });
    runner.apply({ type: 'start', runId: 1, design: { ...clientToWeb(30), scenario: [{ tS: 4, action: 'kill', target: 'web-1' }] }, seed: 3, speed: 1 });
    runner.apply({ type: 'pause' });
    runner.apply({ type: 'step', ms: 2000 });
    const replaced = runner.apply({ type: 'scenario', faults: [{ tS: 3, action: 'slow', target: 'web-1', factor: 4 }] });
    expect(replaced.some((m) => m.type === 'status')).toBe(false);
    const later = framesOf(runner.apply({ type: 'step', ms: 3000 }));
    const web = later[later.length - 1].nodes['web-1'];
    expect(web?.down).toBe(false);
    expect(web?.faults).toEqual(['slow ×4']);
    expect(runner.runId).toBe(1);
    expect(later[later.length - 1].tMs).toBe(5000);
  });

  it('gives the same frames for the same ticks, however the time is chunked', () => {
    const run = (ticks: number[]) => {
      const runner = createRunner({ engine: realEngine, now: fakeClock().now, chunkMs: 700 });
      runner.apply({ type: 'start', runId: 1, design: clientToWeb(5), seed: 9, speed: 10 });
      return ticks.flatMap((ms) => framesOf(runner.tick(ms))).flatMap((f) => f.points);
    };
    expect(run([100, 100, 100, 100, 100])).toEqual(run([250, 250]));
  });
});
