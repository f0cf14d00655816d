/**
 * `sim sweep`: the JSON of the issue, the table, refusals with reasons, and the built CLI spreading
 * loads over worker threads with the same numbers as one thread.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runSweepCli } from '../../../src/cli/sweepCommand';
import { parseSweepArgs } from '../../../src/cli/sweepArgs';

const dir = mkdtempSync(join(tmpdir(), 'sim-sweep-'));
const tandem = {
  version: 1, name: 'tandem',
  nodes: [
    { id: 'users', kind: 'client', params: { rps: 100, mix: { static: 0, read: 1, write: 0, job: 0 } } },
    { id: 'web', kind: 'web', params: { workers: 8, serviceMs: 10 } },
    { id: 'db', kind: 'database', params: { workers: 2, readMs: 5 } },
  ],
  edges: [{ id: 'a', source: 'users', target: 'web' }, { id: 'b', source: 'web', target: 'db' }],
  sim: { seed: 5, durationS: 60, hopLatencyMs: 0 },
};
let path = '';
beforeAll(() => { path = join(dir, 'tandem.json'); writeFileSync(path, JSON.stringify(tandem)); });

async function sweep(argv: string[]) {
  let out = '';
  let err = '';
  const code = await runSweepCli(argv, { out: (t) => { out += t; }, err: (t) => { err += t; }, errIsTTY: false }, null);
  return { code, out, err };
}

describe('sim sweep', () => {
  it('--json prints the points and the knee, progress on stderr', async () => {
    const r = await sweep([path, '--seconds', '10', '--steps', '6', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.points).toHaveLength(6);
    for (const p of json.points) {
      // The first five are the original contract; cost was added beside them (docs/explain.md).
      expect(Object.keys(p).sort()).toEqual(['bottleneck', 'cost', 'errorRate', 'latencyMs', 'offeredRps', 'throughputRps']);
      expect(Object.keys(p.cost).sort()).toEqual(['monthlyUsd', 'perMillionAnsweredUsd', 'perMillionRequestsUsd']);
      expect(Object.keys(p.latencyMs).sort()).toEqual(['mean', 'p50', 'p95', 'p99']);
      expect(p.bottleneck).toMatchObject({ id: expect.any(String), utilization: expect.any(Number) });
    }
    expect(json.points[0].offeredRps).toBe(10);
    expect(json.points[5].offeredRps).toBe(2000);
    expect(json.points[5].bottleneck.utilization).toBeGreaterThan(0.9);
    expect(json.knee).toMatchObject({ rps: expect.any(Number), reason: expect.stringContaining('db'), cost: { monthlyUsd: expect.any(Number) } });
    expect(r.err).toContain('100%');
  }, 30_000);

  it('prints a table with the knee without --json, within --from and --to', async () => {
    const r = await sweep([path, '--seconds', '5', '--steps', '3', '--from', '50', '--to', '800']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/offered req\/s\s+throughput\s+errors/);
    expect(r.out).toMatch(/^\s+50\.0 /m);
    expect(r.out).toMatch(/^\s+800 /m);
    expect(r.out).toMatch(/knee: /);
  }, 30_000);

  it('a design with services: --json gains each service\'s figures and knee, the table a section per service', async () => {
    const split = {
      version: 3, name: 'split',
      nodes: [
        { id: 'readers', kind: 'client', params: { rps: 300, mix: { static: 0, read: 1, write: 0, job: 0 } } },
        { id: 'uploaders', kind: 'client', params: { rps: 100, mix: { static: 0, read: 0, write: 1, job: 0 } }, routes: [{ name: 'upload', type: 'write', share: 1, cost: 5 }] },
        { id: 'lb', kind: 'loadBalancer', params: {}, rules: [{ service: 'pages', types: ['read'], routes: [] }, { service: 'uploads', types: [], routes: ['upload'] }] },
        ...['web-1', 'web-2', 'web-3', 'web-4'].map((id, i) => ({ id, kind: 'web', params: { service: i < 2 ? 'pages' : 'uploads', workers: 8, serviceMs: 10 } })),
      ],
      edges: ['readers', 'uploaders'].map((c) => ({ id: `${c}-lb`, source: c, target: 'lb' }))
        .concat(['web-1', 'web-2', 'web-3', 'web-4'].map((w) => ({ id: `lb-${w}`, source: 'lb', target: w }))),
      sim: { seed: 3, durationS: 60, hopLatencyMs: 0 },
    };
    const file = join(dir, 'split.json');
    writeFileSync(file, JSON.stringify(split));
    const r = await sweep([file, '--seconds', '5', '--steps', '4', '--from', '100', '--to', '4000', '--json']);
    expect(r.code, r.err).toBe(0);
    const json = JSON.parse(r.out);
    for (const p of json.points) {
      expect(Object.keys(p.services).sort()).toEqual(['pages', 'uploads']);
      expect(Object.keys(p.services.pages).sort()).toEqual(['bottleneck', 'cost', 'errorRate', 'latencyMs', 'throughputRps']);
    }
    expect(Object.keys(json.services).sort()).toEqual(['pages', 'uploads']);
    expect(json.services.uploads).toMatchObject({ rps: expect.any(Number), reason: expect.any(String) });
    // --target holds one service to its own targets: pages to a p99 under 1 ms has no knee; the rest is unchanged.
    const held = JSON.parse((await sweep([file, '--seconds', '5', '--steps', '4', '--from', '100', '--to', '4000', '--json', '--target', 'pages:p99=1'])).out);
    expect(held.services.pages).toMatchObject({ rps: null, reason: expect.stringContaining('target under 1 ms') });
    expect(held.services.uploads).toEqual(json.services.uploads);
    expect(held.knee).toEqual(json.knee);
    const text = await sweep([file, '--seconds', '5', '--steps', '4', '--from', '100', '--to', '4000']);
    expect(text.out).toMatch(/^service uploads$/m);
    expect(text.out).toMatch(/^knee of pages: /m);
    // A design without services prints no such section.
    expect((await sweep([path, '--seconds', '5', '--steps', '2'])).out).not.toContain('per service');
  }, 60_000);

  it('refuses bad arguments and a silent design with exit 2 and a reason', async () => {
    expect(parseSweepArgs([path, '--from', '100', '--to', '10'])).toMatchObject({ ok: false, error: expect.stringContaining('must be above') });
    expect(parseSweepArgs([path, '--steps', '1'])).toMatchObject({ ok: false });
    expect((await sweep([path, '--bogus'])).err).toContain('unknown option --bogus');
    expect(parseSweepArgs([path, '--target', 'uploads:p99=2000,errors=5', '--target', 'pages:errors=0.5'])).toMatchObject({
      ok: true, args: { serviceTargets: { uploads: { p99Ms: 2000, errorRate: 0.05 }, pages: { errorRate: 0.005 } } },
    });
    expect(parseSweepArgs([path, '--target', 'photos:p99=1'])).toMatchObject({ ok: false, error: expect.stringContaining('no service "photos"; the services are pages, api') });
    for (const bad of ['uploads', 'uploads:p99=', 'uploads:p99=fast', 'uploads:latency=5', 'uploads:errors=150', 'uploads:p99=0'])
      expect(parseSweepArgs([path, '--target', bad]), bad).toMatchObject({ ok: false, error: expect.stringContaining('--target') });
    expect(parseSweepArgs([path, '--target'])).toMatchObject({ ok: false, error: expect.stringContaining('SERVICE:p99=MS') });
    const silent = join(dir, 'silent.json');
    writeFileSync(silent, JSON.stringify({ ...tandem, nodes: [{ ...tandem.nodes[0], params: { rps: 0 } }, ...tandem.nodes.slice(1)] }));
    const r = await sweep([silent]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('sends no traffic');
    expect((await sweep([join(dir, 'missing.json')])).err).toContain('no such file');
  });

  it('the built CLI runs the loads on worker threads with the numbers of one thread', async () => {
    const args = ['scripts/scale-sim.cjs', 'sweep', path, '--seconds', '5', '--steps', '4', '--json'];
    const threaded = spawnSync('node', [...args, '--threads', '2'], { encoding: 'utf8' });
    expect(threaded.status, threaded.stderr).toBe(0);
    const inline = await sweep([path, '--seconds', '5', '--steps', '4', '--json']);
    expect(JSON.parse(threaded.stdout)).toEqual(JSON.parse(inline.out));
  }, 60_000);
});
