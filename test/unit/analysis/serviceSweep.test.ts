/**
 * The load sweep read per service: each service's figures at each load add up to the design's,
 * each service has its own knee and bottleneck, and a design without services sweeps as before.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_TARGETS, runSweep, serviceCurve, summarizeSweep } from '../../../src/analysis/sweep';
import { serviceScope } from '../../../src/analysis/serviceSweep';
import type { Design, DesignNode } from '../../../src/model';
import { design, READS_ONLY } from '../engine/helpers';

/**
 * Readers send 300 page views a second to pages (web-1, web-2: 1,600 req/s between them); uploaders
 * send 100 uploads a second, each 5× a page's work, to uploads (web-3, web-4: 320 uploads/s). So
 * uploads saturate at 3.2× the users' rate, pages at 5.3×.
 */
function split(): Design {
  const d = design([
    { id: 'readers', kind: 'client', params: { rps: 300, mix: READS_ONLY } },
    { id: 'uploaders', kind: 'client', params: { rps: 100, mix: { static: 0, read: 0, write: 1, job: 0 } } },
    { id: 'lb', kind: 'loadBalancer', params: {} },
    { id: 'web-1', kind: 'web', params: { service: 'pages', workers: 8, serviceMs: 10 } },
    { id: 'web-2', kind: 'web', params: { service: 'pages', workers: 8, serviceMs: 10 } },
    { id: 'web-3', kind: 'web', params: { service: 'uploads', workers: 8, serviceMs: 10 } },
    { id: 'web-4', kind: 'web', params: { service: 'uploads', workers: 8, serviceMs: 10 } },
  ], [['readers', 'lb'], ['uploaders', 'lb'], ['lb', 'web-1'], ['lb', 'web-2'], ['lb', 'web-3'], ['lb', 'web-4']], { seed: 3 });
  const uploaders = d.nodes.find((n) => n.id === 'uploaders') as DesignNode & { routes?: unknown };
  uploaders.routes = [{ name: 'upload', type: 'write', share: 1, cost: 5 }];
  const lb = d.nodes.find((n) => n.id === 'lb') as DesignNode & { rules?: unknown };
  lb.rules = [{ service: 'pages', types: ['read'], routes: [] }, { service: 'uploads', types: [], routes: ['upload'] }];
  return d;
}

describe('a load sweep per service', () => {
  const result = runSweep(split(), { fromRps: 100, toRps: 4000, steps: 8, seconds: 10 });

  it('gives every load each service\'s figures, and their throughputs add up to the total', () => {
    for (const p of result.points) {
      expect(Object.keys(p.services ?? {}).sort()).toEqual(['pages', 'uploads']);
      const sum = Object.values(p.services!).reduce((acc, s) => acc + s.throughputRps, 0);
      expect(sum, `at ${p.offeredRps} req/s`).toBeCloseTo(p.throughputRps, 0);
      expect(Math.abs(sum - p.throughputRps)).toBeLessThan(0.1);
    }
  });

  it('uploads saturate first: their knee is lower than pages\', and each names its own servers as the bottleneck', () => {
    const knees = result.services!;
    console.info('knee all / pages / uploads (req/s):', result.knee.rps, knees.pages.rps, knees.uploads.rps);
    expect(knees.uploads.rps).not.toBeNull();
    expect(knees.pages.rps).not.toBeNull();
    expect(knees.uploads.rps!).toBeLessThan(knees.pages.rps!);
    // The design's knee is where its first service stops meeting the targets.
    expect(result.knee.rps).toBe(knees.uploads.rps);
    const top = result.points[result.points.length - 1].services!;
    expect(top.uploads.bottleneck?.id).toMatch(/^web-[34]$/);
    expect(top.pages.bottleneck?.id).toMatch(/^web-[12]$/);
    expect(knees.uploads.reason).toMatch(/web-[34]/);
  });

  it('holds each service to its own targets where it has any, the others and the design to the sweep\'s', () => {
    const knees = result.services!;
    // Uploads allowed a p99 of 5 s and 50% failing keep meeting them at loads past their default knee.
    const own = summarizeSweep(result.points, { ...DEFAULT_TARGETS, services: { uploads: { p99Ms: 5000, errorRate: 0.5 }, pages: { p99Ms: 1 } } });
    console.info('uploads knee, default / own targets (req/s):', knees.uploads.rps, own.services!.uploads.rps);
    expect(own.services!.uploads.rps!).toBeGreaterThan(knees.uploads.rps!);
    expect(own.services!.pages).toMatchObject({ rps: null, reason: expect.stringContaining('target under 1 ms') });
    expect(own.knee).toEqual(result.knee);
    // A service's targets that leave a figure out take the design's for it.
    expect(summarizeSweep(result.points, { ...DEFAULT_TARGETS, services: { uploads: {} } }).services).toEqual(knees);
  });

  it('prices each service by its own servers', () => {
    const p = result.points[0].services!;
    expect(p.pages.cost!.monthlyUsd).toBeGreaterThan(0);
    // The balancer is shared: it is in the design's cost, in no service's.
    expect(p.pages.cost!.monthlyUsd + p.uploads.cost!.monthlyUsd).toBeLessThan(result.points[0].cost.monthlyUsd);
    // Pages answer three times as many requests with as many servers: each is cheaper than an upload.
    expect(p.pages.cost!.perMillionAnsweredUsd!).toBeLessThan(p.uploads.cost!.perMillionAnsweredUsd!);
  });

  it('reads a service\'s curve in load order', () => {
    const curve = serviceCurve(result.points, 'uploads');
    expect(curve.map((c) => c.offeredRps)).toEqual(result.points.map((p) => p.offeredRps));
    expect(curve[curve.length - 1].errorRate).toBeGreaterThan(curve[0].errorRate);
  });

  it('scopes a service to the nodes its requests can pass, never another service\'s servers', () => {
    expect([...serviceScope(split(), 'uploads')].sort()).toEqual(['lb', 'readers', 'uploaders', 'web-3', 'web-4']);
    expect(serviceScope(split(), 'pages').has('web-3')).toBe(false);
  });

  it('a design without services sweeps exactly as before: no per-service fields', () => {
    const plain = split();
    for (const n of plain.nodes) {
      if (n.kind === 'web') n.params.service = '';
      delete (n as { rules?: unknown }).rules;
      delete (n as { routes?: unknown }).routes;
    }
    const r = runSweep(plain, { fromRps: 100, toRps: 400, steps: 2, seconds: 5 });
    expect(r.services).toBeUndefined();
    expect(r.points.every((p) => p.services === undefined)).toBe(true);
  });
});
