import { describe, expect, it } from 'vitest';
import { advance, createSimulation, simTimeMs } from '../../../src/engine';
import { EV_WARMUP } from '../../../src/engine/state';
import { design } from './helpers';

const oneServer = () => design(
  [{ id: 'users', kind: 'client', params: { rps: 10 } }, { id: 'web', kind: 'web' }],
  [['users', 'web']],
  { durationS: 10 },
);

describe('event loop', () => {
  it('refuses an event type it has no handler for, loudly and by number', () => {
    const sim = createSimulation(oneServer());
    sim.queue.push(2500, 99, 0, 0, 0);
    advance(sim, 2000); // events before it run as usual
    expect(simTimeMs(sim)).toBe(2000);
    expect(() => advance(sim, 3000)).toThrow(/unknown event type 99 at t = 2500 ms/);
  });

  it('runs every known event type (a warm-up reset among them) without complaint', () => {
    const sim = createSimulation(oneServer());
    sim.queue.push(1500, EV_WARMUP, 0, 0, 0);
    expect(() => advance(sim, 10_000)).not.toThrow();
    expect(sim.done).toBe(true);
  });
});
