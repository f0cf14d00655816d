import { useEffect, useRef, useState } from 'react';
import { store, useStore, type StoreState } from '../../store';
import { TAPE_SECONDS } from '../../store/runTape';
import { availableSeconds, covers } from '../../store/tapeClip';
import { useModalDialog } from '../common/useModalDialog';
import { downloadFile, fileStem } from '../export/download';
import type { Recording } from './recordRun';
import { formatBytes, frameCount, MAX_RECORD_SECONDS, RECORD_FPS, RECORD_SECONDS, RECORD_WIDTHS, webmSupport, type RecordFormat, type RecordOptions } from './recordOptions';
import './record.css';

type Phase =
  | { name: 'choose' }
  | { name: 'recording'; done: number; total: number }
  | { name: 'ready'; recording: Recording; format: RecordFormat }
  | { name: 'failed'; message: string };

const loadRecorder = () => import('./recordRun');
/** The longest offered length of the last seconds that is no longer than `seconds`. */
const lastLength = (seconds: number): number => [...RECORD_SECONDS].reverse().find((s) => s <= Math.min(seconds, TAPE_SECONDS)) ?? RECORD_SECONDS[0];
// The clock, so the seconds kept of the run show as it goes on.
const selectClock = (s: StoreState) => s.live.tMs;
const selectNothing = () => 0;

/**
 * Record a run: the canvas with its badges and the big numbers, as an animated GIF or a WebM video,
 * of the last `seconds` of simulated time (drawn again from what the store kept of the run) or the
 * next ones (the whole script, in presenter mode).
 * A progress bar and Cancel while it records; the file's size before it is saved.
 */
export function RecordDialog({ open, onClose, source, scriptSeconds }: {
  open: boolean;
  onClose: () => void;
  /** The element photographed each frame (the canvas's). */
  source: () => HTMLElement | null;
  /** The length of the classroom script playing, offered as a length. */
  scriptSeconds?: number;
}) {
  const ref = useModalDialog(open);
  const webm = webmSupport();
  const [options, setOptions] = useState<RecordOptions>({ format: 'gif', from: 'last', seconds: 5, framesPerSecond: 5, width: 640 });
  const [phase, setPhase] = useState<Phase>({ name: 'choose' });
  const cancel = useRef<AbortController | null>(null);
  const set = (patch: Partial<RecordOptions>) => setOptions((o) => ({ ...o, ...patch }));
  useStore(open ? selectClock : selectNothing);
  const frames = store.getState().keptFrames();
  const kept = Math.round(availableSeconds(frames, options.framesPerSecond) * 10) / 10;
  const shortOfLast = options.from === 'last' && !covers(frames, options.seconds, options.framesPerSecond);
  // On opening: the last seconds when enough of the run is kept, else the next ones.
  useEffect(() => {
    if (!open) return;
    setOptions((o) => (covers(store.getState().keptFrames(), lastLength(o.seconds), o.framesPerSecond)
      ? { ...o, from: 'last', seconds: lastLength(o.seconds) }
      : { ...o, from: 'next' }));
  }, [open]);
  // The whole script is a length of the next seconds only: the store keeps the last minute.
  const script = options.from === 'next' ? scriptSeconds : undefined;
  const lengths = (script && !RECORD_SECONDS.includes(script as never) ? [...RECORD_SECONDS, script].sort((a, b) => a - b) : [...RECORD_SECONDS])
    .filter((s) => options.from === 'next' || s <= TAPE_SECONDS);

  const start = async () => {
    const element = source();
    if (!element) { setPhase({ name: 'failed', message: 'The canvas is not on screen, so there is nothing to record.' }); return; }
    const controller = new AbortController();
    cancel.current = controller;
    const chosen = { ...options, seconds: Math.min(MAX_RECORD_SECONDS, options.seconds) };
    setPhase({ name: 'recording', done: 0, total: frameCount(chosen) });
    try {
      const { recordRun } = await loadRecorder();
      const recording = await recordRun(element, store, chosen, (done, total) => setPhase({ name: 'recording', done, total }), controller.signal);
      setPhase({ name: 'ready', recording, format: chosen.format });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') setPhase({ name: 'choose' });
      else setPhase({ name: 'failed', message: error instanceof Error ? error.message : 'The recording failed.' });
    } finally {
      cancel.current = null;
    }
  };

  const close = () => { cancel.current?.abort(); setPhase({ name: 'choose' }); onClose(); };

  const save = (recording: Recording, format: RecordFormat) => {
    downloadFile(`${fileStem(store.getState().design.name)}.${format}`, recording.blob);
    close();
  };

  return (
    <dialog ref={ref} className="record-dialog" aria-labelledby="record-title" onCancel={(e) => { e.preventDefault(); close(); }} data-testid="record-dialog">
      <h2 id="record-title">Record the run</h2>
      {phase.name === 'choose' && (
        <form method="dialog" onSubmit={(e) => { e.preventDefault(); void start(); }}>
          <fieldset>
            <legend>Format</legend>
            <label><input type="radio" name="record-format" checked={options.format === 'gif'} onChange={() => set({ format: 'gif' })} data-testid="record-gif" /> Animated GIF (plays everywhere, chat apps too)</label>
            <label><input type="radio" name="record-format" checked={options.format === 'webm'} disabled={!webm.ok} onChange={() => set({ format: 'webm' })} data-testid="record-webm" /> WebM video (smaller)</label>
            {!webm.ok && <p className="record-dialog__note" data-testid="record-webm-unsupported">{webm.reason}</p>}
          </fieldset>
          <fieldset>
            <legend>What to record</legend>
            <label><input type="radio" name="record-from" checked={options.from === 'last'} onChange={() => set({ from: 'last', seconds: lastLength(options.seconds) })} data-testid="record-from-last" /> The last seconds of the run (already run)</label>
            <label><input type="radio" name="record-from" checked={options.from === 'next'} onChange={() => set({ from: 'next' })} data-testid="record-from-next" /> The next seconds (the run goes on while it records)</label>
          </fieldset>
          <label>Length
            <select value={options.seconds} onChange={(e) => set({ seconds: Number(e.target.value) })} data-testid="record-seconds">
              {lengths.map((s) => <option key={s} value={s}>{s === script ? `${s} s: the whole script` : `${s} s`}</option>)}
            </select>
          </label>
          <label>Frames a second
            <select value={options.framesPerSecond} onChange={(e) => set({ framesPerSecond: Number(e.target.value) })} data-testid="record-fps">
              {RECORD_FPS.map((f) => <option key={f} value={f}>{f}</option>)}
            </select>
          </label>
          <label>Width
            <select value={options.width} onChange={(e) => set({ width: Number(e.target.value) })} data-testid="record-width">
              {RECORD_WIDTHS.map((w) => <option key={w} value={w}>{w} px</option>)}
            </select>
          </label>
          <p className="record-dialog__note" data-testid="record-note">
            {options.from === 'last'
              ? (shortOfLast
                ? `Only the last ${kept} s of this run are kept so far: let it run longer, or record the next seconds.`
                : `${frameCount(options)} frames of the last ${options.seconds} s, drawn again from what was kept of the run (${kept} s), played back at 1×.`)
              : `${frameCount(options)} frames of simulated time from where the run is now, played back at 1×. The run pauses while it records.`}
          </p>
          <div className="record-dialog__buttons">
            <button type="button" onClick={close}>Close</button>
            <button type="submit" className="primary" disabled={shortOfLast} data-testid="record-start">Record</button>
          </div>
        </form>
      )}
      {phase.name === 'recording' && (
        <div>
          <progress max={phase.total} value={phase.done} aria-label="Recording" data-testid="record-progress" />
          <p role="status">Frame {phase.done} of {phase.total}</p>
          <div className="record-dialog__buttons">
            <button type="button" onClick={() => cancel.current?.abort()} data-testid="record-cancel">Cancel</button>
          </div>
        </div>
      )}
      {phase.name === 'ready' && (
        <div>
          <p data-testid="record-ready">{phase.format === 'gif' ? 'GIF' : 'WebM'} · {phase.recording.frames} frames · {phase.recording.width}×{phase.recording.height} · <strong data-testid="record-size">{formatBytes(phase.recording.blob.size)}</strong></p>
          <div className="record-dialog__buttons">
            <button type="button" onClick={close}>Discard</button>
            <button type="button" className="primary" onClick={() => save(phase.recording, phase.format)} data-testid="record-save">Save</button>
          </div>
        </div>
      )}
      {phase.name === 'failed' && (
        <div>
          <p role="alert" data-testid="record-failed">{phase.message}</p>
          <div className="record-dialog__buttons">
            <button type="button" onClick={() => setPhase({ name: 'choose' })}>Back</button>
          </div>
        </div>
      )}
    </dialog>
  );
}
