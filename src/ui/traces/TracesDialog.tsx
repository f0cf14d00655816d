import { X } from 'lucide-react';
import { useMemo, useState } from 'react';
import { nodeName } from '../../model';
import { outcomeText, pickTraces } from '../../analysis/traceView';
import { useModalDialog } from '../common/useModalDialog';
import { store, useStore, type StoreState } from '../../store';
import './traces.css';
import { LazyPart, retryableLazy } from '../common/LazyPart';

// recharts comes with the waterfall, the first time a trace is opened: not in the first bundle.
const Waterfall = retryableLazy(() => import('./Waterfall').then((m) => ({ default: m.Waterfall })));

const selectTraces = (s: StoreState) => s.series.traces;
const selectView = (s: StoreState) => s.traceView;
const selectNodes = (s: StoreState) => s.design.nodes;

/**
 * Sampled requests of the run, slowest first (from one second of the latency chart when opened
 * from it), and the chosen one as a waterfall: where its time went, hop by hop, and for a failed
 * request where and why it failed. The list is what the engine traced (docs/explain.md).
 */
export function TracesDialog() {
  const all = useStore(selectTraces);
  const view = useStore(selectView);
  const nodes = useStore(selectNodes);
  const dialog = useModalDialog(view !== null);
  const second = view?.second ?? null;
  // The list is taken when the panel opens, so it does not jump under the pointer while the run goes on.
  const [frozen] = useState(() => all);
  const pick = useMemo(() => pickTraces(frozen, second), [frozen, second]);
  const [chosen, setChosen] = useState<number | null>(() => pick.traces[0]?.id ?? null);
  const names = useMemo(() => new Map(nodes.map((n) => [n.id, nodeName(n)])), [nodes]);
  const nameOf = (id: string) => names.get(id) ?? id;
  const trace = pick.traces.find((t) => t.id === chosen) ?? pick.traces[0];
  const close = () => store.getState().closeTraces();

  return (
    <dialog ref={dialog} className="traces" aria-label="Request traces" onClose={close} data-testid="traces">
      <header className="traces__head">
        <h2>{second === null ? 'Request traces' : `Requests answered at t = ${second} s`}</h2>
        <button type="button" className="icon-button" onClick={close} aria-label="Close"><X size={18} /></button>
      </header>
      <p className="traces__intro">
        The engine follows about 20 sampled requests a simulated second, hop by hop: time on the network, waiting in a queue, and being served.
        {pick.nearest && ' None of them finished in that second; these finished nearest to it.'}
      </p>
      {pick.traces.length === 0 ? (
        <p className="traces__empty" data-testid="traces-empty">No sampled request has finished yet: let the run go on, then open this again.</p>
      ) : (
        <div className="traces__body">
          <ol className="traces__list" aria-label="Sampled requests, slowest first" data-testid="traces-list">
            {pick.traces.map((t) => (
              <li key={t.id}>
                <button type="button" className={`traces__item${t.id === trace?.id ? ' traces__item--on' : ''}${t.outcome === 'ok' ? '' : ' traces__item--failed'}`}
                  aria-pressed={t.id === trace?.id} onClick={() => setChosen(t.id)} data-testid="trace-item">
                  <span className="traces__ms">{t.totalMs.toFixed(1)} ms</span> {t.type} #{t.id}{t.outcome === 'ok' ? '' : ` · ${t.outcome}`}
                </button>
              </li>
            ))}
          </ol>
          {trace && (
            <section className="traces__detail" aria-label={`Request ${trace.id}`}>
              <p className={`traces__outcome${trace.outcome === 'ok' ? '' : ' traces__outcome--failed'}`} data-testid="trace-outcome">
                {trace.type} request #{trace.id}, sent at {(trace.startMs / 1000).toFixed(3)} s. {outcomeText(trace, nameOf)}.
              </p>
              <LazyPart what="The waterfall" fallback={<p className="traces__intro">Drawing the waterfall…</p>}>
                <Waterfall trace={trace} nameOf={nameOf} />
              </LazyPart>
            </section>
          )}
        </div>
      )}
    </dialog>
  );
}
