/**
 * Outcomes by client and request type for requests that arrive inside a window of simulated
 * time: how many arrived and how many were truly done (a job when its worker finished it, not
 * when the queue took it). What arrived and is not done failed or never finished. The contract
 * between the SPOF analysis and the engine is stated on these counts (docs/routing.md).
 */
export class OutcomeTally {
  readonly arrived: Float64Array;
  readonly done: Float64Array;

  constructor(readonly fromMs: number, readonly toMs: number, clients: number) {
    this.arrived = new Float64Array(clients * 4);
    this.done = new Float64Array(clients * 4);
  }

  /** Whether a request that arrived at `startMs` is counted. */
  counts(startMs: number): boolean {
    return startMs >= this.fromMs && startMs < this.toMs;
  }
}
