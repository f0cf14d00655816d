/**
 * Runs the two designs of a Compare off the main thread: each one through the engine with the
 * same seed and length, answering with their summaries.
 */
import { runDesign } from '../engine';
import type { CompareReply, CompareRequest } from './compareProtocol';

interface WorkerScope {
  postMessage(message: CompareReply): void;
  onmessage: ((event: MessageEvent<CompareRequest>) => void) | null;
}

const scope = globalThis as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { requestId, designs, seed, durationS } = event.data;
  try {
    const summaries = designs.map((d) => runDesign(d, { seed, durationS, series: false }).summary);
    scope.postMessage({ requestId, summaries });
  } catch (err) {
    scope.postMessage({ requestId, error: `The comparison could not run: ${err instanceof Error ? err.message : String(err)}` });
  }
};
