/**
 * Records a run as an animated GIF or a WebM video. The run is paused and stepped one frame's
 * worth of simulated time at a time (1/fps seconds), and each step's canvas, with its badges, is
 * photographed (html-to-image) with the big numbers and the narration drawn underneath. So a
 * recording has exactly seconds × fps frames and plays at 1× simulated speed however slow the
 * machine is. Loaded on demand, with its encoders, when a recording starts.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { StoreState } from '../../store';
import { frameCount, type RecordOptions } from './recordOptions';
import { drawStrip, stripHeight } from './recordStrip';

export interface Recording {
  blob: Blob;
  frames: number;
  width: number;
  height: number;
}

/** How long one step may take before the recording gives up (the worker has stopped answering). */
const STEP_TIMEOUT_MS = 20_000;

interface FrameSink {
  add: (picture: CanvasRenderingContext2D) => Promise<void>;
  finish: () => Promise<Blob>;
}

async function gifSink(width: number, height: number, delayMs: number): Promise<FrameSink> {
  const { GIFEncoder, quantize, applyPalette } = await import('gifenc');
  const gif = GIFEncoder();
  return {
    add: async (picture) => {
      const { data } = picture.getImageData(0, 0, width, height);
      // Each frame its own palette: a badge turning red must keep its red.
      const palette = quantize(data, 256);
      gif.writeFrame(applyPalette(data, palette), width, height, { palette, delay: delayMs });
    },
    finish: async () => {
      gif.finish();
      return new Blob([gif.bytes().slice()], { type: 'image/gif' });
    },
  };
}

function webmSink(canvas: HTMLCanvasElement, delayMs: number): FrameSink {
  // Frame rate 0: a frame goes into the stream only when requestFrame asks for it.
  const stream = canvas.captureStream(0);
  const recorder = new MediaRecorder(stream, { mimeType: 'video/webm' });
  const chunks: Blob[] = [];
  recorder.ondataavailable = (event) => { if (event.data.size > 0) chunks.push(event.data); };
  const stopped = new Promise<void>((resolve) => { recorder.onstop = () => resolve(); });
  recorder.start();
  recorder.pause();
  return {
    // The recorder runs only while a frame is on show, so each lasts 1/fps in the video
    // however long the next one took to photograph.
    add: async () => {
      recorder.resume();
      (stream.getVideoTracks()[0] as CanvasCaptureMediaStreamTrack | undefined)?.requestFrame?.();
      await new Promise((resolve) => window.setTimeout(resolve, delayMs));
      recorder.pause();
    },
    finish: async () => {
      recorder.stop();
      await stopped;
      stream.getTracks().forEach((track) => track.stop());
      return new Blob(chunks, { type: 'video/webm' });
    },
  };
}

const nextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/** Steps the run `ms` of simulated time and waits for the frame that reports it (and its paint). */
function advance(store: StoreApi<StoreState>, ms: number): Promise<void> {
  const before = store.getState().live.tMs;
  const reached = (s: StoreState) => s.run.status === 'done' || s.run.status === 'error' || (s.run.status !== 'running' && s.live.tMs >= before + ms - 1);
  return new Promise((resolve, reject) => {
    const finish = (error?: Error) => { unsubscribe(); window.clearTimeout(timer); if (error) reject(error); else void nextPaint().then(resolve); };
    const unsubscribe = store.subscribe((s) => { if (reached(s)) finish(); });
    const timer = window.setTimeout(() => finish(new Error('The simulation stopped answering, so the recording was stopped.')), STEP_TIMEOUT_MS);
    store.getState().stepRun(ms);
  });
}

const aborted = () => new DOMException('The recording was cancelled.', 'AbortError');

/**
 * Records `source` (the canvas's element) for `options.seconds` of simulated time from where the run
 * is; `onProgress` hears each frame; `signal` cancels (the promise then rejects with an AbortError).
 */
export async function recordRun(
  source: HTMLElement,
  store: StoreApi<StoreState>,
  options: RecordOptions,
  onProgress: (done: number, total: number) => void,
  signal: AbortSignal,
): Promise<Recording> {
  const { toCanvas } = await import('html-to-image');
  const box = source.getBoundingClientRect();
  if (box.width < 1 || box.height < 1) throw new Error('The canvas is not on screen, so there is nothing to record.');
  const width = options.width;
  const canvasHeight = Math.round((box.height * width) / box.width / 2) * 2;
  const height = canvasHeight + stripHeight(width);
  const picture = document.createElement('canvas');
  picture.width = width;
  picture.height = height;
  const context = picture.getContext('2d', { willReadFrequently: options.format === 'gif' });
  if (!context) throw new Error('This browser would not give the recorder a canvas to draw on.');
  const stepMs = 1000 / options.framesPerSecond;
  const sink = options.format === 'gif' ? await gifSink(width, height, Math.round(stepMs)) : webmSink(picture, stepMs);
  const total = frameCount(options);

  const s = store.getState();
  if (s.run.status === 'running') s.pauseRun();
  else if (s.run.status !== 'paused') await advance(store, stepMs);

  for (let frame = 0; frame < total; frame++) {
    if (signal.aborted) throw aborted();
    const shot = await toCanvas(source, { width: box.width, height: box.height, canvasWidth: width, canvasHeight, pixelRatio: 1, backgroundColor: '#ffffff' });
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
    context.drawImage(shot, 0, 0, width, canvasHeight);
    drawStrip(context, store.getState(), { top: canvasHeight, width });
    await sink.add(context);
    onProgress(frame + 1, total);
    if (frame + 1 < total) await advance(store, stepMs);
  }
  if (signal.aborted) throw aborted();
  return { blob: await sink.finish(), frames: total, width, height };
}
