import { describe, expect, it } from 'vitest';
import type { RunOptions } from '../../../src/engine/api';
import type { Design } from '../../../src/model';
import { runStageCheck } from '../../../src/stages/runCheck';
import { stage03 } from '../../../src/stages/stage03-load-balancer';
import { fakeReport } from './fakeReport';

describe('runStageCheck with a fake engine', () => {
  it('runs with the stage seed, duration and faults, not the learner’s own scenario', () => {
    const calls: { design: Design; options?: RunOptions }[] = [];
    const engine = { runDesign: (design: Design, options?: RunOptions) => { calls.push({ design, options }); return fakeReport({ throughputRps: 300, errorRate: 0.01 }); } };
    const mine = { ...stage03.solution, scenario: [{ tS: 1, action: 'kill' as const, target: 'db-primary' }] };
    const result = runStageCheck(stage03, mine, engine);
    expect(calls).toHaveLength(1);
    expect(calls[0].design.scenario).toEqual([]);
    expect(calls[0].options).toMatchObject({ seed: stage03.check.seed, durationS: stage03.check.durationS, scenario: stage03.scenario });
    expect(result.passed).toBe(true);
    expect(result.results.every((r) => r.passed)).toBe(true);
  });

  it('reports which goals failed', () => {
    const engine = { runDesign: () => fakeReport({ throughputRps: 150, errorRate: 0.5, errors: 5000, errorsByCause: { nodeDown: 5000 } }) };
    const result = runStageCheck(stage03, stage03.start, engine);
    expect(result.passed).toBe(false);
    const failed = result.results.filter((r) => !r.passed);
    expect(failed.map((r) => r.goal.type).sort()).toEqual(['errorRate', 'hasKind', 'noSpof', 'throughput']);
    for (const r of failed) expect(r.hint).toBeTruthy();
  });

  it('turns an engine crash into a failed check instead of throwing', () => {
    const engine = { runDesign: (): never => { throw new Error('boom'); } };
    const result = runStageCheck(stage03, stage03.solution, engine);
    expect(result).toMatchObject({ passed: false, report: null });
    expect(result.error).toContain('boom');
    expect(result.results.every((r) => !r.passed && r.message.includes('boom'))).toBe(true);
  });
});
