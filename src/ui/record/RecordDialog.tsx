import { useRef, useState } from 'react';
import { store } from '../../store';
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

/**
 * Record a run: the canvas with its badges and the big numbers, as an animated GIF or a WebM video,
 * for `seconds` of simulated time from where the run is (the whole script, in presenter mode).
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
  const [options, setOptions] = useState<RecordOptions>({ format: 'gif', seconds: 5, framesPerSecond: 5, width: 640 });
  const [phase, setPhase] = useState<Phase>({ name: 'choose' });
  const cancel = useRef<AbortController | null>(null);
  const set = (patch: Partial<RecordOptions>) => setOptions((o) => ({ ...o, ...patch }));
  const lengths = scriptSeconds && !RECORD_SECONDS.includes(scriptSeconds as never) ? [...RECORD_SECONDS, scriptSeconds].sort((a, b) => a - b) : [...RECORD_SECONDS];

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
          <label>Length
            <select value={options.seconds} onChange={(e) => set({ seconds: Number(e.target.value) })} data-testid="record-seconds">
              {lengths.map((s) => <option key={s} value={s}>{s === scriptSeconds ? `${s} s: the whole script` : `${s} s`}</option>)}
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
          <p className="record-dialog__note">{frameCount(options)} frames of simulated time from where the run is now, played back at 1×. The run pauses while it records.</p>
          <div className="record-dialog__buttons">
            <button type="button" onClick={close}>Close</button>
            <button type="submit" className="primary" data-testid="record-start">Record</button>
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
