/** The table `sim sweep` prints without --json. */
import { serviceCurve, type Bottleneck, type SweepResult } from '../analysis/sweep';

const num = (x: number): string => (x >= 100 ? Math.round(x).toLocaleString('en-US') : x.toFixed(1));
const usd = (x: number): string => Math.round(x).toLocaleString('en-US');
const busy = (b: Bottleneck | null): string => (b ? `${b.id} ${b.why === 'errors' ? 'failing' : `${Math.round(b.utilization * 100)}% busy`}` : '-');

/** Cells right-aligned under their heads, the last column left-aligned. */
function table(head: string[], rows: string[][]): string[] {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === cells.length - 1 ? c : c.padStart(widths[i]))).join('  ');
  return [line(head), ...rows.map(line)];
}

/** Per service: its figures at each load (offered load is the whole design's) and its knee. */
function serviceSections(r: SweepResult): string[] {
  const knees = r.services;
  if (!knees) return [];
  const out: string[] = ['', 'per service (offered load is the whole design\'s; cost: the service\'s own web servers)'];
  for (const [name, knee] of Object.entries(knees)) {
    const rows = serviceCurve(r.points, name).map((p) => [
      num(p.offeredRps), num(p.throughputRps), `${(p.errorRate * 100).toFixed(1)}%`, num(p.latencyMs.p50), num(p.latencyMs.p99),
      p.cost ? usd(p.cost.monthlyUsd) : '-', p.cost?.perMillionAnsweredUsd == null ? '-' : p.cost.perMillionAnsweredUsd.toFixed(2), busy(p.bottleneck),
    ]);
    out.push('', `service ${name}`, ...table(['offered req/s', 'throughput', 'errors', 'p50 ms', 'p99 ms', '$/month', '$/1M answered', 'bottleneck'], rows));
    out.push(`knee of ${name}: ${knee.rps === null ? 'none' : `${num(knee.rps)} req/s`}`, `  ${knee.reason}`);
  }
  return out;
}

/** One line per load, then the knee and its reason; then each service's loads and knee when the design names services. */
export function formatSweep(name: string, seconds: number, r: SweepResult): string {
  const head = ['offered req/s', 'throughput', 'errors', 'p50 ms', 'p95 ms', 'p99 ms', '$/month', '$/1M answered', 'bottleneck'];
  const rows = r.points.map((p) => [
    num(p.offeredRps), num(p.throughputRps), `${(p.errorRate * 100).toFixed(1)}%`,
    num(p.latencyMs.p50), num(p.latencyMs.p95), num(p.latencyMs.p99),
    usd(p.cost.monthlyUsd), p.cost.perMillionAnsweredUsd === null ? '-' : p.cost.perMillionAnsweredUsd.toFixed(2),
    busy(p.bottleneck),
  ]);
  const atKnee = r.knee.cost ? `, $${usd(r.knee.cost.monthlyUsd)}/month, $${r.knee.cost.perMillionRequestsUsd.toFixed(2)} per 1M requests` : '';
  const knee = r.knee.rps === null ? 'none' : `${num(r.knee.rps)} req/s${atKnee}`;
  return [`${name}: ${r.points.length} loads, ${seconds} s simulated each`, '', ...table(head, rows), '', `knee: ${knee}`, `  ${r.knee.reason}`, ...serviceSections(r)].join('\n');
}
