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
  });

  it('the social feed’s celebrity keys make one shard hotter than the rest', () => {
    const r = runDesign(GALLERY.find((e) => e.id === 'social-feed')!.design, { durationS: 20 });
    expect(r.shards.router.skew).toBeGreaterThan(1.1);
  });
});
