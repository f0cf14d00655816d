/**
 * The presenter over the real engine, on this thread: the store drives the same runner the worker
 * runs, with a clock that never moves, so a test decides when each frame arrives.
 */
import { expect } from 'vitest';
import { createAppStore, memoryStorage, type SimHandlers, type SimPortFactory } from '../../../src/store';
import type { SimRequest } from '../../../src/worker';
import type { SimCommand, SimMessage } from '../../../src/worker/protocol';
import { createRunner } from '../../../src/worker/runner';
import { realEngine } from '../../../src/worker/realEngine';

/** A port onto a real runner: commands apply at once, replies wait for `deliver` (as a Worker's would). */
export function enginePort() {
  const runner = createRunner({ engine: realEngine, now: () => 0 });
  const sent: SimRequest[] = [];
  const outbox: SimMessage[] = [];
  let handlers: SimHandlers | null = null;
  let runId = 0;
  const factory: SimPortFactory = (h) => {
    handlers = h;
    return {
      send: (request) => {
        sent.push(request);
        if (request.type === 'start' || request.type === 'restart') runId++;
        const command = (request.type === 'start' || request.type === 'restart' ? { ...request, runId } : request) as SimCommand;
        outbox.push(...runner.apply(structuredClone(command)));
        return runId;
      },
      terminate: () => {},
    };
  };
  const deliver = (): void => {
    for (const message of outbox.splice(0)) {
      if (message.runId !== runId) continue;
      if (message.type === 'frame') handlers!.onFrame(message.frame, message.runId, message.pace ?? null);
      else if (message.type === 'status') handlers!.onStatus(message.message === undefined ? { runId, state: message.state } : { runId, state: message.state, message: message.message });
      else if (message.type === 'rebuild') handlers!.onRebuild(message.reason);
      else if (message.type === 'error') handlers!.onError(message.message);
    }
  };
  return {
    factory,
    sent,
    deliver,
    /** One timer tick of the worker, then its replies (`heard` false: they stay in flight, the worker ahead of the page). */
    tick: (wallMs = 100, heard = true): void => { outbox.push(...runner.tick(wallMs)); if (heard) deliver(); },
  };
}

export async function classroom(stageId = '3') {
  const port = enginePort();
  const store = createAppStore({ storage: memoryStorage(), simPort: port.factory });
  expect(await store.getState().enterClassroom(stageId)).toBe(true);
  return { store, port };
}
