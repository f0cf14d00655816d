/** `--traces N`: the JSON gains 1-in-N request traces whose spans add up; without it nothing changes. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../src/cli/args';
import { runCliWith } from '../../../src/cli/run';
import type { RunReport } from '../../../src/engine';

const dir = mkdtempSync(join(tmpdir(), 'sim-traces-'));
const path = join(dir, 'tandem.json');
writeFileSync(path, JSON.stringify({
  version: 1, name: 'tandem',
  nodes: [{ id: 'users', kind: 'client', params: { rps: 100 } }, { id: 'web-1', kind: 'web' }, { id: 'db', kind: 'database' }],
  edges: [{ id: 'e1', source: 'users', target: 'web-1' }, { id: 'e2', source: 'web-1', target: 'db' }],
  sim: { durationS: 5 },
}));

function sim(argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runCliWith(argv, { out: (t) => { out += t; }, err: (t) => { err += t; }, errIsTTY: false });
  return { code, out, err };
}

describe('sim --traces N', () => {
  it('adds traces (1 in N) to the JSON and leaves the rest of the report as it was', () => {
    const plain = sim([path, '--json']);
    const traced = sim([path, '--json', '--traces', '10', '--kill', 'db@3']);
    const killed = sim([path, '--json', '--kill', 'db@3']);
    expect(traced.code).toBe(0);
    expect(JSON.parse(plain.out)).not.toHaveProperty('traces');
    const r = JSON.parse(traced.out) as RunReport;
    const { traces, ...rest } = r;
    expect(JSON.stringify(rest)).toBe(killed.out.trim());
    expect(traces!.length).toBeGreaterThan(r.summary.requests / 10 - 5);
    for (const t of traces!) {
      expect(Object.keys(t)).toEqual(expect.arrayContaining(['id', 'type', 'totalMs', 'outcome', 'spans']));
      const sum = t.spans.reduce((s, x) => s + x.networkMs + x.queueMs + x.serviceMs, 0);
      expect(Math.abs(sum - t.totalMs)).toBeLessThanOrEqual(0.0005 * (3 * t.spans.length + 1) + 1e-9);
      for (const s of t.spans) expect(Object.keys(s)).toEqual(expect.arrayContaining(['node', 'networkMs', 'queueMs', 'serviceMs']));
    }
    expect(traces!.some((t) => t.outcome === 'nodeDown' && t.failedAt === 'db')).toBe(true);
  });

  it('refuses an N that is not a whole number of at least 1, saying what it needs', () => {
    for (const bad of ['0', 'some', '2.5']) {
      const r = parseArgs(['d.json', '--traces', bad]);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/--traces needs N, to trace 1 in N requests/);
    }
    expect(parseArgs(['d.json', '--traces', '100'])).toMatchObject({ ok: true, args: { traceEvery: 100 } });
  });
});
