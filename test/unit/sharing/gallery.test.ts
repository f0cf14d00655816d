import { describe, expect, it } from 'vitest';
import { runDesign } from '../../../src/engine';
import { GALLERY } from '../../../src/gallery';
import { serializeDesign } from '../../../src/model';
import { parseDesignJson } from '../../../src/model/decoding';

describe('gallery', () => {
  it('holds every stage solution and the three classic shapes, each described in one line', () => {
    expect(GALLERY.filter((e) => e.group === 'Stage solutions')).toHaveLength(15);
    expect(GALLERY.filter((e) => e.group === 'Classic shapes').map((e) => e.id)).toEqual(['social-feed', 'event-ingestion', 'global-site']);
    for (const entry of GALLERY) {
      expect(entry.description.length, entry.id).toBeGreaterThan(20);
      expect(entry.description, entry.id).not.toContain('\n');
    }
    expect(new Set(GALLERY.map((e) => e.id)).size).toBe(GALLERY.length);
  });

  it.each(GALLERY.filter((e) => e.group === 'Classic shapes').map((e) => [e.id, e] as const))('%s is a valid design that serves its users', (_id, entry) => {
    const parsed = parseDesignJson(serializeDesign(entry.design), entry.id);
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    const r = runDesign(entry.design, { durationS: 20 });
    expect(r.summary.completed).toBeGreaterThan(1000);
    expect(r.summary.errorRate).toBeLessThan(0.05);
    expect(r.summary.errorsByCause.noRoute ?? 0).toBe(0);
    // A showcase that runs at its limit teaches the wrong lesson: no queue-served node is saturated, no replica falls behind.
    for (const [id, n] of Object.entries(r.nodes)) {
      expect(n.utilization, `${entry.id}: ${id}`).toBeLessThan(0.95);
      if (n.replicationLagMs) expect(n.replicationLagMs.p99, `${entry.id}: ${id}'s lag`).toBeLessThan(1000);
    }
  });

  it('the global site: either data center carries the world alone once the other is gone', () => {
    const design = GALLERY.find((e) => e.id === 'global-site')!.design;
    const r = runDesign(design, { durationS: 60, scenario: [{ tS: 5, action: 'kill', target: 'dc-us' }] });
    // Writes fail until the EU replica is promoted (failoverS); after that every request is answered from the EU.
    const after = r.series.filter((p) => p.tS > 25);
    expect(after.length).toBeGreaterThan(30);
    for (const p of after) expect(p.errorRate, `t = ${p.tS} s`).toBe(0);
    for (const id of ['web-1-eu-west', 'web-2-eu-west']) expect(r.nodes[id].utilization).toBeLessThan(0.6);
    expect(r.nodes['db-eu-west'].served).toBeGreaterThan(0);
    // Until then the EU's writes fail at the primary that is down, not at the EU cache: its own
    // store is a replica, and a server wired to a primary does not write through a cache instead.
    expect(Object.keys(r.summary.errorsByCause).sort()).toEqual(['nodeDown', 'sessionLost']);
    expect(r.summary.errorsByCause.nodeDown).toBeGreaterThan(1000);
    expect(r.nodes['db-us-east'].errors).toBeGreaterThan(1000);
    expect(r.nodes['cache-eu-west'].errors).toBe(0);
  });

  it('the social feed’s celebrity keys make one shard hotter than the rest', () => {
    const r = runDesign(GALLERY.find((e) => e.id === 'social-feed')!.design, { durationS: 20 });
    expect(r.shards.router.skew).toBeGreaterThan(1.1);
  });
});
