/**
 * A log-bucketed latency histogram: 2% wide bins from 0.01 ms to ~10⁷ ms. Recording is one log and
 * one increment (no sorting, no stored samples), so percentiles per bucket and over a run of
 * millions of requests cost constant memory. Quantiles are accurate to about ±1%; means are exact.
 */
const MIN_MS = 0.01;
const GROWTH = 1.02;
const INV_LOG_GROWTH = 1 / Math.log(GROWTH);
const BINS = 1100;

export class LatencyHistogram {
  readonly counts = new Float64Array(BINS);
  count = 0;
  sum = 0;
  max = 0;

  /** Adds one observation in ms. */
  record(ms: number): void {
    let bin = 0;
    if (ms > MIN_MS) {
      bin = 1 + Math.floor(Math.log(ms / MIN_MS) * INV_LOG_GROWTH);
      if (bin >= BINS) bin = BINS - 1;
    }
    this.counts[bin]++;
    this.count++;
    this.sum += ms;
    if (ms > this.max) this.max = ms;
  }

  /** Mean of the observations (0 when empty). */
  mean(): number {
    return this.count > 0 ? this.sum / this.count : 0;
  }

  /** The q-quantile (0 when empty), at the geometric middle of its bin, never above the max seen. */
  quantile(q: number): number {
    if (this.count === 0) return 0;
    const rank = q * this.count;
    let seen = 0;
    for (let b = 0; b < BINS; b++) {
      seen += this.counts[b];
      if (seen >= rank && this.counts[b] > 0) {
        if (b === 0) return Math.min(MIN_MS, this.max);
        const mid = MIN_MS * Math.pow(GROWTH, b - 0.5);
        return Math.min(mid, this.max);
      }
    }
    return this.max;
  }

  /** Forgets everything. */
  clear(): void {
    this.counts.fill(0);
    this.count = 0;
    this.sum = 0;
    this.max = 0;
  }
}
