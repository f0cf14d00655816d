/**
 * A sized node's saturation throughput follows the Universal Scalability Law: with every worker
 * busy, N vCPUs complete X(N) = N / (1 + σ(N − 1) + κN(N − 1)) requests per service time. A custom
 * pool keeps ideal linear scaling (N per service time), as before sizes existed.
 */
import { describe, expect, it } from 'vitest';
import { createSimulation, advance, report } from '../../../src/engine';
import { type Kind, type UslCoefficients } from '../../../src/model';
import { INSTANCE_FAMILIES } from '../../../src/model/pricing';
import { scalingOf, uslThroughput } from '../../../src/model/sizing';
import { design, READS_ONLY } from './helpers';

const SERVICE_MS = 10;
const sim = { seed: 3, durationS: 14, hopLatencyMs: 0 };
const WARMUP_S = 4;

/** Completed requests per second after the warm-up, with the node flooded at twice what it can do. */
const measuredRps = new Map<string, number>();
function saturatedRps(kind: 'web' | 'database', size: string, workers = 1): number {
  const key = `${kind}/${size}/${workers}`;
  const known = measuredRps.get(key);
  if (known !== undefined) return known;
  const X = 1000 / SERVICE_MS;
  const offered = 2 * X * (size === 'custom' ? workers : 200);
  const users = { id: 'users', kind: 'client', params: { rps: offered, arrival: 'constant', mix: READS_ONLY, giveUpS: 600 } } as const;
  const d = kind === 'web'
    ? design([users, { id: 'x', kind: 'web', params: { size, workers, serviceMs: SERVICE_MS, serviceDist: 'constant', queueLimit: 1_000_000, timeoutMs: 600_000 } }], [['users', 'x']], sim)
    : design([users, { id: 'web', kind: 'web', params: { workers: 1000, serviceMs: 0.1, queueLimit: 1_000_000, timeoutMs: 600_000 } },
      { id: 'x', kind: 'database', params: { size, workers, readMs: SERVICE_MS } }], [['users', 'web'], ['web', 'x']], sim);
  const s = createSimulation(d, { warmupS: WARMUP_S, series: false, sampleK: 1 });
  advance(s, Infinity);
  const rps = report(s).summary.throughputRps;
  measuredRps.set(key, rps);
  return rps;
}

/** Web service times are constant here; a database's are exponential, so its count is noisier (about 2% at 2 vCPU over 10 s). */
const WEB_TOLERANCE = 0.02, DATABASE_TOLERANCE = 0.05;

function uslOf(kind: Kind): UslCoefficients {
  const usl = scalingOf(kind)?.usl;
  if (!usl) throw new Error(`${kind} has no USL coefficients`);
  return usl;
}

const sizes = (family: 'm7i' | 'r7i', names: string[]) => INSTANCE_FAMILIES[family].sizes.filter((s) => names.includes(s.name));

describe('saturation throughput of a sized node is X(N) per service time', () => {
  it.each(sizes('m7i', ['m7i.large', 'm7i.2xlarge', 'm7i.8xlarge', 'm7i.24xlarge']).map((s) => [s.name, s.vcpu] as const))('web on %s (%i vCPU)', (name, vcpu) => {
    const expected = uslThroughput(vcpu, uslOf('web')) * (1000 / SERVICE_MS);
    const measured = saturatedRps('web', name);
    expect(Math.abs(measured - expected) / expected).toBeLessThan(WEB_TOLERANCE);
  });

  it.each(sizes('r7i', ['r7i.large', 'r7i.4xlarge', 'r7i.16xlarge', 'r7i.48xlarge']).map((s) => [s.name, s.vcpu] as const))('database on %s (%i vCPU)', (name, vcpu) => {
    const expected = uslThroughput(vcpu, uslOf('database')) * (1000 / SERVICE_MS);
    const measured = saturatedRps('database', name);
    expect(Math.abs(measured - expected) / expected).toBeLessThan(DATABASE_TOLERANCE);
  });

  it('the database curve turns down past its peak: the largest box does less than a mid-sized one', () => {
    expect(saturatedRps('database', 'r7i.48xlarge')).toBeLessThan(0.9 * saturatedRps('database', 'r7i.16xlarge'));
  });

  it('a custom pool of 32 workers still scales linearly: 32 per service time', () => {
    const measured = saturatedRps('web', 'custom', 32);
    expect(Math.abs(measured - 32 * (1000 / SERVICE_MS)) / (32 * (1000 / SERVICE_MS))).toBeLessThan(WEB_TOLERANCE);
  });

  it('a database scales worse than a stateless web server (σ and κ per kind)', () => {
    const web = uslOf('web');
    const db = uslOf('database');
    expect(uslThroughput(64, db) / 64).toBeLessThan(0.5 * (uslThroughput(64, web) / 64));
  });
});
