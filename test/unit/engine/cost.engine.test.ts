/**
 * The engine's cost meters: reply bytes counted from request sizes where they leave (a CDN or a
 * web server), per-request services billed per request, a hop into another region billed to the
 * data center entered, and instance time billed only while a server runs (autoscaling).
 */
import { describe, expect, it } from 'vitest';
import { runDesign } from '../../../src/engine';
import { makeNode, RESPONSE_BYTES } from '../../../src/model';
import { USAGE_PRICES } from '../../../src/model/pricing';
import { hourlyPriceOf } from '../../../src/model/sizing';
import { BYTES_PER_GB } from '../../../src/model/cost';
import { design, READS_ONLY } from './helpers';

const STATIC_ONLY = { static: 1, read: 0, write: 0, job: 0 };
const DURATION_S = 20;
const HOURS = DURATION_S / 3600;
const perUnit = (u: keyof typeof USAGE_PRICES) => USAGE_PRICES[u].usd / USAGE_PRICES[u].per;
const relErr = (a: number, b: number) => Math.abs(a - b) / Math.max(1e-12, Math.abs(b));

describe('data transfer is counted from request sizes', () => {
  it('a web server answering static files pays internet egress for 100 kB each, on top of its box', () => {
    const d = design([
      { id: 'users', kind: 'client', params: { rps: 100, arrival: 'constant', mix: STATIC_ONLY } },
      { id: 'web', kind: 'web', params: { workers: 8, serviceMs: 5 } },
    ], [['users', 'web']], { durationS: DURATION_S });
    const r = runDesign(d);
    const egressGb = (r.summary.completed * RESPONSE_BYTES.static) / BYTES_PER_GB;
    const expected = hourlyPriceOf(d.nodes[1]) + (egressGb * perUnit('internetEgressGb')) / HOURS;
    expect(relErr(r.cost.byNode.web, expected)).toBeLessThan(1e-4);
    expect(r.cost.hourlyUsd).toBeCloseTo(r.cost.byNode.web, 6);
  });

  it('static files through a CDN leave at the CDN’s rate; the object store bills GETs and storage', () => {
    const d = design([
      { id: 'users', kind: 'client', params: { rps: 100, arrival: 'constant', mix: STATIC_ONLY, keys: { count: 10_000, zipfAlpha: 0.9, hotKeys: 0 } } },
      { id: 'cdn', kind: 'cdn' },
      { id: 'objects', kind: 'objectStore' },
    ], [['users', 'cdn'], ['cdn', 'objects']], { durationS: DURATION_S });
    const r = runDesign(d);
    const cdnUsd = (r.summary.completed * RESPONSE_BYTES.static) / BYTES_PER_GB * perUnit('cdnEgressGb') + r.summary.requests * perUnit('cdnRequests');
    expect(relErr(r.cost.byNode.cdn, cdnUsd / HOURS)).toBeLessThan(1e-4);
    const storedGb = (10_000 * RESPONSE_BYTES.static) / BYTES_PER_GB;
    const objectsPerHour = r.nodes.objects.served * perUnit('objectGets') / HOURS + storedGb * perUnit('objectStorageGbMonth') / 730;
    // GETs are billed as they arrive, `served` counts them as they finish: the few in flight at the end differ.
    expect(relErr(r.cost.byNode.objects, objectsPerHour)).toBeLessThan(0.005);
    // Hits never reach the store: fewer GETs than requests.
    expect(r.nodes.objects.served).toBeLessThan(r.summary.requests);
  });

  it('a page view answered in another region pays for its reply crossing back, billed to that data center', () => {
    const d = design([
      { id: 'users', kind: 'client', params: { rps: 100, arrival: 'constant', region: 'eu-west', mix: READS_ONLY } },
      { id: 'east', kind: 'dataCenter', params: { region: 'us-east' } },
      { id: 'web', kind: 'web', parent: 'east', params: { workers: 16, serviceMs: 5 } },
    ], [['users', 'web']], { durationS: DURATION_S });
    const r = runDesign(d);
    const crossGb = (r.summary.requests * RESPONSE_BYTES.read) / BYTES_PER_GB;
    expect(relErr(r.cost.byNode.east, crossGb * perUnit('crossRegionGb') / HOURS)).toBeLessThan(0.01);
  });

  it('a NoSQL store bills reads and writes per million, at their own prices', () => {
    const d = design([
      { id: 'users', kind: 'client', params: { rps: 200, arrival: 'constant', mix: { static: 0, read: 0.5, write: 0.5, job: 0 } } },
      { id: 'web', kind: 'web', params: { workers: 32, serviceMs: 1 } },
      { id: 'kv', kind: 'nosql' },
    ], [['users', 'web'], ['web', 'kv']], { durationS: DURATION_S });
    const r = runDesign(d);
    const perOp = r.cost.byNode.kv * HOURS / r.nodes.kv.served;
    expect(perOp).toBeGreaterThan(perUnit('nosqlReads'));
    expect(perOp).toBeLessThan(perUnit('nosqlWrites'));
  });
});

describe('autoscaled servers are billed for the time they run', () => {
  it('a spare costs its price times the share of the run it was up, plus its egress; one never started costs nothing', () => {
    const d = design([
      { id: 'users', kind: 'client', params: { rps: 80, profile: 'spike', peakFactor: 6, mix: READS_ONLY } },
      { id: 'lb', kind: 'loadBalancer' },
      { id: 'web-1', kind: 'web', params: { workers: 4, serviceMs: 20 } },
      { id: 'web-2', kind: 'web', params: { workers: 4, serviceMs: 20 } },
      { id: 'mon', kind: 'monitoring', params: { autoscale: true, autoscaleMax: 4 } },
    ], [['users', 'lb'], ['lb', 'web-1'], ['lb', 'web-2']], { durationS: 200 });
    const r = runDesign(d);
    const endMs = r.summary.durationS * 1000;
    const upMs = new Map<string, number>();
    const since = new Map<string, number>();
    for (const e of r.events) {
      const added = /autoscale: added (\S+)/.exec(e.text);
      const stopped = /autoscale: .*stopped (\S+)/.exec(e.text);
      if (added) since.set(added[1], e.tMs);
      if (stopped && since.has(stopped[1])) {
        upMs.set(stopped[1], (upMs.get(stopped[1]) ?? 0) + e.tMs - since.get(stopped[1])!);
        since.delete(stopped[1]);
      }
    }
    for (const [id, t] of since) upMs.set(id, (upMs.get(id) ?? 0) + endMs - t);
    expect(upMs.size).toBeGreaterThanOrEqual(1);
    expect([...upMs.values()].some((ms) => ms < endMs * 0.8)).toBe(true);
    const price = hourlyPriceOf(makeNode('web', 'x', { x: 0, y: 0 }, { workers: 4 }));
    for (const [id, ms] of upMs) {
      const egress = (r.nodes[id].served * RESPONSE_BYTES.read) / BYTES_PER_GB * perUnit('internetEgressGb');
      const expected = (price * ms) / endMs + egress / (endMs / 3_600_000);
      expect(relErr(r.cost.byNode[id], expected)).toBeLessThan(0.02);
    }
    for (let k = 1; k <= 4; k++) if (!upMs.has(`lb+web-${k}`)) expect(r.cost.byNode[`lb+web-${k}`]).toBeUndefined();
  });
});
