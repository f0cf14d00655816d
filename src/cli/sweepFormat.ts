/** The table `sim sweep` prints without --json. */
import type { SweepResult } from '../analysis/sweep';

const num = (x: number): string => (x >= 100 ? Math.round(x).toLocaleString('en-US') : x.toFixed(1));

/** One line per load, then the knee and its reason. */
export function formatSweep(name: string, seconds: number, r: SweepResult): string {
  const head = ['offered req/s', 'throughput', 'errors', 'p50 ms', 'p95 ms', 'p99 ms', '$/month', '$/1M answered', 'bottleneck'];
  const rows = r.points.map((p) => [
    num(p.offeredRps), num(p.throughputRps), `${(p.errorRate * 100).toFixed(1)}%`,
    num(p.latencyMs.p50), num(p.latencyMs.p95), num(p.latencyMs.p99),
    Math.round(p.cost.monthlyUsd).toLocaleString('en-US'), p.cost.perMillionAnsweredUsd === null ? '-' : p.cost.perMillionAnsweredUsd.toFixed(2),
    p.bottleneck ? `${p.bottleneck.id} ${p.bottleneck.why === 'errors' ? 'failing' : `${Math.round(p.bottleneck.utilization * 100)}% busy`}` : '-',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === cells.length - 1 ? c : c.padStart(widths[i]))).join('  ');
  const atKnee = r.knee.cost ? `, $${Math.round(r.knee.cost.monthlyUsd).toLocaleString('en-US')}/month, $${r.knee.cost.perMillionRequestsUsd.toFixed(2)} per 1M requests` : '';
  const knee = r.knee.rps === null ? 'none' : `${num(r.knee.rps)} req/s${atKnee}`;
  return [`${name}: ${r.points.length} loads, ${seconds} s simulated each`, '', line(head), ...rows.map(line), '', `knee: ${knee}`, `  ${r.knee.reason}`].join('\n');
}
