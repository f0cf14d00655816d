import { describe, expect, it } from 'vitest';
import { runDesign } from '../../../src/engine';
import type { Design, DesignNode } from '../../../src/model';
import { design } from './helpers';

/**
 * Users (80% reads, 20% writes; half the writes are uploads costing 20× a page) → one balancer →
 * two page servers, one upload server and one shared server.
 */
function split(rps = 200): Design {
  const d = design([
    { id: 'users', kind: 'client', params: { rps, mix: { static: 0, read: 0.8, write: 0.2, job: 0 } } },
    { id: 'lb', kind: 'loadBalancer', params: { healthCheckS: 0.5 } },
    { id: 'page-1', kind: 'web', params: { service: 'pages', workers: 8, serviceMs: 10 } },
    { id: 'page-2', kind: 'web', params: { service: 'pages', workers: 8, serviceMs: 10 } },
    { id: 'upload-1', kind: 'web', params: { service: 'uploads', workers: 16, serviceMs: 10 } },
    { id: 'shared', kind: 'web', params: { workers: 8, serviceMs: 10 } },
  ], [['users', 'lb'], ['lb', 'page-1'], ['lb', 'page-2'], ['lb', 'upload-1'], ['lb', 'shared']], { durationS: 30 });
  (d.nodes[0] as Extract<DesignNode, { kind: 'client' }>).routes = [{ name: 'upload', type: 'write', share: 0.5, cost: 20 }];
  (d.nodes[1] as Extract<DesignNode, { kind: 'loadBalancer' }>).rules = [{ service: 'pages', types: ['read'], routes: [] }, { service: 'uploads', types: [], routes: ['upload'] }];
  return d;
}

describe('the engine routes by service', () => {
  it('each server takes only its service\'s share: reads to pages, the upload route to uploads, other writes to the shared pool', () => {
    const r = runDesign(split(), { seed: 3 });
    const served = (id: string) => r.nodes[id].served;
    const total = served('page-1') + served('page-2') + served('upload-1') + served('shared');
    expect(total).toBe(r.summary.completed);
    expect((served('page-1') + served('page-2')) / total).toBeCloseTo(0.8, 1);
    expect(served('upload-1') / total).toBeCloseTo(0.1, 1);
    expect(served('shared') / total).toBeCloseTo(0.1, 1);
    // Round robin inside the service: the two page servers split its reads evenly.
    expect(Math.abs(served('page-1') - served('page-2'))).toBeLessThanOrEqual(1);
  });

  it('a route\'s cost multiplies the service time at the web server (utilisation = λ·cost·S / c)', () => {
    const r = runDesign(split(), { seed: 3 });
    // 200 req/s × 10% on the route × 20 × 10 ms over 16 workers = 0.25.
    expect(r.nodes['upload-1'].utilization).toBeGreaterThan(0.22);
    expect(r.nodes['upload-1'].utilization).toBeLessThan(0.28);
    // The shared pool's writes cost one page each: 200 × 10% × 10 ms / 8 = 0.025.
    expect(r.nodes.shared.utilization).toBeLessThan(0.04);
  });

  it('per-service figures add up to the totals, over the run and in every second', () => {
    const r = runDesign(split(), { seed: 5 });
    const services = r.services!;
    expect(Object.keys(services)).toEqual(['pages', 'uploads', '(none)']);
    const sum = (f: (s: (typeof services)[string]) => number) => Object.values(services).reduce((a, s) => a + f(s), 0);
    expect(sum((s) => s.completed)).toBe(r.summary.completed);
    expect(sum((s) => s.errors)).toBe(r.summary.errors);
    expect(sum((s) => s.throughputRps)).toBeCloseTo(r.summary.throughputRps, 1);
    for (const p of r.series) {
      const per = Object.values(p.services ?? {});
      expect(per.reduce((a, s) => a + s.throughputRps, 0)).toBeCloseTo(p.throughputRps, 1);
      expect(per.reduce((a, s) => a + s.errors, 0)).toBe(p.errors);
    }
    // Uploads cost 20×: their latency is their own, not the pages'.
    expect(services.uploads.latencyMs.p50).toBeGreaterThan(10 * services.pages.latencyMs.p50);
  });

  it('killing the only upload server fails uploads only (after the health check), not pages', () => {
    const d = split();
    d.scenario = [{ tS: 5, action: 'kill', target: 'upload-1' }];
    const r = runDesign(d, { seed: 7 });
    expect(r.services!.pages.errors).toBe(0);
    expect(r.services!.uploads.errors).toBeGreaterThan(0.1 * 0.2 * 200 * 20);
    const late = r.series.filter((p) => p.tS > 7);
    expect(late.every((p) => (p.services?.uploads?.errorRate ?? 1) === 1)).toBe(true);
    expect(late.every((p) => (p.services?.pages?.errorRate ?? 1) === 0)).toBe(true);
  });

  it('a design without services reports none, and its run is the same as before', () => {
    const d = split();
    for (const n of d.nodes) if (n.kind === 'web') n.params.service = '';
    delete (d.nodes[0] as Extract<DesignNode, { kind: 'client' }>).routes;
    delete (d.nodes[1] as Extract<DesignNode, { kind: 'loadBalancer' }>).rules;
    const r = runDesign(d, { seed: 3 });
    expect(r.services).toBeUndefined();
    expect(r.series.every((p) => p.services === undefined)).toBe(true);
    // Round robin over all four servers.
    const counts = ['page-1', 'page-2', 'upload-1', 'shared'].map((id) => r.nodes[id].served);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
  });
});
