/** What a recording is made of: the choices the Record dialog offers and what they add up to. Pure. */
export type RecordFormat = 'gif' | 'webm';
/** The seconds just run (drawn again from the frames the store kept), or the next ones (the run stepped on). */
export type RecordFrom = 'last' | 'next';

export interface RecordOptions {
  format: RecordFormat;
  from: RecordFrom;
  /** Simulated seconds recorded, up to or from where the run is now. */
  seconds: number;
  framesPerSecond: number;
  /** The picture's width in pixels; the height follows the canvas's shape. */
  width: number;
}

export const RECORD_SECONDS = [5, 10, 20, 30, 60] as const;
export const RECORD_FPS = [5, 10] as const;
export const RECORD_WIDTHS = [480, 640, 800, 1024] as const;

/** The longest recording offered: a whole classroom script can run a minute or two. */
export const MAX_RECORD_SECONDS = 180;

/** How many pictures a recording holds: one every 1/fps simulated seconds. */
export const frameCount = (options: RecordOptions): number => Math.max(1, Math.round(options.seconds * options.framesPerSecond));

/** Whether this browser can record a WebM video (MediaRecorder on a canvas), and why not when it cannot. */
export function webmSupport(): { ok: true } | { ok: false; reason: string } {
  if (typeof MediaRecorder === 'undefined') return { ok: false, reason: 'This browser cannot record video (it has no MediaRecorder). Choose GIF, which every browser can make.' };
  if (!MediaRecorder.isTypeSupported('video/webm')) return { ok: false, reason: 'This browser cannot record WebM video. Choose GIF, which every browser can make.' };
  if (typeof HTMLCanvasElement === 'undefined' || !('captureStream' in HTMLCanvasElement.prototype)) return { ok: false, reason: 'This browser cannot film a canvas (no captureStream). Choose GIF.' };
  return { ok: true };
}

/** "1.3 MB", "840 KB": a file's size as the dialog shows it before saving. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
