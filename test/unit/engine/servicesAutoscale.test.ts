import { describe, expect, it } from 'vitest';
import { runDesign } from '../../../src/engine';
import type { Design, DesignNode } from '../../../src/model';
import { design } from './helpers';

/** Pages first behind the balancer (so a spare is cloned from a pages server), uploads loaded past the autoscale threshold. */
function hotUploads(autoscale = true): Design {
  const d = design([
    { id: 'users', kind: 'client', params: { rps: 200, mix: { static: 0, read: 0.8, write: 0.2, job: 0 } } },
    { id: 'lb', kind: 'loadBalancer', params: { healthCheckS: 1 } },
    { id: 'page-1', kind: 'web', params: { service: 'pages', workers: 8, serviceMs: 10 } },
    { id: 'upload-1', kind: 'web', params: { service: 'uploads', workers: 8, serviceMs: 10, queueLimit: 500 } },
    { id: 'mon', kind: 'monitoring', params: { autoscale, autoscaleMax: 2, bootS: 2 } },
  ], [['users', 'lb'], ['lb', 'page-1'], ['lb', 'upload-1']], { durationS: 40 });
  // 40 writes/s, all uploads, each 30 pages of work: 40 × 300 ms / 8 workers = 1.5, an overloaded upload server.
  (d.nodes[0] as Extract<DesignNode, { kind: 'client' }>).routes = [{ name: 'upload', type: 'write', share: 1, cost: 30 }];
  (d.nodes[1] as Extract<DesignNode, { kind: 'loadBalancer' }>).rules = [{ service: 'pages', types: ['read'], routes: [] }, { service: 'uploads', types: [], routes: ['upload'] }];
  return d;
}

describe('autoscaling per service', () => {
  it('a spare joins the hot service (uploads), not the first server\'s (pages), and takes upload traffic', () => {
    const r = runDesign(hotUploads(), { seed: 2 });
    const started = r.events.filter((e) => e.text.startsWith('autoscale: uploads service behind lb'));
    expect(started.length).toBeGreaterThan(0);
    expect(r.events.some((e) => e.text.startsWith('autoscale: pages service'))).toBe(false);
    const spare = r.nodes['lb+web-1'];
    expect(spare).toBeDefined();
    expect(spare.served).toBeGreaterThan(0);
    // Everything the spare served was an upload: the pages server still took every read.
    const uploads = r.services!.uploads.completed + r.services!.uploads.errors;
    expect(spare.served).toBeLessThanOrEqual(uploads);
    expect(r.nodes['page-1'].served).toBe(r.services!.pages.completed);
  });

  it('scaling the uploads service lowers its p99 against the same run without autoscale', () => {
    const on = runDesign(hotUploads(true), { seed: 2 });
    const off = runDesign(hotUploads(false), { seed: 2 });
    expect(on.services!.uploads.latencyMs.p99).toBeLessThan(off.services!.uploads.latencyMs.p99);
  });
});

describe('cost per service', () => {
  it('each service\'s dollars are its web servers\' (spares that joined it included); a design without services has none', () => {
    const r = runDesign(hotUploads(), { seed: 2 });
    const by = r.cost.byService!;
    expect(Object.keys(by)).toEqual(['pages', 'uploads']);
    expect(by.pages).toBeCloseTo(r.cost.byNode['page-1'], 6);
    expect(by.uploads).toBeCloseTo(r.cost.byNode['upload-1'] + r.cost.byNode['lb+web-1'] + (r.cost.byNode['lb+web-2'] ?? 0), 6);
    const plain = hotUploads();
    for (const n of plain.nodes) if (n.kind === 'web') n.params.service = '';
    delete (plain.nodes[1] as { rules?: unknown }).rules;
    expect(runDesign(plain, { seed: 2 }).cost.byService).toBeUndefined();
  });
});
