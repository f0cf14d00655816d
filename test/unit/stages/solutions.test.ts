import { describe, expect, it } from 'vitest';
import { evolve } from '../../../src/stages/build';
import { checkStage } from '../../../src/stages/check';
import { STAGES, stageById } from '../../../src/stages';
import type { Stage } from '../../../src/stages/types';

const failedGoals = (s: Stage, d = s.start) => checkStage(s, d).results.filter((r) => !r.passed).map((r) => r.goal.type);

describe.each(STAGES.map((s) => [s.id, s] as const))('stage %s against the engine', (_id, stage) => {
  it('the reference solution meets every goal', () => {
    const result = checkStage(stage, stage.solution);
    const failed = result.results.filter((r) => !r.passed).map((r) => `${r.goal.label}: ${r.message}`);
    expect(failed).toEqual([]);
    expect(result.passed).toBe(true);
  });

  it('the starting design misses at least one goal', () => {
    const result = checkStage(stage, stage.start);
    expect(result.passed).toBe(false);
    for (const r of result.results.filter((x) => !x.passed)) expect(r.hint).toBeTruthy();
  });
});

describe('the lessons show in the numbers', () => {
  it('stage 3: one web server behind a balancer is still a single point of failure', () => {
    const s = stageById('3')!;
    const lonely = evolve(s.solution, { name: 'one web', remove: ['web-2'] });
    expect(failedGoals(s, lonely)).toEqual(expect.arrayContaining(['noSpof', 'errorRate']));
  });

  it('stage 7: sticky sessions stop the misses until a server dies', () => {
    const s = stageById('7')!;
    const sticky = evolve(s.start, { name: 'sticky', params: { lb: { algorithm: 'sticky' } } });
    const result = checkStage(s, sticky);
    const misses = result.results.find((r) => r.goal.type === 'sessionMisses')!;
    expect(misses.passed).toBe(false);
    expect(result.report!.summary.sessionMisses).toBeLessThan(checkStage(s, s.start).report!.summary.sessionMisses);
  });

  it('stage 11: hash % N moves most keys when a shard is added', () => {
    const s = stageById('11')!;
    const modulo = evolve(s.solution, { name: 'modulo', params: { 'shard-router': { strategy: 'modulo' } } });
    expect(failedGoals(s, modulo)).toEqual(['keysMovedOnAdd']);
  });

  it('a design missing the scenario targets is still checked, with notes', () => {
    const s = stageById('5')!;
    const result = checkStage(s, s.start);
    expect(result.notes.some((n) => n.text.startsWith('Skipped: kill cache'))).toBe(true);
    expect(result.report).not.toBeNull();
  });
});
