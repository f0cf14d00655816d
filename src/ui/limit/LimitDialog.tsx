import { Loader2, X } from 'lucide-react';
import { useState } from 'react';
import { useModalDialog } from '../common/useModalDialog';
import { store, useStore, type SweepRun, type StoreState } from '../../store';
import { formatMonthlyUsd, formatUsd } from '../run/moneyFormat';
import { kneeOf, limitRows, rateText, sweepServices } from './limitSeries';
import './limit.css';
import { LazyPart, retryableLazy } from '../common/LazyPart';

// recharts is loaded with the chart, the first time a sweep has finished: not in the first bundle.
const LimitChart = retryableLazy(() => import('./LimitChart').then((m) => ({ default: m.LimitChart })));

const selectSweep = (s: StoreState) => s.sweep;

function KneeLine({ run, testId, service }: { run: SweepRun; testId: string; service: string | null }) {
  const knee = kneeOf(run.result, service);
  if (!knee) return null;
  return (
    <p className="limit__knee" data-testid={testId}>
      <strong>Sweep {run.number}</strong> ({run.designName}, now {rateText(run.baseRps)}): {service === null ? 'knee' : <>knee of <strong>{service}</strong></>}{' '}
      <strong data-testid={`${testId}-rps`}>{knee.rps === null ? 'none' : rateText(knee.rps)}</strong>
      {knee.cost && <>, at <span data-testid={`${testId}-cost`}>{formatMonthlyUsd(knee.cost.monthlyUsd)}{knee.cost.perMillionAnsweredUsd !== null && `, ${formatUsd(knee.cost.perMillionAnsweredUsd)} per 1M requests answered`}</span></>}. {knee.reason}
    </p>
  );
}

function Steps({ run, service }: { run: SweepRun; service: string | null }) {
  const kneeRps = kneeOf(run.result, service)?.rps ?? null;
  return (
    <table className="limit__table" data-testid="limit-table">
      <caption>Sweep {run.number}: each load run {run.secondsPerLoad} s with the design’s seed{service !== null && <>; the requests of <strong>{service}</strong> only, priced by its own web servers</>}</caption>
      <thead><tr><th scope="col">Offered</th><th scope="col">Throughput</th><th scope="col">Errors</th><th scope="col">p99</th><th scope="col">Cost a month</th><th scope="col">Per 1M answered</th><th scope="col">Bottleneck</th></tr></thead>
      <tbody>
        {limitRows(run.result.points, service).map((row) => (
          <tr key={row.offeredRps} className={kneeRps === row.offeredRps ? 'limit__row--knee' : undefined}>
            <td>{rateText(row.offeredRps)}</td>
            <td>{rateText(row.throughputRps)}</td>
            <td>{row.errorPct.toFixed(1)}%</td>
            <td>{Math.round(row.p99).toLocaleString('en-US')} ms</td>
            <td>{row.monthlyUsd === null ? '—' : formatMonthlyUsd(row.monthlyUsd)}</td>
            <td>{row.usdPerMillion === null ? '—' : formatUsd(row.usdPerMillion)}</td>
            <td className="limit__bottleneck">{row.bottleneck}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** All services, or one: switches the knee line, the charts and the table (shown when the sweep saw services). */
function ServicePicker({ services, value, onChange }: { services: string[]; value: string | null; onChange: (s: string | null) => void }) {
  return (
    <label className="limit__service">
      Read by service{' '}
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)} data-testid="limit-service">
        <option value="">All services</option>
        {services.map((s) => <option key={s} value={s}>{s}</option>)}
      </select>
    </label>
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
  const [picked, setPicked] = useState<string | null>(null);
  const services = sweep.latest ? sweepServices(sweep.latest.result) : [];
  // A service the newest sweep did not see (the design changed) reads as all of them.
  const service = picked !== null && services.includes(picked) ? picked : null;

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
        {services.length > 0 && <ServicePicker services={services} value={service} onChange={setPicked} />}
        {running && (
          <span className="limit__progress">
            <Loader2 size={15} className="spin" aria-hidden="true" />
            <progress max={sweep.total} value={sweep.done} aria-label="Loads finished" data-testid="limit-progress" /> {sweep.done} of {sweep.total} loads
          </span>
        )}
      </div>
      <div role="status" aria-live="polite">
        {sweep.message && <p className="limit__message" data-testid="limit-message">{sweep.message}</p>}
        {sweep.latest && <KneeLine run={sweep.latest} testId="limit-knee" service={service} />}
        {sweep.previous && <KneeLine run={sweep.previous} testId="limit-knee-previous" service={service} />}
      </div>
      {sweep.latest && (
        <>
          <LazyPart what="The chart" fallback={<p className="limit__intro">Drawing the chart…</p>}>
            <LimitChart latest={sweep.latest} previous={sweep.previous} service={service} />
          </LazyPart>
          <Steps run={sweep.latest} service={service} />
        </>
      )}
    </dialog>
  );
}
