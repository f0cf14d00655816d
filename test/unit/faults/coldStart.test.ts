/** Autoscaling with a cold start: a server autoscaling adds takes the monitoring's bootS before it takes traffic. */
import { describe, expect, it } from 'vitest';
import { runDesign } from '../../../src/engine';
import { design, READS_ONLY } from '../engine/helpers';

// Two servers serve 400 req/s; 380 keeps them above the 85% alert line, a spike of 3 × 200 overloads them.
const hot = (bootS: number, spike = false) => design(
  [
    { id: 'users', kind: 'client', params: spike ? { rps: 200, profile: 'spike', peakFactor: 3, mix: READS_ONLY } : { rps: 380, mix: READS_ONLY } },
    { id: 'lb', kind: 'loadBalancer' },
    { id: 'web-1', kind: 'web', params: { workers: 4, serviceMs: 20 } },
    { id: 'web-2', kind: 'web', params: { workers: 4, serviceMs: 20 } },
    { id: 'mon', kind: 'monitoring', params: { autoscale: true, autoscaleMax: 3, bootS } },
  ],
  [['users', 'lb'], ['lb', 'web-1'], ['lb', 'web-2']],
  { durationS: 60 },
);

describe('autoscaling cold start (bootS)', () => {
  it.each([1, 5, 20])('a new server takes traffic %i s after autoscaling starts it', (bootS) => {
    const r = runDesign(hot(bootS));
    const started = r.events.find((e) => /autoscale: .* starting lb\+web-1/.test(e.text));
    const added = r.events.find((e) => e.text.startsWith('autoscale: added lb+web-1'));
    expect(started && added).toBeTruthy();
    expect((added!.tMs - started!.tMs) / 1000).toBeCloseTo(bootS, 6);
    expect(started!.text).toContain(`boots in ${bootS} s`);
  });

  it('a longer cold start costs more failures while the tier is overloaded', () => {
    const quick = runDesign(hot(1, true)).summary;
    const slow = runDesign(hot(20, true)).summary;
    expect(slow.errors).toBeGreaterThan(quick.errors);
    expect(slow.latencyMs.p99).toBeGreaterThan(quick.latencyMs.p99);
  });
});
