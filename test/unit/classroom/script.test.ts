import { describe, expect, it } from 'vitest';
import { STAGE_DEMOS, demoForStage, scriptFaults as faultsOf } from '../../../src/classroom';
import { parseDemoScript } from '../../../src/classroom/parseScript';
import { runDesign } from '../../../src/engine';

describe('demo scripts', () => {
  it('every stage ships a demo that parses and fits its design', () => {
    expect(STAGE_DEMOS).toHaveLength(15);
    for (const demo of STAGE_DEMOS) {
      const parsed = parseDemoScript(demo.script, demo.design);
      expect(parsed.ok ? [] : parsed.errors, `stage ${demo.stageId}`).toEqual([]);
      expect(demo.script.steps.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('refuses broken scripts, naming the step and what is wrong', () => {
    const { design } = demoForStage('3')!;
    const bad = parseDemoScript({
      title: 'broken',
      steps: [
        { tS: 10, say: 'first' },
        { tS: 5, say: 'out of order' },
        { tS: 12, say: 'kill a ghost', action: { kill: 'nope' } },
        { tS: 14, say: 'restore what is up', action: { restore: 'web-1' } },
        { tS: 99_999, say: 'too late' },
      ],
    }, design);
    expect(bad.ok).toBe(false);
    const errors = bad.ok ? [] : bad.errors;
    expect(errors).toEqual(expect.arrayContaining([
      expect.stringMatching(/^step 2 \(t=5 s\): comes before step 1/),
      expect.stringMatching(/^step 3 .*no node “nope”/),
      expect.stringMatching(/^step 4 .*web-1 is not down/),
      expect.stringMatching(/^step 5 .*after the end of the run/),
    ]));
    const shape = parseDemoScript({ title: 'x', steps: [{ tS: -1, say: '', extra: 1 }] }, design);
    expect(shape.ok ? [] : shape.errors.join('\n')).toMatch(/step 1/);
    expect(parseDemoScript(null, design).ok).toBe(false);
    expect(parseDemoScript({ title: 'x', steps: [] }, design).ok).toBe(false);
  });

  it('turns a script\'s kills and restores into engine faults at the steps\' times, narration-only steps left out', () => {
    expect(faultsOf(demoForStage('3')!.script)).toEqual([
      { tS: 15, action: 'kill', target: 'web-1' },
      { tS: 30, action: 'restore', target: 'web-1' },
    ]);
  });

  it('what the narration promises is what the engine shows', () => {
    // Stage 1: the single server dies and everything fails.
    const one = demoForStage('1')!;
    const r1 = runDesign({ ...one.design, scenario: faultsOf(one.script) }, { durationS: 40 });
    expect(r1.summary.errorsByCause.nodeDown ?? 0).toBeGreaterThan(0);
    // Stage 4: the primary dies and a replica is promoted, with the lost writes counted.
    const four = demoForStage('4')!;
    const r4 = runDesign({ ...four.design, scenario: faultsOf(four.script) }, { durationS: 60 });
    expect(r4.events.some((e) => /promoted to primary/.test(e.text))).toBe(true);
    // Stage 3: with a balancer, web-1 dying costs only the seconds before the health check.
    const three = demoForStage('3')!;
    const r3 = runDesign({ ...three.design, scenario: faultsOf(three.script) }, { durationS: 40 });
    expect(r3.summary.errorRate).toBeLessThan(0.05);
    expect(r3.series.filter((p) => p.tS > 20 && p.tS < 30).every((p) => p.errors === 0)).toBe(true);
  });
});
