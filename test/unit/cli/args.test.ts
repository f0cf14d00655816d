/** The CLI's arguments and its readable report: what a script or a grader relies on. */
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../src/cli/args';
import { formatReport } from '../../../src/cli/format';
import { runDesign } from '../../../src/engine';
import { design, READS_ONLY } from '../engine/helpers';

describe('npm run sim arguments', () => {
  it('reads seconds, seed, sample, faults and --json', () => {
    const r = parseArgs(['d.json', '--seconds', '30', '--seed', '7', '--sample', '1', '--kill', 'web-1@10', '--json']);
    expect(r).toEqual({ ok: true, args: { source: 'd.json', seconds: 30, seed: 7, sampleK: 1, faults: [{ target: 'web-1', tS: 10, action: 'kill' }], json: true, strict: false, help: false } });
  });

  it('says what is wrong with a bad value instead of running', () => {
    for (const bad of [['d.json', '--sample', '0'], ['d.json', '--sample', 'lots'], ['d.json', '--sample', '2.5']]) {
      const r = parseArgs(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/--sample needs/);
    }
    expect(parseArgs(['d.json', '--seconds', '-1'])).toMatchObject({ ok: false });
    expect(parseArgs(['--frobnicate'])).toEqual({ ok: false, error: 'unknown option --frobnicate' });
  });
});

describe('the readable report', () => {
  const d = design(
    [{ id: 'users', kind: 'client', params: { rps: 200, mix: READS_ONLY } }, { id: 'web', kind: 'web', params: { workers: 16, serviceMs: 5 } }],
    [['users', 'web']],
    { durationS: 5 },
  );

  it('says a run is sampled, and how coarse, only when it is', () => {
    expect(formatReport('d', runDesign(d, { sampleK: 1 }))).not.toMatch(/sampled/);
    const text = formatReport('d', runDesign(d, { sampleK: 4 }));
    expect(text).toMatch(/each simulated request stands for 4 real ones/);
    expect(text).toMatch(/sampled run: each simulated request stands for 4 real ones/);
  });
});
