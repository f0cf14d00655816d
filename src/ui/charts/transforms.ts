/**
 * Pure transforms from engine series points to chart rows, one per panel. Each returns null when
 * the design has nothing for that panel (no cache, no replica…), so the panel can say so.
 */
import { NO_SERVICE, ownEntry } from '../../model';
import type { SeriesPoint } from '../../engine/api';
import { colorAt, dashAt } from './palette';
import type { ChartRow, ChartSeries, NameContext, PanelData } from './panelTypes';

/** Nodes shown in the utilisation and queue panels. */
const TOP_NODES = 5;

const series = (index: number, name: string, axis: 'left' | 'right' = 'left'): ChartSeries =>
  ({ key: `s${index}`, name, color: colorAt(index), dash: dashAt(index), axis });

const pct = (ratio: number | null): number | null => (ratio === null ? null : ratio * 100);
const round = (value: number, digits = 2): number => Number(value.toFixed(digits));

export function throughputData(points: readonly SeriesPoint[]): PanelData | null {
  if (points.length === 0) return null;
  return {
    series: [series(0, 'throughput (rps)'), series(3, 'errors (%)', 'right')],
    rows: points.map((p) => ({ tS: p.tS, s0: p.throughputRps, s3: p.errorRate * 100 })),
  };
}

export function latencyData(points: readonly SeriesPoint[]): PanelData | null {
  if (points.length === 0) return null;
  return {
    series: [series(0, 'p50'), series(1, 'p95'), series(3, 'p99')],
    rows: points.map((p) => ({ tS: p.tS, s0: p.p50Ms, s1: p.p95Ms, s3: p.p99Ms })),
  };
}

export function hitRatioData(points: readonly SeriesPoint[]): PanelData | null {
  const hasCache = points.some((p) => p.cacheHitRatio !== null);
  const hasCdn = points.some((p) => p.cdnHitRatio !== null);
  if (!hasCache && !hasCdn) return null;
  const shown: ChartSeries[] = [];
  if (hasCache) shown.push(series(2, 'cache hits'));
  if (hasCdn) shown.push(series(4, 'CDN hits'));
  return { series: shown, rows: points.map((p) => ({ tS: p.tS, s2: pct(p.cacheHitRatio), s4: pct(p.cdnHitRatio) })) };
}

export function replicaData(points: readonly SeriesPoint[]): PanelData | null {
  if (!points.some((p) => p.replicaLagMs !== null)) return null;
  return {
    series: [series(0, 'replica lag (ms)'), series(3, 'stale reads', 'right')],
    rows: points.map((p) => ({ tS: p.tS, s0: p.replicaLagMs, s3: p.staleReads })),
  };
}

/** Shard load as a share (%) per shard, and the skew (largest load over the mean) over the window. */
export function shardData(points: readonly SeriesPoint[], names: NameContext): PanelData | null {
  const shards: Array<{ router: string; shard: string }> = [];
  const seen = new Set<string>();
  for (const p of points) {
    for (const [router, load] of Object.entries(p.shardLoad)) {
      for (const shard of Object.keys(load)) {
        const id = `${router}\u0000${shard}`;
        if (!seen.has(id)) { seen.add(id); shards.push({ router, shard }); }
      }
    }
  }
  if (shards.length === 0) return null;
  const routers = [...new Set(shards.map((s) => s.router))];
  const nameOf = (id: string): string => ownEntry(names.shardNames, id) ?? ownEntry(names.nodeNames, id) ?? id;
  const shown = shards.map((s, i) =>
    series(i, routers.length > 1 ? `${nameOf(s.router)} · ${nameOf(s.shard)}` : nameOf(s.shard)));
  const rows = points.map((p) => {
    const row: ChartRow = { tS: p.tS };
    shards.forEach((s, i) => { row[`s${i}`] = pct(p.shardLoad[s.router]?.[s.shard] ?? null); });
    return row;
  });
  const notes = routers.map((router) => {
    const totals = shards.filter((s) => s.router === router)
      .map((s) => points.reduce((sum, p) => sum + (p.shardLoad[router]?.[s.shard] ?? 0), 0));
    const mean = totals.reduce((a, b) => a + b, 0) / totals.length;
    const skew = mean > 0 ? Math.max(...totals) / mean : 1;
    return `${routers.length > 1 ? `${nameOf(router)}: ` : ''}skew ${round(skew)} (max/mean; 1 is even)`;
  });
  return { series: shown, rows, note: notes.join(' · ') };
}

/** The ids with the largest mean of `metric` over the window, in design order so colours stay put. */
function topNodes(points: readonly SeriesPoint[], names: NameContext, metric: 'utilization' | 'queueLength'): string[] {
  const totals = new Map<string, number>();
  for (const p of points) {
    for (const [id, live] of Object.entries(p.nodes)) totals.set(id, (totals.get(id) ?? 0) + live[metric]);
  }
  const order = Object.keys(names.nodeNames);
  const rank = (id: string): number => { const i = order.indexOf(id); return i < 0 ? order.length : i; };
  return [...totals.entries()]
    .filter(([, total]) => total > 0)
    .sort((a, b) => b[1] - a[1] || rank(a[0]) - rank(b[0]))
    .slice(0, TOP_NODES)
    .map(([id]) => id)
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

export function utilizationData(points: readonly SeriesPoint[], names: NameContext): PanelData | null {
  const ids = topNodes(points, names, 'utilization');
  if (ids.length === 0) return null;
  return {
    series: ids.map((id, i) => series(i, ownEntry(names.nodeNames, id) ?? id)),
    rows: points.map((p) => {
      const row: ChartRow = { tS: p.tS };
      ids.forEach((id, i) => { row[`s${i}`] = pct(p.nodes[id]?.utilization ?? null); });
      return row;
    }),
  };
}

/** Messages in queues, plus the requests waiting at the busiest nodes. */
export function queueData(points: readonly SeriesPoint[], names: NameContext): PanelData | null {
  const ids = topNodes(points, names, 'queueLength').slice(0, TOP_NODES - 1);
  const hasMessages = points.some((p) => p.queueDepth > 0);
  if (!hasMessages && ids.length === 0) return null;
  const shown = ids.map((id, i) => series(i + 1, `waiting at ${ownEntry(names.nodeNames, id) ?? id}`));
  if (hasMessages) shown.unshift(series(0, 'messages in queues'));
  return {
    series: shown,
    rows: points.map((p) => {
      const row: ChartRow = { tS: p.tS, s0: hasMessages ? p.queueDepth : null };
      ids.forEach((id, i) => { row[`s${i + 1}`] = p.nodes[id]?.queueLength ?? null; });
      return row;
    }),
  };
}

/** Users' retries and rate-limit refusals per second, and open circuit breakers: the load a failing tier draws, and what is shed. */
export function retryData(points: readonly SeriesPoint[]): PanelData | null {
  const hasRetries = points.some((p) => (p.retriesRps ?? 0) > 0);
  const hasRefusals = points.some((p) => (p.rateLimitedRps ?? 0) > 0);
  const hasBreakers = points.some((p) => (p.breakersOpen ?? 0) > 0);
  if (!hasRetries && !hasRefusals && !hasBreakers) return null;
  return {
    series: [series(0, 'retries'), series(1, 'refused by rate limit (429)'), series(2, 'open circuit breakers', 'right')],
    rows: points.map((p) => ({ tS: p.tS, s0: p.retriesRps ?? 0, s1: p.rateLimitedRps ?? 0, s2: p.breakersOpen ?? 0 })),
  };
}

/** The services the points name (docs/services.md), in the order they first appear; "(none)" last. */
function servicesIn(points: readonly SeriesPoint[]): string[] {
  const seen: string[] = [];
  for (const p of points) for (const name of Object.keys(p.services ?? {})) if (!seen.includes(name)) seen.push(name);
  return [...seen.filter((n) => n !== NO_SERVICE), ...seen.filter((n) => n === NO_SERVICE)];
}

/** One line per service: its p99 latency (null, a gap, in a second it answered nothing). */
export function serviceLatencyData(points: readonly SeriesPoint[]): PanelData | null {
  const names = servicesIn(points);
  if (names.length === 0) return null;
  return {
    series: names.map((name, i) => series(i, `${name} p99`)),
    rows: points.map((p) => {
      const row: ChartRow = { tS: p.tS };
      names.forEach((name, i) => { const s = p.services?.[name]; row[`s${i}`] = s && s.throughputRps > 0 ? s.p99Ms : null; });
      return row;
    }),
  };
}

/** One line per service: requests answered per second, and (right axis) the error rate of each service that had errors. */
export function serviceThroughputData(points: readonly SeriesPoint[]): PanelData | null {
  const names = servicesIn(points);
  if (names.length === 0) return null;
  const failing = names.filter((name) => points.some((p) => (p.services?.[name]?.errors ?? 0) > 0));
  return {
    series: [...names.map((name, i) => series(i, name)), ...failing.map((name) => series(names.indexOf(name), `${name} errors (%)`, 'right'))]
      .map((s, i) => ({ ...s, key: `s${i}` })),
    rows: points.map((p) => {
      const row: ChartRow = { tS: p.tS };
      names.forEach((name, i) => { row[`s${i}`] = p.services?.[name]?.throughputRps ?? 0; });
      failing.forEach((name, j) => { const s = p.services?.[name]; row[`s${names.length + j}`] = s ? s.errorRate * 100 : null; });
      return row;
    }),
  };
}

/** Targets of the deploys in the points, in the order they first appear. */
function deployTargets(points: readonly SeriesPoint[]): string[] {
  const seen = new Set<string>();
  for (const p of points) for (const t of Object.keys(p.deploys ?? {})) seen.add(t);
  return [...seen];
}

/** Per deploy target: its servers in service (the capacity a rolling deploy takes away), and, dashed, those on the new version. */
export function deployData(points: readonly SeriesPoint[]): PanelData | null {
  const targets = deployTargets(points);
  if (targets.length === 0) return null;
  return {
    series: targets.flatMap((t, i) => [series(i, `${t} in service`), { ...series(i, `${t} on the new version`), dash: '4 3' }]).map((s, i) => ({ ...s, key: `s${i}` })),
    rows: points.map((p) => {
      const row: ChartRow = { tS: p.tS };
      targets.forEach((t, i) => { const d = p.deploys?.[t]; row[`s${2 * i}`] = d ? d.inService : null; row[`s${2 * i + 1}`] = d ? d.newVersion : null; });
      return row;
    }),
  };
}
