/**
 * The band under each recorded frame: the narration (in presenter mode), the simulated clock and
 * the big numbers of the summary strip, drawn as text so they stay sharp at any size.
 */
import type { StoreState } from '../../store';
import { formatSimClock } from '../run/liveFormat';
import { summaryFigures } from '../run/summaryFigures';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
// Light tones on the dark band, as the presenter view's strip has them.
const TONES = { bad: '#fca5a5', warn: '#fcd34d' } as const;

/** The band's height for a picture `width` pixels wide. */
export const stripHeight = (width: number): number => Math.round(width * 0.12 / 2) * 2;

/**
 * The narration on show, when a classroom script plays: the step the presenter is at ('live'), or,
 * for a frame of the past, the last step whose time the frame's clock had reached ('past').
 */
function captionOf(s: StoreState, caption: 'live' | 'past'): string {
  if (!s.classroom.active) return '';
  const steps = s.classroomDemo()?.script.steps ?? [];
  let index = s.classroom.stepIndex;
  if (caption === 'past') {
    index = -1;
    while (index + 1 < steps.length && steps[index + 1].tS * 1000 <= s.live.tMs) index++;
  }
  return index >= 0 ? steps[index]?.say ?? '' : '';
}

/** Shortens `text` with an ellipsis until it fits `maxWidth`. */
function fitted(context: CanvasRenderingContext2D, text: string, maxWidth: number): string {
  if (context.measureText(text).width <= maxWidth) return text;
  let end = text.length;
  while (end > 0 && context.measureText(`${text.slice(0, end)}…`).width > maxWidth) end--;
  return `${text.slice(0, end)}…`;
}

export function drawStrip(context: CanvasRenderingContext2D, s: StoreState, { top, width, caption = 'live' }: { top: number; width: number; caption?: 'live' | 'past' }): void {
  const height = stripHeight(width);
  const unit = height / 6;
  const pad = unit;
  context.fillStyle = '#0f172a';
  context.fillRect(0, top, width, height);
  context.textBaseline = 'alphabetic';

  const clock = s.run.status === 'idle' ? '' : formatSimClock(s.live.tMs);
  context.font = `700 ${unit * 1.1}px ${FONT}`;
  context.fillStyle = '#fde68a';
  const clockWidth = context.measureText(clock).width;
  context.fillText(clock, width - pad - clockWidth, top + unit * 1.6);
  context.fillStyle = '#f8fafc';
  context.font = `600 ${unit * 1.1}px ${FONT}`;
  context.fillText(fitted(context, captionOf(s, caption) || s.design.name, width - clockWidth - pad * 3), pad, top + unit * 1.6);

  const { summary, latest, cost } = s.live;
  if (!summary) return;
  let x = pad;
  for (const figure of summaryFigures(latest, summary, cost)) {
    context.font = `500 ${unit * 0.8}px ${FONT}`;
    const labelWidth = context.measureText(figure.label).width;
    context.font = `700 ${unit * 1.6}px ${FONT}`;
    const valueWidth = context.measureText(figure.value).width;
    const slot = Math.max(labelWidth, valueWidth);
    if (x + slot > width - pad) break;
    context.fillStyle = '#cbd5e1';
    context.font = `500 ${unit * 0.8}px ${FONT}`;
    context.fillText(figure.label, x, top + unit * 3.2);
    context.fillStyle = figure.tone ? TONES[figure.tone] : '#f8fafc';
    context.font = `700 ${unit * 1.6}px ${FONT}`;
    context.fillText(figure.value, x, top + unit * 5.1);
    x += slot + pad * 1.5;
  }
}
