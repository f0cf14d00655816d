/**
 * Cost in the load sweep: each load carries the run report's cost, the knee carries the cost of
 * the load it names, and on a fixed set of boxes the cost per million requests falls as the load
 * rises (the boxes are paid for whether busy or not) while the monthly bill rises only by use.
 */
import { describe, expect, it } from 'vitest';
import { findKnee, planSweep, runSweep, type SweepPoint } from '../../../src/analysis/sweep';
import { runDesign } from '../../../src/engine';
import { BYTES_PER_GB } from '../../../src/model/cost';
import { HOURS_PER_MONTH, INSTANCE_FAMILIES, USAGE_PRICES } from '../../../src/model/pricing';
import { RESPONSE_BYTES } from '../../../src/model/requestTypes';
import { design, READS_ONLY } from '../engine/helpers';

// One 4-vCPU box, 20 ms a request: about 200 req/s at best.
const oneBox = () => design(
  [
    { id: 'users', kind: 'client', params: { rps: 50, mix: READS_ONLY } },
    { id: 'web', kind: 'web', params: { size: 'm7i.xlarge', serviceMs: 20, queueLimit: 200 } },
  ],
  [['users', 'web']],
  { seed: 3 },
);
const OPTIONS = { fromRps: 20, toRps: 400, steps: 5, seconds: 10 };
const boxMonthly = INSTANCE_FAMILIES.m7i.sizes[1].usdPerHour * HOURS_PER_MONTH;

describe('cost in the load sweep', () => {
  const result = runSweep(oneBox(), OPTIONS);
  const below = result.points.filter((p) => result.knee.rps !== null && p.offeredRps <= result.knee.rps);

  it('gives every load the cost its run report says', () => {
    const plan = planSweep(oneBox(), OPTIONS);
    if (!plan.ok) throw new Error(plan.error);
    const task = plan.tasks[2];
    const report = runDesign(task.design, { seed: task.seed, durationS: task.seconds, warmupS: task.seconds / 10, series: false });
    const { cost } = result.points[2];
    expect(cost).toMatchObject({ monthlyUsd: report.cost.monthlyUsd, perMillionRequestsUsd: report.cost.perMillionRequestsUsd });
    expect(cost.perMillionAnsweredUsd).toBeCloseTo(report.cost.perMillionRequestsUsd * report.summary.requests / report.summary.completed, 5);
  }, 60_000);

  it('spreads the box over more requests as the load rises: cost per million falls up to the knee, the bill rises only by data out', () => {
    expect(below.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < below.length; i++) {
      expect(below[i].cost.perMillionRequestsUsd).toBeLessThan(below[i - 1].cost.perMillionRequestsUsd);
      expect(below[i].cost.monthlyUsd).toBeGreaterThan(below[i - 1].cost.monthlyUsd);
    }
    // Below the knee the bill is the box plus each answered read's 20 kB sent to the internet.
    const egressMonthlyPerRps = (RESPONSE_BYTES.read / BYTES_PER_GB) * USAGE_PRICES.internetEgressGb.usd * 3600 * HOURS_PER_MONTH;
    for (const p of below) expect(p.cost.monthlyUsd / (boxMonthly + egressMonthlyPerRps * p.throughputRps)).toBeCloseTo(1, 1);
  }, 60_000);

  it('past the knee, cost per request sent keeps falling (failures are cheap) but per request answered does not', () => {
    const knee = result.points.find((p) => p.offeredRps === result.knee.rps)!;
    const top = result.points[result.points.length - 1];
    expect(top.errorRate).toBeGreaterThan(0.3);
    expect(top.cost.perMillionRequestsUsd).toBeLessThan(0.7 * knee.cost.perMillionRequestsUsd);
    expect(top.cost.perMillionAnsweredUsd!).toBeGreaterThan(0.9 * knee.cost.perMillionAnsweredUsd!);
  });

  it('names the cost at the knee: the knee load’s own', () => {
    const kneePoint = result.points.find((p) => p.offeredRps === result.knee.rps)!;
    expect(result.knee.cost).toEqual(kneePoint.cost);
  });

  it('has no knee cost when no load met the targets', () => {
    const failing: SweepPoint = { offeredRps: 10, throughputRps: 5, errorRate: 0.5, latencyMs: { p50: 1, p95: 1, p99: 1, mean: 1 }, bottleneck: null, cost: { monthlyUsd: 100, perMillionRequestsUsd: 3, perMillionAnsweredUsd: 6 } };
    expect(findKnee([failing]).cost).toBeNull();
    expect(findKnee([{ ...failing, errorRate: 0 }]).cost).toEqual({ monthlyUsd: 100, perMillionRequestsUsd: 3, perMillionAnsweredUsd: 6 });
  });
});
