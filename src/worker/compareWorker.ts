/**
 * Runs the two designs of a Compare off the main thread: each one through the engine with the
 * same seed and length, answering with their summaries and costs.
 */
import { runDesign } from '../engine';
import type { CompareRequest, CompareReply } from './compareProtocol';
import { serveCalls, type CallScope } from './rpc';

serveCalls(globalThis as unknown as CallScope<CompareRequest, CompareReply>, ({ designs, seed, durationS }) => {
  try {
    return designs.map((d) => {
      const { summary, cost } = runDesign(d, { seed, durationS, series: false });
      return { summary, cost };
    });
  } catch (err) {
    throw new Error(`The comparison could not run: ${err instanceof Error ? err.message : String(err)}`);
  }
});
