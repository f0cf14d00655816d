/** A balancer's token bucket admits min(λ, rate) over a long run and refuses the rest as rateLimited (429). */
import { describe, expect, it } from 'vitest';
import { runDesign } from '../../../src/engine';
import { design, READS_ONLY } from '../engine/helpers';

const limited = (rps: number, rateLimitRps: number, burst: number, durationS = 200) => design(
  [
    { id: 'users', kind: 'client', params: { rps, mix: READS_ONLY } },
    { id: 'lb', kind: 'loadBalancer', params: { rateLimitRps, burst } },
    { id: 'web', kind: 'web', params: { workers: 64, serviceMs: 1 } },
  ],
  [['users', 'lb'], ['lb', 'web']],
  { durationS, hopLatencyMs: 0, seed: 3 },
);

describe('rate limit (token bucket on the load balancer)', () => {
  it.each([
    [500, 200, 20],
    [100, 200, 50],
    [300, 300, 100],
  ])('offered %i req/s, limit %i req/s, burst %i: admits min(λ, rate)', (rps, rate, burst) => {
    const r = runDesign(limited(rps, rate, burst), { series: false });
    const admitted = r.nodes.web.served / r.summary.durationS;
    const expected = Math.min(rps, rate);
    // At λ = rate Poisson bursts overflow a bucket now and then, so that case gets a little more room.
    expect(Math.abs(admitted - expected) / expected).toBeLessThan(rps === rate ? 0.05 : 0.02);
    expect(r.summary.errorsByCause.rateLimited ?? 0).toBe(r.summary.errors);
    // Every request is refused or served, but for the few still in flight when the run ends.
    expect(r.summary.requests - r.summary.errors - r.nodes.web.served).toBeLessThan(5);
  });

  it('lets a burst through at once, then holds to the rate; the series counts refusals', () => {
    const d = limited(1000, 100, 300, 10);
    const users = d.nodes[0];
    if (users.kind === 'client') users.params.arrival = 'constant';
    const series = runDesign(d).series;
    // Second 1: the 300-token bucket plus 100 refilled; later seconds: 100 admitted, 900 refused.
    expect(series[0].throughputRps).toBeGreaterThan(390);
    expect(series[5].throughputRps).toBeCloseTo(100, -1);
    expect(series[5].rateLimitedRps).toBeCloseTo(900, -1);
  });

  it('is off at 0, the default: nothing refused', () => {
    const r = runDesign(limited(500, 0, 100, 20), { series: false });
    expect(r.summary.errors).toBe(0);
  });
});
