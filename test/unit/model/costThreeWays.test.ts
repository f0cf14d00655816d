import { describe, expect, it } from 'vitest';
import { runDesign } from '../../../src/engine';
import { GALLERY, THREE_WAYS_RUN_S } from '../../../src/gallery';
import { serializeDesign } from '../../../src/model';
import { parseDesignJson } from '../../../src/model/decoding';
import { designRateRps } from '../../../src/analysis/sweepPlan';

const set = GALLERY.filter((e) => e.group === 'Same load, three ways');
// As the gallery's cards run them: the design's seed, THREE_WAYS_RUN_S simulated seconds.
const runs = set.map((e) => ({ id: e.id, r: runDesign(e.design, { seed: e.design.sim.seed, durationS: THREE_WAYS_RUN_S, series: false }) }));
const byId = Object.fromEntries(runs.map(({ id, r }) => [id, r]));
const [up, out, cached] = ['three-ways-up', 'three-ways-out', 'three-ways-cached'].map((id) => byId[id]);

describe('the gallery’s "same load, three ways"', () => {
  it('is three valid designs offering the same load, each serving it without errors', () => {
    expect(set.map((e) => e.id)).toEqual(['three-ways-up', 'three-ways-out', 'three-ways-cached']);
    for (const e of set) {
      const parsed = parseDesignJson(serializeDesign(e.design), e.id);
      expect(parsed.ok ? [] : parsed.errors, e.id).toEqual([]);
      expect(designRateRps(e.design), e.id).toBe(1000);
    }
    for (const { id, r } of runs) {
      expect(r.summary.errorRate, id).toBe(0);
      expect(r.summary.throughputRps, id).toBeGreaterThan(950);
    }
  });

  it('holds the lesson the cards claim: scaling up costs the most and is the slowest, a cache and a CDN the least', () => {
    // Cost falls from one shape to the next, a month and per request alike.
    expect(up.cost.monthlyUsd).toBeGreaterThan(out.cost.monthlyUsd);
    expect(out.cost.monthlyUsd).toBeGreaterThan(cached.cost.monthlyUsd);
    expect(up.cost.perMillionRequestsUsd).toBeGreaterThan(out.cost.perMillionRequestsUsd);
    expect(out.cost.perMillionRequestsUsd).toBeGreaterThan(cached.cost.perMillionRequestsUsd);
    // The huge box is clearly the slowest: past 64 vCPUs each request is stretched by the USL.
    expect(up.summary.latencyMs.p99).toBeGreaterThan(1.2 * out.summary.latencyMs.p99);
    expect(cached.summary.latencyMs.p99).toBeLessThan(out.summary.latencyMs.p99);
    // The CDN and the cache do the work the card says they do.
    expect(cached.summary.cdnHitRatio).toBeGreaterThan(0.5);
    expect(cached.summary.cacheHitRatio).toBeGreaterThan(0.5);
    expect(cached.nodes.db.served).toBeLessThan(out.nodes.db.served / 2);
    // Half the database, no busier than the full-sized one of the shape without a cache.
    expect(cached.nodes.db.utilization).toBeLessThan(1.2 * out.nodes.db.utilization);
  });

  it('pays for data out in every shape: the CDN’s transfer is its largest item, a web server’s egress more than its box', () => {
    expect(cached.cost.byNode.cdn).toBeGreaterThan(Math.max(...Object.entries(cached.cost.byNode).filter(([id]) => id !== 'cdn').map(([, v]) => v)));
    // A 16-vCPU box is $0.81 an hour; each of the eight also pays for the bytes it sends.
    expect(out.cost.byNode['web-1']).toBeGreaterThan(2 * 0.8064);
  });
});
