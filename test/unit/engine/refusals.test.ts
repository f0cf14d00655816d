/**
 * Runs the engine will not start (feasibility.ts) and the runaway backlog it stops (loop.ts):
 * each with a message saying what to change, never a hang or an out-of-memory crash.
 */
import { describe, expect, it } from 'vitest';
import { createSimulation, runDesign, RunRefusedError } from '../../../src/engine';
import { MAX_LIVE_REQUESTS } from '../../../src/engine/loop';
import { refusals } from '../../../src/engine/feasibility';
import { design, READS_ONLY } from './helpers';

const JOBS = { static: 0, read: 0, write: 0, job: 1 };

describe('runs refused before they start', () => {
  it('too many clients with a million keys each: the tables would not fit, and the message says so', () => {
    const nodes = Array.from({ length: 200 }, (_, i) => ({ id: `users-${i}`, kind: 'client' as const, params: { rps: 10, mix: READS_ONLY, keys: { count: 1_000_000, zipfAlpha: 0.9, hotKeys: 0 } } }));
    const d = design([...nodes, { id: 'web', kind: 'web' }], nodes.map((n) => [n.id, 'web'] as [string, string]), { durationS: 10 });
    let caught: unknown;
    try { createSimulation(d); } catch (err) { caught = err; }
    expect(caught).toBeInstanceOf(RunRefusedError);
    expect((caught as Error).message).toMatch(/^This run cannot start: Its key and user tables would take 1,600 MB .* fewer distinct keys/);
  });

  it('a design the engine can run gets no refusal', () => {
    const d = design([{ id: 'users', kind: 'client', params: { rps: 100, mix: READS_ONLY } }, { id: 'web', kind: 'web' }], [['users', 'web']]);
    expect(refusals(d, 1, 60, 50_000_000)).toEqual([]);
  });

  it('sampling makes a rate the exact engine could not finish runnable', () => {
    const d = design([{ id: 'users', kind: 'client', params: { rps: 2_000_000, mix: READS_ONLY } }, { id: 'web', kind: 'web' }], [['users', 'web']], { durationS: 600 });
    expect(refusals(d, 1, 600, 50_000_000)).toHaveLength(1);
    expect(refusals(d, 100, 600, 50_000_000)).toEqual([]);
  });
});

describe('a backlog that only grows', () => {
  it('stops the run before memory runs out, naming the node it piles up at', () => {
    const d = design(
      [
        { id: 'users', kind: 'client', params: { rps: 45_000, mix: JOBS } },
        { id: 'web', kind: 'web', params: { workers: 1000, serviceMs: 1, queueLimit: 100_000 } },
        { id: 'jobs', kind: 'queue', params: { capacity: 100_000_000 } },
        { id: 'workers', kind: 'worker', params: { workers: 1, serviceMs: 1000 } },
      ],
      [['users', 'web'], ['web', 'jobs'], ['jobs', 'workers']],
      { durationS: 120 },
    );
    const r = runDesign(d, { sampleK: 1 });
    const stop = r.events.find((e) => e.level === 'error');
    expect(stop?.text).toMatch(/requests in flight, [\d,]+ of them waiting at jobs: the run stops before it runs out of memory; give jobs more capacity or a smaller queue/);
    expect(r.summary.durationS).toBeLessThan(60);
    expect(r.summary.durationS).toBeGreaterThan(MAX_LIVE_REQUESTS / 45_000 - 2);
  });
});
