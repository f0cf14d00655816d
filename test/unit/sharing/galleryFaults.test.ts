import { describe, expect, it } from 'vitest';
import { runDesign } from '../../../src/engine';
import { GALLERY } from '../../../src/gallery';
import { flapSurvived, lossSurvived, partitionShared, slowSurvived } from '../../../src/gallery/faultPatterns';
import { serializeDesign, type Design } from '../../../src/model';
import { parseDesignJson } from '../../../src/model/decoding';

const errorRate = (d: Design) => runDesign(d, { series: false }).summary.errorRate;
const entry = (id: string) => GALLERY.find((e) => e.id === id)!.design;

describe('gallery: one design per partial fault, with the pattern that survives it', () => {
  it('has slow, loss, partition and flap, each a valid design carrying its fault', () => {
    const faults = GALLERY.filter((e) => e.group === 'Surviving faults');
    expect(faults.map((e) => e.id)).toEqual(['fault-slow', 'fault-loss', 'fault-partition', 'fault-flap']);
    for (const e of faults) {
      const parsed = parseDesignJson(serializeDesign(e.design), e.id);
      expect(parsed.ok ? [] : parsed.errors, e.id).toEqual([]);
      expect(e.design.scenario.map((f) => f.action), e.id).toContain(e.id.slice('fault-'.length));
    }
  });

  // Each pair: the entry against the same design and fault without the pattern.
  it.each([
    ['slow: least-connections against round-robin', 'fault-slow', () => slowSurvived('round-robin'), 0.001, 0.1],
    ['loss: three retries against none', 'fault-loss', () => lossSurvived(0), 0.002, 0.1],
    ['partition: regions owning their data against writes across the ocean', 'fault-partition', partitionShared, 0.01, 0.05],
    ['flap: 1 s health checks and a retry against 10 s and none', 'fault-flap', () => flapSurvived({ retries: 0, healthCheckS: 10 }), 0.001, 0.05],
  ] as const)('%s', (_name, id, without, maxWith, minWithout) => {
    const [survived, hurt] = [errorRate(entry(id)), errorRate(without())];
    console.info(id, 'error rate with the pattern / without:', survived, hurt);
    expect(survived).toBeLessThan(maxWith);
    expect(hurt).toBeGreaterThan(minWithout);
  });
});
