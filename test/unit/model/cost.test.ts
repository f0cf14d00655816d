/** The price table's shape, and the pure cost model: rates from usage, additive by node. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FAMILY_SIZES, KIND_SPECS, KINDS, makeNode, sizeNamesOf, vcpusOfSize, type FamilyName } from '../../../src/model';
import { FLAT_HOURLY, HOURS_PER_MONTH, INSTANCE_FAMILIES, USAGE_PRICES } from '../../../src/model/pricing';
import { hourlyPriceOf, pricedSize, scalingOf, sizesOf } from '../../../src/model/sizing';
import { costOf, nodeUsd, USAGE_UNITS, usageUsd, type NodeUsage } from '../../../src/model/cost';

describe('the price table', () => {
  it('lists each family smallest first, from 2 to 192 vCPU for the Intel families, every price with a source and a date', () => {
    for (const family of Object.values(INSTANCE_FAMILIES)) {
      expect(family.source.url).toMatch(/^https:\/\//);
      expect(family.source.recorded).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const vcpus = family.sizes.map((s) => s.vcpu);
      expect(vcpus).toEqual([...vcpus].sort((a, b) => a - b));
      for (let i = 1; i < family.sizes.length; i++) expect(family.sizes[i].usdPerHour).toBeGreaterThan(family.sizes[i - 1].usdPerHour);
    }
    for (const f of [INSTANCE_FAMILIES.m7i, INSTANCE_FAMILIES.r7i]) {
      expect(f.sizes[0].vcpu).toBe(2);
      expect(f.sizes[f.sizes.length - 1].vcpu).toBe(192);
    }
    for (const p of [...Object.values(USAGE_PRICES), ...Object.values(FLAT_HOURLY)]) {
      expect(p!.source.url).toMatch(/^https:\/\//);
      expect(p!.source.recorded).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('names sizes so their vCPUs can be read off the name (the node faces show them without the table)', () => {
    for (const family of Object.values(INSTANCE_FAMILIES)) for (const size of family.sizes) expect(vcpusOfSize(size.name), size.name).toBe(size.vcpu);
    expect(vcpusOfSize('custom')).toBeNull();
  });

  it('shows a sized node’s pool on its face: one worker per vCPU, as the engine runs it', () => {
    expect(KIND_SPECS.web.face({ ...makeNode('web', 'w', { x: 0, y: 0 }, { size: 'm7i.48xlarge', workers: 8 }).params })).toBe('192 workers · 20 ms');
    expect(KIND_SPECS.web.face({ ...makeNode('web', 'w', { x: 0, y: 0 }, { workers: 8 }).params })).toBe('8 workers · 20 ms');
    expect(KIND_SPECS.database.face({ ...makeNode('database', 'd', { x: 0, y: 0 }, { size: 'r7i.2xlarge' }).params })).toMatch(/· 8 conns$/);
  });

  it('gives a size to web servers, databases, caches, session stores and workers, and to nothing else', () => {
    expect(KINDS.filter((k) => scalingOf(k) !== undefined).sort()).toEqual(['cache', 'database', 'sessionStore', 'web', 'worker']);
  });
});

describe('a node’s price per hour', () => {
  it('is its chosen size’s list price', () => {
    expect(hourlyPriceOf(makeNode('web', 'w', { x: 0, y: 0 }, { size: 'm7i.4xlarge' }))).toBe(0.8064);
    expect(hourlyPriceOf(makeNode('database', 'd', { x: 0, y: 0 }, { size: 'r7i.48xlarge' }))).toBe(12.7008);
  });

  it('prices a custom pool at the smallest size with that many vCPUs, and beyond the largest by the vCPU', () => {
    const web = (workers: number) => makeNode('web', 'w', { x: 0, y: 0 }, { workers });
    expect(hourlyPriceOf(web(8))).toBe(0.4032);
    expect(pricedSize(web(8))?.name).toBe('m7i.2xlarge');
    expect(hourlyPriceOf(web(9))).toBe(0.8064);
    expect(hourlyPriceOf(web(384))).toBeCloseTo(2 * 9.6768, 10);
  });

  it('prices a custom cache by the memory its keys need', () => {
    expect(pricedSize(makeNode('cache', 'c', { x: 0, y: 0 }, { capacityKeys: 1000 }))?.name).toBe('r7i.large');
    expect(pricedSize(makeNode('cache', 'c', { x: 0, y: 0 }, { capacityKeys: 10_000_000 }))?.name).toBe('r7i.8xlarge');
  });

  it('is flat for a balancer and nothing for users or a data center', () => {
    expect(hourlyPriceOf(makeNode('loadBalancer', 'lb', { x: 0, y: 0 }))).toBe(FLAT_HOURLY.loadBalancer!.usdPerHour);
    expect(hourlyPriceOf(makeNode('client', 'u', { x: 0, y: 0 }))).toBe(0);
    expect(hourlyPriceOf(makeNode('dataCenter', 'dc', { x: 0, y: 0 }))).toBe(0);
    expect(sizesOf('loadBalancer')).toEqual([]);
  });
});

const usageArb: fc.Arbitrary<NodeUsage[]> = fc.uniqueArray(
  fc.record({
    id: fc.stringMatching(/^[a-z]{1,6}$/),
    instanceUsd: fc.double({ min: 0, max: 1000, noNaN: true }),
    units: fc.dictionary(fc.constantFrom(...USAGE_UNITS), fc.double({ min: 0, max: 1e7, noNaN: true })),
  }),
  { selector: (u) => u.id, maxLength: 30 },
);

/**
 * The gap between two dollar figures, less what a double cannot hold at that size: at 8e11 dollars
 * (a generated 1e7 GB an hour for 0.001 h) the last representable step is already 1.2e-4.
 */
const gap = (a: number, b: number): number => Math.max(0, Math.abs(a - b) - 1e-13 * Math.max(Math.abs(a), Math.abs(b)));

describe('costOf', () => {
  it('adds up: byNode sums to hourlyUsd, a month is 730 hours, per million requests is total over requests', () => {
    fc.assert(fc.property(usageArb, fc.double({ min: 0.001, max: 100, noNaN: true }), fc.integer({ min: 1, max: 1e9 }), (usage, hours, requests) => {
      const c = costOf(usage, hours, requests);
      const sum = Object.values(c.byNode).reduce((a, b) => a + b, 0);
      expect(gap(sum, c.hourlyUsd)).toBeLessThan(1e-6);
      expect(gap(c.monthlyUsd, c.hourlyUsd * HOURS_PER_MONTH)).toBeLessThan(1e-4);
      const total = usage.reduce((a, u) => a + nodeUsd(u), 0);
      // Rounded to the millionth of a dollar, so the gap is 5e-7 at most, plus the double's own precision.
      expect(gap(c.perMillionRequestsUsd, (total / requests) * 1e6)).toBeLessThanOrEqual(5e-7);
      expect(Object.keys(c.byNode).sort()).toEqual(usage.map((u) => u.id).sort());
    }), { numRuns: 200 });
  });

  it('bills use at the table’s prices: a gigabyte through the CDN, a million NoSQL writes', () => {
    expect(usageUsd('cdnEgressGb', 1)).toBe(0.085);
    expect(usageUsd('nosqlWrites', 1_000_000)).toBeCloseTo(0.625, 12);
    const c = costOf([{ id: 'cdn', instanceUsd: 0, units: { cdnEgressGb: 10, cdnRequests: 20_000 } }], 2, 20_000);
    expect(c.byNode.cdn).toBeCloseTo((10 * 0.085 + 2 * 0.01) / 2, 6);
  });

  it('reports zero rates before any time has passed, and zero per million with no requests', () => {
    const c = costOf([{ id: 'web', instanceUsd: 0, units: {} }], 0, 0);
    expect(c).toEqual({ hourlyUsd: 0, monthlyUsd: 0, perMillionRequestsUsd: 0, byNode: { web: 0 } });
  });
});

describe('the size names and the price table agree', () => {
  it('every size a kind offers has a price row, and every row is a size some family offers', () => {
    for (const family of Object.keys(FAMILY_SIZES) as FamilyName[]) {
      expect(INSTANCE_FAMILIES[family].sizes.map((s) => s.name)).toEqual(sizeNamesOf(family));
    }
    for (const kind of KINDS) {
      const spec = (KIND_SPECS[kind].params as Record<string, { type: string; options?: readonly string[] }>).size;
      if (spec) expect(spec.options?.slice(1)).toEqual(sizesOf(kind).map((s) => s.name));
    }
  });
});
