/** The state of one deploy in a run, on its own so the run's state can hold it without importing deploy.ts. */
import type { DeployFault } from '../model';
import type { DeployReport } from './api';

/** One deploy's progress; servers are positions into `servers`, which is sorted by data center. */
export class DeployRt {
  readonly onNew: Uint8Array;
  readonly savedSlow: Float64Array;
  readonly savedLoss: Float64Array;
  readonly savedCause: Int32Array;
  /** Since when each server has been out for its boot (to bill the boot: the box is still rented). */
  readonly outSinceMs: Float64Array;
  /** Each server's errors and completions at the last monitoring look, for the new version's error share. */
  readonly seenErrors: Float64Array;
  readonly seenServed: Float64Array;
  todo: number[];
  booting: number[] = [];
  /** 1: rolling out the new version; 0: rolling back to the old one. */
  goal = 1;
  batchEpoch = 0;
  watchEpoch = 0;
  batches = 0;
  state: DeployReport['outcome'] = 'running';
  endedMs = -1;
  /** When the new version first took traffic (-1: not yet). */
  newSinceMs = -1;
  rolledBackMs = -1;
  rolledBackBy: 'monitoring' | 'person' | '' = '';
  /** Whether the series has shown the bucket it ended in. */
  shownEnd = false;

  /** When it was asked for, if it waited in the queue for another deploy of some of its servers (-1: it did not). */
  queuedMs = -1;

  constructor(readonly fault: DeployFault, readonly servers: number[], readonly slots: [number, number][][], readonly startedMs: number) {
    const n = servers.length;
    this.onNew = new Uint8Array(n);
    this.savedSlow = new Float64Array(n);
    this.savedLoss = new Float64Array(n);
    this.savedCause = new Int32Array(n);
    this.outSinceMs = new Float64Array(n);
    this.seenErrors = new Float64Array(n);
    this.seenServed = new Float64Array(n);
    this.todo = servers.map((_, i) => i);
  }
}
