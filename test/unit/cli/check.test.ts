/** The grader, `sim check`: in-process on every built-in stage, and once through the built CLI on worker threads. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHECK_EXIT, runCheckCli } from '../../../src/cli/check/run';
import { STAGES, stageById } from '../../../src/stages';
import { stageFile } from '../stages/custom/fixture';

const dir = mkdtempSync(join(tmpdir(), 'sim-check-'));
const file = (name: string, doc: unknown) => { const p = join(dir, name); writeFileSync(p, typeof doc === 'string' ? doc : JSON.stringify(doc)); return p; };
const root = fileURLToPath(new URL('../../..', import.meta.url));

async function check(argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCheckCli(argv, { out: (t) => { out += t; }, err: (t) => { err += t; } });
  return { code, out, err };
}

describe('sim check on the built-in stages', () => {
  it.each(STAGES.map((s) => [s.id, s] as const))('stage %s: the start fails, the solution passes', async (id, stage) => {
    const start = file(`s${id}-start.json`, stage.start);
    const solution = file(`s${id}-solution.json`, stage.solution);
    const r = await check(['--stage', id, start, solution, '--json']);
    expect(r.code, r.err).toBe(CHECK_EXIT.someFailed);
    const report = JSON.parse(r.out);
    expect(report.stage).toEqual({ id, title: stage.title });
    expect(report.passed).toBe(false);
    const [first, second] = report.designs;
    expect(first).toMatchObject({ design: start, name: stage.start.name, passed: false });
    expect(second).toMatchObject({ design: solution, passed: true });
    expect(second.goals).toHaveLength(stage.goals.length);
    expect(first.goals.some((g: { passed: boolean }) => !g.passed)).toBe(true);
    for (const g of second.goals) expect(g).toEqual({ type: expect.any(String), label: expect.any(String), passed: true, measured: expect.any(String), message: expect.any(String) });
  });
});

describe('sim check: stage files, tables and exit codes', () => {
  it('0 when every design passes a teacher’s stage; the table names each goal’s verdict and value', async () => {
    const stage = file('stage.json', stageFile());
    const solution = file('mine.json', stageById('3')!.solution);
    const r = await check([stage, solution, solution]);
    expect(r.code, r.err).toBe(CHECK_EXIT.allPassed);
    expect(r.out).toMatch(/^Two web servers: 4 goals, 40 s Check \(seed 3\)/);
    expect(r.out).toMatch(/G1 {2}Run at least two web servers \(hasKind\)/);
    expect(r.out).toMatch(/mine\.json\s+pass\s+ok 2 web servers\s+ok none/);
    expect(r.out).toMatch(/2 of 2 designs passed\./);
  });

  it('1 when a design cannot be read: it is reported as failed, the others are still graded', async () => {
    const broken = file('broken.json', '{"version": 1, "nodes": [');
    const solution = file('fine.json', stageById('3')!.solution);
    const r = await check(['--stage', '3', broken, solution, '--json']);
    expect(r.code).toBe(CHECK_EXIT.someFailed);
    const { designs } = JSON.parse(r.out);
    expect(designs[0]).toMatchObject({ design: broken, passed: false, goals: [], error: expect.stringMatching(/not valid JSON/) });
    expect(designs[1].passed).toBe(true);
  });

  it('2 when the stage or the arguments are refused, naming why', async () => {
    const design = file('d.json', stageById('1')!.start);
    const hostile = file('hostile.json', stageFile({ explanation: '<script>alert(1)</script>' }));
    expect((await check([hostile, design])).err).toMatch(/explanation holds HTML/);
    expect((await check([hostile, design])).code).toBe(CHECK_EXIT.refused);
    const unknown = await check(['--stage', '99', design]);
    expect(unknown).toMatchObject({ code: CHECK_EXIT.refused, err: expect.stringMatching(/no built-in stage "99"; the stages are 1, 2/) });
    expect((await check(['--stage', '3'])).err).toMatch(/no design to check/);
    const { version: _v, ...one } = stageFile();
    const course = file('course.json', { version: 1, stages: [one, { ...one, id: 'other' }] });
    expect((await check([course, design])).err).toMatch(/holds 2 stages \(two-web, other\): pick one with --stage-id/);
    expect((await check([course, design, '--stage-id', 'other'])).code).toBe(CHECK_EXIT.someFailed);
  });

  it('the built CLI grades on worker threads, one per design', () => {
    const start = file('w-start.json', stageById('3')!.start);
    const solution = file('w-solution.json', stageById('3')!.solution);
    const r = spawnSync(process.execPath, [join(root, 'scripts/scale-sim.cjs'), 'check', '--stage', '3', start, solution, '--json', '--jobs', '2'],
      { encoding: 'utf8', cwd: root, env: { ...process.env, NODE_DEBUG: 'worker' } });
    expect(r.status, r.stderr.slice(-500)).toBe(CHECK_EXIT.someFailed);
    expect(r.stderr.match(/create new worker .*scale-sim\.cjs/g)).toHaveLength(2);
    const lines = r.stdout.trim().split('\n');
    const report = JSON.parse(lines[lines.length - 1]);
    expect(report.designs.map((d: { passed: boolean }) => d.passed)).toEqual([false, true]);
  });
});
