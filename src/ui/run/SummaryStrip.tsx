import { useStore, type StoreState } from '../../store';
import { formatCount, formatMs, formatPercent, formatUsd } from './liveFormat';

const selectLatest = (s: StoreState) => s.live.latest;
const selectSummary = (s: StoreState) => s.live.summary;
const selectCost = (s: StoreState) => s.live.cost;

/**
 * The numbers a learner watches: the last second's throughput, errors and p99, and the run's
 * running totals of what went wrong in ways errors do not show (stale reads, lost writes, re-logins),
 * and what the design costs at the load so far.
 */
export function SummaryStrip() {
  const latest = useStore(selectLatest);
  const summary = useStore(selectSummary);
  const cost = useStore(selectCost);
  if (!summary) return <p className="summary-strip summary-strip--empty">Waiting for the first second of traffic…</p>;
  const hit = latest?.cacheHitRatio ?? summary.cacheHitRatio;
  const cdn = latest?.cdnHitRatio ?? summary.cdnHitRatio;
  return (
    <dl className="summary-strip" data-testid="summary-strip">
      <Figure label="Throughput" value={`${formatCount(latest?.throughputRps ?? summary.throughputRps)} rps`} testId="figure-throughput" />
      <Figure label="Errors" value={formatPercent(latest?.errorRate ?? summary.errorRate)} tone={(latest?.errorRate ?? 0) > 0.01 ? 'bad' : undefined} testId="figure-errors" />
      <Figure label="p99" value={formatMs(latest?.p99Ms ?? summary.latencyMs.p99)} testId="figure-p99" />
      {hit !== null && <Figure label="Cache hits" value={formatPercent(hit)} testId="figure-cache" />}
      {cdn !== null && <Figure label="CDN hits" value={formatPercent(cdn)} testId="figure-cdn" />}
      <Figure label="Requests" value={formatCount(summary.requests)} testId="figure-requests" />
      {(summary.retries ?? 0) > 0 && <Figure label="Attempts" value={formatCount(summary.attempts ?? summary.requests)} tone="warn" testId="figure-attempts" title={`${formatCount(summary.retries ?? 0)} of them retries after a failure`} />}
      {cost && (
        <Figure
          label="Cost"
          value={`${formatUsd(cost.monthlyUsd)}/mo`}
          testId="figure-cost"
          title={`At the load so far: ${formatUsd(cost.hourlyUsd)} an hour, a month being 730 hours. Servers are billed by the hour for their size, data transfer and per-request services by use. Select a node to see its share.`}
        />
      )}
      {cost && <Figure label="Per 1M requests" value={formatUsd(cost.perMillionRequestsUsd)} testId="figure-cost-per-million" />}
      {summary.staleReads > 0 && <Figure label="Stale reads" value={formatCount(summary.staleReads)} tone="warn" />}
      {summary.lostWrites > 0 && <Figure label="Lost writes" value={formatCount(summary.lostWrites)} tone="bad" testId="figure-lost-writes" />}
      {summary.sessionMisses > 0 && <Figure label="Session misses" value={formatCount(summary.sessionMisses)} tone="warn" />}
      {summary.sampleK > 1 && (
        <Figure
          label="Sampled"
          value={`1 : ${formatCount(summary.sampleK)}`}
          testId="figure-sampled"
          title={`Each simulated request stands for ${summary.sampleK.toLocaleString('en-US')} real ones, so millions of requests a second run in real time. Counts and rates are real; queueing at small worker pools is overstated.`}
        />
      )}
    </dl>
  );
}

function Figure({ label, value, tone, testId, title }: { label: string; value: string; tone?: 'warn' | 'bad'; testId?: string; title?: string }) {
  return (
    <div className={`summary-figure${tone ? ` summary-figure--${tone}` : ''}`} data-testid={testId} title={title}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
