import { Plus, Trash2, X } from 'lucide-react';
import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { FaultEvent } from '../../model';
import { earliestTime, hasHappened, selectPlayedS, store, useStore, type StoreState } from '../../store';
import { FaultAddForm } from './FaultAddForm';
import { faultLabel, secondsText } from './faultLabel';
import './timeline.css';

const selectScenario = (s: StoreState) => s.design.scenario;
const selectDurationS = (s: StoreState) => s.design.sim.durationS;
const selectRunActive = (s: StoreState) => s.run.status !== 'idle';
const selectClock = (s: StoreState) => s.live.tMs;
const selectLiveFaults = (s: StoreState) => s.run.liveFaults;

const LOCKED = 'already happened in this run (reset the run to change it)';

/** Pixels a pointer moves before a press on a mark becomes a drag (a plain press only selects it). */
const DRAG_SLOP_PX = 3;
let gestures = 0;

interface Drag { index: number; startX: number; moved: boolean; tS: number; key: string }

/**
 * The design's fault scenario along the run's length, under the run controls: one mark per fault,
 * which can be added, dragged, moved with the arrow keys and deleted, each change one undoable edit
 * of the design (so it travels in the share link). During a run the part already played is shaded,
 * with a line at "now"; the faults that have landed are drawn hollow and, while the run goes on,
 * cannot be moved or deleted; the faults clicked in the inspector during the run are drawn as
 * hollow rings where they were applied. Edits of the faults still to come apply to the run live.
 */
export function FaultTimeline() {
  const scenario = useStore(selectScenario);
  const durationS = useStore(selectDurationS);
  const active = useStore(selectRunActive);
  const tMs = useStore(selectClock);
  const playedS = useStore(selectPlayedS);
  const liveFaults = useStore(selectLiveFaults);
  const track = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useState<number | null>(null);
  const [adding, setAdding] = useState(false);
  const [drag, setDrag] = useState<Drag | null>(null);
  const nowS = active ? tMs / 1000 : 0;
  const at = (tS: number) => `${(Math.min(Math.max(tS / durationS, 0), 1) * 100).toFixed(3)}%`;
  const timeOf = (f: FaultEvent, i: number) => (drag?.index === i && drag.moved ? drag.tS : f.tS);
  const shown = selected !== null && selected < scenario.length ? selected : null;
  const locked = (f: FaultEvent) => hasHappened(f.tS, playedS);

  const remove = (index: number) => {
    const before = store.getState().design.scenario;
    store.getState().removeFault(index);
    // A refused removal (a fault that already happened) keeps the mark selected, its detail saying why.
    if (store.getState().design.scenario === before) return;
    setSelected(null);
    track.current?.focus();
  };
  const onKey = (e: KeyboardEvent, index: number, f: FaultEvent) => {
    const step = e.shiftKey ? 10 : 1;
    const to = e.key === 'ArrowLeft' ? f.tS - step : e.key === 'ArrowRight' ? f.tS + step : e.key === 'Home' ? 0 : e.key === 'End' ? durationS : null;
    // Handled keys stop here, so the editor's Delete does not also remove the selected nodes.
    if (to !== null) {
      e.preventDefault();
      e.stopPropagation();
      store.getState().moveFault(index, to, `fault-keys:${index}`);
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      e.stopPropagation();
      remove(index);
    } else if (e.key === 'Escape') {
      setSelected(null);
    }
  };
  const onDown = (e: PointerEvent, index: number, f: FaultEvent) => {
    if (e.button !== 0) return;
    setSelected(index);
    if (locked(f)) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    setDrag({ index, startX: e.clientX, moved: false, tS: f.tS, key: `fault-drag:${++gestures}` });
  };
  const onMove = (e: PointerEvent) => {
    const box = track.current?.getBoundingClientRect();
    if (!drag || !box || box.width === 0) return;
    if (!drag.moved && Math.abs(e.clientX - drag.startX) < DRAG_SLOP_PX) return;
    const share = Math.min(Math.max((e.clientX - box.left) / box.width, 0), 1);
    setDrag({ ...drag, moved: true, tS: Math.max(Math.round(share * durationS * 10) / 10, earliestTime(playedS)) });
  };
  const onUp = () => {
    if (drag?.moved) store.getState().moveFault(drag.index, drag.tS, drag.key);
    setDrag(null);
  };

  return (
    <section className="fault-timeline" aria-label="Fault timeline" data-testid="fault-timeline">
      <div className="fault-timeline__row">
        <span className="fault-timeline__title" id="fault-timeline-title">Faults</span>
        <div className="fault-timeline__track" ref={track} tabIndex={-1} data-testid="fault-timeline-track"
          role="group" aria-labelledby="fault-timeline-title" aria-describedby="fault-timeline-keys">
          {active && <span className="fault-timeline__played" style={{ width: at(nowS) }} />}
          {active && <span className="fault-timeline__now" style={{ left: at(nowS) }} data-testid="fault-timeline-now" aria-hidden="true" />}
          {scenario.length === 0 && <span className="fault-timeline__empty">No faults scheduled</span>}
          {scenario.map((f, i) => {
            const tS = timeOf(f, i);
            const past = active && tS <= nowS;
            const fixed = locked(f);
            return (
              <button key={i} type="button" className={`fault-mark fault-mark--${f.action}${past ? ' is-past' : ''}${fixed ? ' is-locked' : ''}${shown === i ? ' is-selected' : ''}`}
                style={{ left: at(tS) }} data-testid="fault-mark" data-index={i} data-t={tS} data-past={past}
                aria-label={`${faultLabel(f)} at ${secondsText(tS)}${past ? ', already happened' : ''}`} aria-pressed={shown === i}
                aria-disabled={fixed || undefined} title={`${faultLabel(f)} at ${secondsText(tS)}${fixed ? `: ${LOCKED}` : ''}`}
                onKeyDown={(e) => onKey(e, i, f)} onFocus={() => setSelected(i)}
                onPointerDown={(e) => onDown(e, i, f)} onPointerMove={onMove} onPointerUp={onUp} onPointerCancel={() => setDrag(null)} />
            );
          })}
          {liveFaults.map((f, i) => (
            <span key={`live-${i}`} className={`fault-live fault-mark--${f.action}`} style={{ left: at(f.tS) }} data-testid="fault-live"
              data-action={f.action} data-t={f.tS} role="img" aria-label={`${faultLabel(f)}, applied from the inspector at ${secondsText(f.tS)}`}
              title={`${faultLabel(f)}, applied from the inspector at ${secondsText(f.tS)} (this run only)`} />
          ))}
        </div>
        <span className="fault-timeline__end" aria-label={`Run length ${secondsText(durationS)}`}>{secondsText(durationS)}</span>
        <button type="button" className="icon-button fault-timeline__add" onClick={() => setAdding((a) => !a)} aria-expanded={adding}
          aria-label="Add a fault" title="Add a fault to the scenario" data-testid="fault-add">
          <Plus size={16} />
        </button>
      </div>
      <span id="fault-timeline-keys" className="visually-hidden">Arrow keys move a fault by a second (with Shift, ten); Delete removes it.</span>
      {shown !== null && (
        <div className="fault-timeline__detail" data-testid="fault-detail">
          <span>{faultLabel(scenario[shown])} at {secondsText(timeOf(scenario[shown], shown))}{locked(scenario[shown]) ? `: ${LOCKED}` : ''}</span>
          <button type="button" className="button button--danger fault-timeline__delete" onClick={() => remove(shown)} data-testid="fault-mark-delete"
            disabled={locked(scenario[shown])} title={locked(scenario[shown]) ? `This fault ${LOCKED}` : 'Delete this fault from the scenario'}>
            <Trash2 size={14} aria-hidden="true" /> Delete
          </button>
          <button type="button" className="icon-button" onClick={() => setSelected(null)} aria-label="Close the fault's details"><X size={14} /></button>
        </div>
      )}
      {adding && <FaultAddForm startS={Math.min(durationS, Math.ceil(nowS) + (active ? 5 : 10))} onDone={() => setAdding(false)} />}
    </section>
  );
}
