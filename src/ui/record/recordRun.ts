/**
 * Records a run as an animated GIF or a WebM video, one picture every 1/fps simulated seconds: the
 * canvas with its badges, photographed (html-to-image), with the big numbers and the narration
 * drawn underneath. So a recording has exactly seconds × fps frames and plays at 1× simulated speed
 * however slow the machine is.
 * - The last N seconds: the run pauses and the frames the store kept of it (runTape.ts) are put
 *   back on the canvas one by one and photographed; then the canvas shows the present again.
 * - The next N seconds: the run pauses and is stepped 1/fps at a time, photographed at each step.
 * Loaded on demand, with its encoders, when a recording starts.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { StoreState } from '../../store';
import { frameCount, type RecordOptions } from './recordOptions';
import { drawStrip, stripHeight } from './recordStrip';
import { withSvgPaint } from '../export/svgStyles';
import type { TapeFrame } from '../../store/runTape';
import { lastSeconds } from '../../store/tapeClip';

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

/** The canvas's own tools (zoom buttons, minimap) and passing messages are not part of the picture. */
const LEFT_OUT = ['react-flow__controls', 'react-flow__minimap', 'toasts'];
const inPicture = (node: HTMLElement): boolean => !(node.classList && LEFT_OUT.some((name) => node.classList.contains(name)));

/** The picture a frame is drawn on, and how each frame is taken and encoded. */
interface Camera {
  shoot: (caption: 'live' | 'past') => Promise<void>;
  finish: () => Promise<Blob>;
  width: number;
  height: number;
}

async function camera(source: HTMLElement, store: StoreApi<StoreState>, options: RecordOptions): Promise<Camera> {
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
  return {
    width,
    height,
    finish: sink.finish,
    shoot: async (caption) => {
      if (!source.isConnected) throw new Error('The canvas was redrawn (the window changed its layout), so the recording stopped. Record again.');
      // The edges' paint is written on them for the shot, or html-to-image leaves them out (svgStyles.ts).
      const shot = await withSvgPaint(source, () => toCanvas(source, { width: box.width, height: box.height, canvasWidth: width, canvasHeight, pixelRatio: 1, backgroundColor: '#ffffff', filter: inPicture }));
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, width, height);
      context.drawImage(shot, 0, 0, width, canvasHeight);
      drawStrip(context, store.getState(), { top: canvasHeight, width, caption });
      await sink.add(context);
    },
  };
}

/** The next N seconds: the run stepped 1/fps at a time from where it is. */
async function recordNext(cam: Camera, store: StoreApi<StoreState>, options: RecordOptions, onProgress: (done: number, total: number) => void, signal: AbortSignal): Promise<number> {
  const stepMs = 1000 / options.framesPerSecond;
  const total = frameCount(options);
  const s = store.getState();
  if (s.run.status === 'running') s.pauseRun();
  else if (s.run.status !== 'paused') await advance(store, stepMs);
  for (let frame = 0; frame < total; frame++) {
    if (signal.aborted) throw aborted();
    await cam.shoot('live');
    onProgress(frame + 1, total);
    if (frame + 1 < total) await advance(store, stepMs);
  }
  return total;
}

/** The last N seconds: the kept frames put back on the canvas one by one, then the present again. */
async function recordLast(cam: Camera, store: StoreApi<StoreState>, frames: readonly TapeFrame[], onProgress: (done: number, total: number) => void, signal: AbortSignal): Promise<number> {
  const s = store.getState();
  if (s.run.status === 'running') s.pauseRun();
  // A frame the worker sent before it heard the pause lands now, not over a kept frame.
  await nextPaint();
  try {
    for (let frame = 0; frame < frames.length; frame++) {
      if (signal.aborted) throw aborted();
      if (store.getState().run.status === 'running') throw new Error('The run was started again, so the recording stopped.');
      store.getState().showKeptFrame(frames[frame]);
      await nextPaint();
      await cam.shoot('past');
      onProgress(frame + 1, frames.length);
    }
  } finally {
    store.getState().showKeptFrame(null);
  }
  return frames.length;
}

/**
 * Records `source` (the canvas's element): the last or the next `options.seconds` of simulated
 * time; `onProgress` hears each frame; `signal` cancels (the promise then rejects with an AbortError).
 */
export async function recordRun(
  source: HTMLElement,
  store: StoreApi<StoreState>,
  options: RecordOptions,
  onProgress: (done: number, total: number) => void,
  signal: AbortSignal,
): Promise<Recording> {
  // The kept frames are chosen before anything else, so a run that goes on meanwhile cannot shift them.
  const kept = options.from === 'last' ? lastSeconds(store.getState().keptFrames(), options.seconds, options.framesPerSecond) : null;
  if (kept && !Array.isArray(kept)) throw new Error(kept.reason);
  const cam = await camera(source, store, options);
  const frames = kept ? await recordLast(cam, store, kept, onProgress, signal) : await recordNext(cam, store, options, onProgress, signal);
  if (signal.aborted) throw aborted();
  return { blob: await cam.finish(), frames, width: cam.width, height: cam.height };
}
