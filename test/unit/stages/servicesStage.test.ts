import { describe, expect, it } from 'vitest';
import { checkStage } from '../../../src/stages/check';
import { stageById, STAGE_IDS } from '../../../src/stages';

describe('stage "Split into services"', () => {
  const stage = stageById('services')!;

  it('sits just before "Millions of users", and the numbered stages keep their ids', () => {
    expect(STAGE_IDS.indexOf('services')).toBe(STAGE_IDS.indexOf('12') - 1);
    expect(STAGE_IDS.filter((id) => /^\d+$/.test(id))).toEqual(Array.from({ length: 12 }, (_, i) => String(i + 1)));
  });

  it('in the start the upload burst pushes page p99 past its goal; split into services, pages hold', () => {
    const start = checkStage(stage, stage.start);
    const solution = checkStage(stage, stage.solution);
    const pagesStart = start.report!.services!.pages;
    const pagesSolution = solution.report!.services!.pages;
    console.info('page p99 start / solution (ms):', pagesStart.latencyMs.p99, pagesSolution.latencyMs.p99,
      'page errors:', pagesStart.errorRate, pagesSolution.errorRate, 'uploads p99:', start.report!.services!.uploads.latencyMs.p99, solution.report!.services!.uploads.latencyMs.p99);
    expect(start.passed).toBe(false);
    expect(start.results.find((r) => r.goal.type === 'serviceP99')!.passed).toBe(false);
    expect(solution.passed).toBe(true);
    expect(pagesSolution.latencyMs.p99 * 5).toBeLessThan(pagesStart.latencyMs.p99);
  });
});
