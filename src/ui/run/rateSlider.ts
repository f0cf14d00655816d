// The client-rate slider's scale (ClientRates.tsx): apart from liveFormat.ts, which the canvas loads up front.

/** The rate slider works on a log scale: position 0..1000 ↔ 1 rps .. maxRps. */
export const SLIDER_STEPS = 1000;

export const sliderMax = (baseRps: number): number => 10 ** Math.max(3, Math.ceil(Math.log10(Math.max(1, baseRps) * 20)));

export function rateToSlider(rps: number, maxRps: number): number {
  if (rps <= 1) return 0;
  return Math.round((Math.log10(rps) / Math.log10(maxRps)) * SLIDER_STEPS);
}

/** Rounded to two significant digits, so the number beside the slider reads cleanly. */
export function sliderToRate(position: number, maxRps: number): number {
  if (position <= 0) return 0;
  const raw = 10 ** ((position / SLIDER_STEPS) * Math.log10(maxRps));
  return Number(raw.toPrecision(raw < 10 ? 1 : 2));
}
