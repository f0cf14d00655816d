import type { Summary } from '../../engine/api';
import type { Design } from '../../model';
import type { CompareReply, CompareRequest } from '../../worker/compareProtocol';

let worker: Worker | null = null;
let nextId = 1;

/** Runs both designs with one seed and length in a Worker; resolves with their summaries. */
export function runComparison(designs: [Design, Design], seed: number, durationS: number): Promise<Summary[]> {
  worker ??= new Worker(new URL('../../worker/compareWorker.ts', import.meta.url), { type: 'module' });
  const w = worker;
  const requestId = nextId++;
  return new Promise((resolve, reject) => {
    const onMessage = (event: MessageEvent<CompareReply>) => {
      if (event.data.requestId !== requestId) return;
      w.removeEventListener('message', onMessage);
      if ('error' in event.data) reject(new Error(event.data.error));
      else resolve(event.data.summaries);
    };
    w.addEventListener('message', onMessage);
    w.onerror = (event) => {
      worker = null;
      reject(new Error(event.message || 'the comparison stopped unexpectedly'));
    };
    const request: CompareRequest = { requestId, designs, seed, durationS };
    w.postMessage(request);
  });
}
