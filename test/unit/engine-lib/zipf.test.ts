import { describe, expect, it } from 'vitest';
import { createZipfSampler, zipfProbabilities } from '../../../src/engine/lib/zipf';
import { zipfPmf } from '../theory/formulas';
import { mulberry32 } from './prng';

/** Pearson χ² of observed counts against expected probabilities, over bins of ≥ 5 expected. */
function chiSquare(counts: Float64Array, probs: Float64Array, samples: number): { stat: number; dof: number } {
  let stat = 0;
  let dof = -1;
  let pooledCount = 0;
  let pooledExpected = 0;
  for (let i = 0; i < probs.length; i++) {
    pooledCount += counts[i];
    pooledExpected += probs[i] * samples;
    if (pooledExpected >= 5) {
      stat += (pooledCount - pooledExpected) ** 2 / pooledExpected;
      dof++;
      pooledCount = 0;
      pooledExpected = 0;
    }
  }
  return { stat, dof };
}

function histogram(sample: () => number, n: number, samples: number): Float64Array {
  const counts = new Float64Array(n);
  for (let i = 0; i < samples; i++) counts[sample()]++;
  return counts;
}

describe('zipf', () => {
  it('zipfProbabilities sums to 1, decreases, and matches the oracle', () => {
    const p = zipfProbabilities(1000, 0.9);
    expect(p.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
    for (let i = 1; i < p.length; i++) expect(p[i]).toBeLessThan(p[i - 1]);
    const oracle = zipfPmf(1000, 0.9);
    for (let i = 0; i < p.length; i++) expect(p[i]).toBeCloseTo(oracle[i], 14);
    expect(zipfProbabilities(10, 0).every((x) => Math.abs(x - 0.1) < 1e-15)).toBe(true);
  });

  for (const alpha of [0, 0.8, 1, 1.4]) {
    it(`sampler frequencies match the probabilities (α=${alpha}, χ² and max error)`, () => {
      const n = 1000;
      const samples = 1_000_000;
      const probs = zipfProbabilities(n, alpha);
      const counts = histogram(createZipfSampler(n, alpha, mulberry32(5)), n, samples);
      let maxError = 0;
      for (let i = 0; i < n; i++) maxError = Math.max(maxError, Math.abs(counts[i] / samples - probs[i]));
      expect(maxError).toBeLessThan(0.002);
      const { stat, dof } = chiSquare(counts, probs, samples);
      // χ² with `dof` degrees of freedom: mean dof, sd √(2·dof); 5 sd is a false alarm in ~10⁻⁶.
      expect(stat).toBeLessThan(dof + 5 * Math.sqrt(2 * dof));
    });
  }

  it('the analytic tail agrees with the exact distribution', () => {
    for (const alpha of [0.6, 1, 1.3]) {
      const n = 20_000;
      const samples = 1_000_000;
      const probs = zipfProbabilities(n, alpha);
      // An exact table for the first 100 ranks only, so most ranks come from the tail formula.
      const counts = histogram(createZipfSampler(n, alpha, mulberry32(17), 100), n, samples);
      const { stat, dof } = chiSquare(counts, probs, samples);
      expect(stat).toBeLessThan(dof + 5 * Math.sqrt(2 * dof));
      let headCount = 0;
      let headProb = 0;
      for (let i = 0; i < 100; i++) { headCount += counts[i]; headProb += probs[i]; }
      expect(Math.abs(headCount / samples - headProb)).toBeLessThan(0.003);
    }
  });

  it('n = 10,000,000 keeps memory bounded and stays in range', () => {
    const n = 10_000_000;
    const samples = 400_000;
    const sample = createZipfSampler(n, 0.9, mulberry32(3));
    let max = 0;
    let tail = 0;
    let outOfRange = 0;
    for (let i = 0; i < samples; i++) {
      const r = sample();
      if (!Number.isInteger(r) || r < 0 || r >= n) outOfRange++;
      if (r > max) max = r;
      if (r >= 1_000_000) tail++;
    }
    expect(outOfRange).toBe(0);
    // Exact mass of ranks ≥ 10⁶ (about 0.25), summed directly.
    let head = 0;
    let total = 0;
    for (let i = 1; i <= n; i++) { const w = Math.pow(i, -0.9); total += w; if (i <= 1_000_000) head += w; }
    expect(Math.abs(tail / samples - (1 - head / total))).toBeLessThan(0.004);
    expect(max).toBeGreaterThan(9_000_000);
  });

  it('is deterministic given the same uniform source', () => {
    const a = createZipfSampler(5000, 1, mulberry32(42));
    const b = createZipfSampler(5000, 1, mulberry32(42));
    for (let i = 0; i < 10_000; i++) expect(a()).toBe(b());
  });

  it('handles the edges of the uniform range', () => {
    expect(createZipfSampler(10, 1, () => 0)()).toBe(0);
    expect(createZipfSampler(10, 1, () => 1 - 2 ** -53)()).toBe(9);
    expect(createZipfSampler(100, 1, () => 1 - 2 ** -53, 10)()).toBe(99);
    expect(createZipfSampler(1, 1, () => 0.5)()).toBe(0);
  });
  it('samplers of the same key space draw the same ranks, whether their tables are fresh or reused', () => {
    // Tables are kept for the last few (n, α, head) triples: reused ones must hold exactly what a
    // fresh build would, and the key must tell the parameters apart.
    const spaces: [number, number, number?][] = [[1000, 0.8], [1000, 1.4], [500, 0.8], [1000, 0.8, 100], [20_000, 1]];
    const draws = (n: number, alpha: number, head?: number) => {
      const sample = createZipfSampler(n, alpha, mulberry32(9), head);
      return Array.from({ length: 2000 }, sample);
    };
    const first = spaces.map(([n, alpha, head]) => draws(n, alpha, head));
    // Made again in reverse order, so some tables are reused and the rest were dropped and rebuilt.
    const again = [...spaces].reverse().map(([n, alpha, head]) => draws(n, alpha, head)).reverse();
    expect(again).toEqual(first);
    expect(first[1]).not.toEqual(first[0]); // α is part of the key
    expect(Math.max(...first[2])).toBeLessThan(500); // so is n
  });
});
