/** A teacher's stage built from stage 3 (its designs, goals, fault and script), as a file would hold it. */
import { stageById } from '../../../../src/stages';
import { CUSTOM_STAGE_VERSION } from '../../../../src/stages/custom';

export function stageFile(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const s = stageById('3')!;
  return {
    version: CUSTOM_STAGE_VERSION,
    id: 'two-web',
    title: 'Two web servers',
    summary: 'Survive a crash.',
    explanation: 'Put **two** web servers behind a `loadBalancer`.\n\n- one dies\n- the other carries on',
    start: s.start,
    solution: s.solution,
    goals: s.goals,
    scenario: s.scenario,
    check: s.check,
    demo: s.demo,
    ...overrides,
  };
}

/** The messages of a refusal (the test fails if it was accepted). */
export function errorsOf(result: { ok: true } | { ok: false; errors: string[] }): string[] {
  if (result.ok) throw new Error('expected a refusal, but the input was accepted');
  return result.errors;
}
