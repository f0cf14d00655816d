/** Tick steps in simulated seconds that read naturally on a clock. */
const STEPS_S = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 14_400, 21_600];

/** Round-number ticks (0:30, 1:00…) between `fromS` and `toS`, about `target` of them. */
export function timeTicks(fromS: number, toS: number, target = 5): number[] {
  if (!(toS > fromS)) return [fromS];
  const step = STEPS_S.find((s) => (toS - fromS) / s <= target) ?? STEPS_S[STEPS_S.length - 1];
  const ticks: number[] = [];
  for (let t = Math.ceil(fromS / step) * step; t <= toS; t += step) ticks.push(t);
  return ticks;
}

/** Simulated seconds as a short axis label: "45s" below two minutes, then "m:ss" or "h:mm:ss". */
export function formatAxisSeconds(tS: number): string {
  if (tS < 120) return `${tS}s`;
  const s = String(Math.floor(tS % 60)).padStart(2, '0');
  const m = Math.floor(tS / 60) % 60;
  const h = Math.floor(tS / 3600);
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
