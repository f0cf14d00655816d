/** The readable summary the CLI prints without --json. */
import type { RunReport } from '../engine';

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const ms = (x: number): string => `${x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : Math.round(x)} ms`;

/** A plain-text report for people: summary, nodes, shards, SPOFs, and the event log. */
export function formatReport(name: string, r: RunReport): string {
  const s = r.summary;
  const lines: string[] = [];
  lines.push(`${name}: ${s.durationS} s simulated`);
  if (s.sampleK > 1) lines.push(`  sampled    each simulated request stands for ${s.sampleK} real ones; counts and rates below are real`);
  lines.push(`  requests   ${s.requests}   completed ${s.completed}   errors ${s.errors} (${pct(s.errorRate)})`);
  lines.push(`  throughput ${s.throughputRps.toFixed(1)} req/s`);
  lines.push(`  latency    mean ${ms(s.latencyMs.mean)}   p50 ${ms(s.latencyMs.p50)}   p95 ${ms(s.latencyMs.p95)}   p99 ${ms(s.latencyMs.p99)}`);
  const causes = Object.entries(s.errorsByCause).map(([c, n]) => `${c} ${n}`).join(', ');
  if (causes) lines.push(`  errors by cause: ${causes}`);
  if (s.cacheHitRatio !== null) lines.push(`  cache hit ratio ${pct(s.cacheHitRatio)}`);
  if (s.cdnHitRatio !== null) lines.push(`  CDN hit ratio ${pct(s.cdnHitRatio)}`);
  const extras = [['stale reads', s.staleReads], ['read-your-writes violations', s.readYourWritesViolations], ['lost writes', s.lostWrites], ['session misses', s.sessionMisses]]
    .filter(([, n]) => (n as number) > 0).map(([k, n]) => `${k} ${n}`);
  if (extras.length) lines.push(`  ${extras.join(', ')}`);
  lines.push('', 'nodes:');
  const width = Math.max(4, ...Object.keys(r.nodes).map((id) => id.length));
  for (const [id, n] of Object.entries(r.nodes)) {
    const parts = [`${n.kind.padEnd(12)}`, `util ${pct(n.utilization).padStart(6)}`, `queue ${n.queueLengthMean.toFixed(2).padStart(7)}`, `served ${String(n.served).padStart(8)}`, `errors ${n.errors}`];
    if (n.hitRatio !== undefined) parts.push(`hit ${pct(n.hitRatio)}`);
    if (n.replicationLagMs) parts.push(`lag mean ${ms(n.replicationLagMs.mean)} p99 ${ms(n.replicationLagMs.p99)}`);
    if (n.down) parts.push('DOWN');
    lines.push(`  ${id.padEnd(width)}  ${parts.join('  ')}`);
  }
  for (const [id, sh] of Object.entries(r.shards)) {
    const shares = Object.entries(sh.loadShare).map(([k, v]) => `${k} ${pct(v)}`).join(', ');
    lines.push('', `shards of ${id}: ${shares}; skew ${sh.skew.toFixed(2)}; a new shard would move ${pct(sh.keysMovedOnAdd ?? 0)} of keys`);
  }
  lines.push('', r.spof.length ? 'single points of failure:' : 'no single point of failure');
  for (const f of r.spof) lines.push(`  ${f.id}: ${f.reason}`);
  if (r.events.length) {
    lines.push('', 'events:');
    const shown = r.events.slice(0, 60);
    for (const e of shown) lines.push(`  ${(e.tMs / 1000).toFixed(1).padStart(7)} s  ${e.text}`);
    if (r.events.length > shown.length) lines.push(`  … and ${r.events.length - shown.length} more`);
  }
  return lines.join('\n');
}
