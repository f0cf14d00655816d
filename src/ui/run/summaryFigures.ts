/**
 * The big numbers of a run in words, as the summary strip and the classroom's audience window show
 * them: the last second's throughput, errors and p99, the running totals of what went wrong in ways
 * errors do not show (stale reads, lost writes, re-logins), and what the design costs so far.
 */
import type { CostReport, SeriesPoint, Summary } from '../../engine/api';
import { formatCount, formatMs, formatPercent } from './liveFormat';
import { formatUsd } from './moneyFormat';

export interface SummaryFigure {
  label: string;
  value: string;
  tone?: 'warn' | 'bad';
  testId?: string;
  title?: string;
}

/**
 * The first three figures are the last simulated second's, not the whole run's that Compare, Find
 * the limit, the gallery and the Check report: their labels say so, or a finished run's p99 would
 * contradict the same design's p99 in Compare. Without a series point they are the whole run's.
 */
const lastSecond = (label: string, latest: SeriesPoint | null): string => (latest ? `${label}, last s` : label);
const lastSecondTitle = (latest: SeriesPoint | null): string | undefined =>
  (latest ? `In the last simulated second (t = ${latest.tS} s). Compare, Find the limit and the Check measure the whole run.` : undefined);

export function summaryFigures(latest: SeriesPoint | null, summary: Summary, cost: CostReport | null): SummaryFigure[] {
  const hit = latest?.cacheHitRatio ?? summary.cacheHitRatio;
  const cdn = latest?.cdnHitRatio ?? summary.cdnHitRatio;
  const figures: (SummaryFigure | false)[] = [
    { label: lastSecond('Throughput', latest), value: `${formatCount(latest?.throughputRps ?? summary.throughputRps)} rps`, testId: 'figure-throughput', title: lastSecondTitle(latest) },
    { label: lastSecond('Errors', latest), value: formatPercent(latest?.errorRate ?? summary.errorRate), tone: (latest?.errorRate ?? 0) > 0.01 ? 'bad' : undefined, testId: 'figure-errors', title: lastSecondTitle(latest) },
    { label: lastSecond('p99', latest), value: formatMs(latest?.p99Ms ?? summary.latencyMs.p99), testId: 'figure-p99', title: lastSecondTitle(latest) },
    hit !== null && { label: 'Cache hits', value: formatPercent(hit), testId: 'figure-cache' },
    cdn !== null && { label: 'CDN hits', value: formatPercent(cdn), testId: 'figure-cdn' },
    { label: 'Requests', value: formatCount(summary.requests), testId: 'figure-requests' },
    (summary.retries ?? 0) > 0 && { label: 'Attempts', value: formatCount(summary.attempts ?? summary.requests), tone: 'warn', testId: 'figure-attempts', title: `${formatCount(summary.retries ?? 0)} of them retries after a failure` },
    cost !== null && {
      label: 'Cost',
      value: `${formatUsd(cost.monthlyUsd)}/mo`,
      testId: 'figure-cost',
      title: `At the load so far: ${formatUsd(cost.hourlyUsd)} an hour, a month being 730 hours. Servers are billed by the hour for their size, data transfer and per-request services by use. Select a node to see its share.`,
    },
    cost !== null && { label: 'Per 1M requests', value: formatUsd(cost.perMillionRequestsUsd), testId: 'figure-cost-per-million' },
    summary.staleReads > 0 && { label: 'Stale reads', value: formatCount(summary.staleReads), tone: 'warn' },
    summary.lostWrites > 0 && { label: 'Lost writes', value: formatCount(summary.lostWrites), tone: 'bad', testId: 'figure-lost-writes' },
    summary.sessionMisses > 0 && { label: 'Session misses', value: formatCount(summary.sessionMisses), tone: 'warn' },
    summary.sampleK > 1 && {
      label: 'Sampled',
      value: `1 : ${formatCount(summary.sampleK)}`,
      testId: 'figure-sampled',
      title: `Each simulated request stands for ${summary.sampleK.toLocaleString('en-US')} real ones, so millions of requests a second run in real time. Counts and rates are real; queueing at small worker pools is overstated.`,
    },
  ];
  return figures.filter((f): f is SummaryFigure => f !== false);
}
