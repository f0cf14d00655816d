import { Loader2, X } from 'lucide-react';
import { lazy, Suspense } from 'react';
import { useModalDialog } from '../common/useModalDialog';
import { store, useStore, type SweepRun, type StoreState } from '../../store';
import { formatMonthlyUsd, formatUsd } from '../run/liveFormat';
import { bottleneckText, rateText } from './limitSeries';
import './limit.css';

// recharts is loaded with the chart, the first time a sweep has finished: not in the first bundle.
const LimitChart = lazy(() => import('./LimitChart').then((m) => ({ default: m.LimitChart })));

const selectSweep = (s: StoreState) => s.sweep;

function KneeLine({ run, testId }: { run: SweepRun; testId: string }) {
  const { knee } = run.result;
  return (
    <p className="limit__knee" data-testid={testId}>
      <strong>Sweep {run.number}</strong> ({run.designName}, now {rateText(run.baseRps)}): knee{' '}
      <strong data-testid={`${testId}-rps`}>{knee.rps === null ? 'none' : rateText(knee.rps)}</strong>
      {knee.cost && <>, at <span data-testid={`${testId}-cost`}>{formatMonthlyUsd(knee.cost.monthlyUsd)}{knee.cost.perMillionAnsweredUsd !== null && `, ${formatUsd(knee.cost.perMillionAnsweredUsd)} per 1M requests answered`}</span></>}. {knee.reason}
    </p>
  );
}

function Steps({ run }: { run: SweepRun }) {
  return (
    <table className="limit__table" data-testid="limit-table">
      <caption>Sweep {run.number}: each load run {run.secondsPerLoad} s with the design’s seed</caption>
      <thead><tr><th scope="col">Offered</th><th scope="col">Throughput</th><th scope="col">Errors</th><th scope="col">p99</th><th scope="col">Cost a month</th><th scope="col">Per 1M answered</th><th scope="col">Bottleneck</th></tr></thead>
      <tbody>
        {run.result.points.map((p) => (
          <tr key={p.offeredRps} className={run.result.knee.rps === p.offeredRps ? 'limit__row--knee' : undefined}>
            <td>{rateText(p.offeredRps)}</td>
            <td>{rateText(p.throughputRps)}</td>
            <td>{(p.errorRate * 100).toFixed(1)}%</td>
            <td>{Math.round(p.latencyMs.p99).toLocaleString('en-US')} ms</td>
            <td>{formatMonthlyUsd(p.cost.monthlyUsd)}</td>
            <td>{p.cost.perMillionAnsweredUsd === null ? '—' : formatUsd(p.cost.perMillionAnsweredUsd)}</td>
            <td className="limit__bottleneck">{bottleneckText(p)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Find the limit: runs the design from a tenth of its users' rate to twenty times it and shows
 * where it stops keeping up (the knee: p99 under 500 ms and under 1% errors), what limits it, and
 * what each load costs beside its latency.
 * The state lives in the store (sweepSlice.ts); this only shows it. A second sweep is drawn over
 * the first, so a change can be judged before and after.
 */
export function LimitDialog({ onClose }: { onClose: () => void }) {
  const sweep = useStore(selectSweep);
  const dialog = useModalDialog(true);
  const running = sweep.status === 'running';
  const { startSweep, cancelSweep, clearSweeps } = store.getState();

  return (
    <dialog ref={dialog} className="limit" aria-label="Find the limit" onClose={onClose} data-testid="limit">
      <header className="limit__head">
        <h2>Find the limit</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close"><X size={18} /></button>
      </header>
      <p className="limit__intro">Runs this design at 12 loads, from a tenth of its users’ rate to twenty times it, in parallel, and marks the knee: the highest load with p99 under 500 ms and under 1% errors. Change the design and run again to see both sweeps on one chart.</p>
      <div className="limit__actions">
        {running ? (
          <button type="button" className="button" onClick={cancelSweep} data-testid="limit-cancel">Cancel</button>
        ) : (
          <button type="button" className="button button--primary" onClick={() => void startSweep()} data-testid="limit-run">
            {sweep.latest ? 'Run again' : 'Find the limit'}
          </button>
        )}
        {!running && sweep.latest && <button type="button" className="button" onClick={clearSweeps}>Clear</button>}
        {running && (
          <span className="limit__progress">
            <Loader2 size={15} className="spin" aria-hidden="true" />
            <progress max={sweep.total} value={sweep.done} aria-label="Loads finished" data-testid="limit-progress" /> {sweep.done} of {sweep.total} loads
          </span>
        )}
      </div>
      <div role="status" aria-live="polite">
        {sweep.message && <p className="limit__message" data-testid="limit-message">{sweep.message}</p>}
        {sweep.latest && <KneeLine run={sweep.latest} testId="limit-knee" />}
        {sweep.previous && <KneeLine run={sweep.previous} testId="limit-knee-previous" />}
      </div>
      {sweep.latest && (
        <>
          <Suspense fallback={<p className="limit__intro">Drawing the chart…</p>}>
            <LimitChart latest={sweep.latest} previous={sweep.previous} />
          </Suspense>
          <Steps run={sweep.latest} />
        </>
      )}
    </dialog>
  );
}
