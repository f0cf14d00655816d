/**
 * Undo of a fault that already happened, during a run: the run cannot take a crash back, so it
 * restarts from t = 0 without it. The page cannot always tell that the fault has landed (one at
 * exactly the paused "now", or one the worker played past before the page heard): the worker says
 * so, and the store restarts then.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createAppStore, memoryStorage } from '../../../src/store';
import type { FaultEvent } from '../../../src/model';
import { enginePort } from './enginePort';

async function stage3With(fault: FaultEvent) {
  const port = enginePort();
  const store = createAppStore({ storage: memoryStorage(), simPort: port.factory });
  await store.getState().openStage('3', { loadStart: true });
  const design = store.getState().design;
  store.getState().commit({ ...design, scenario: [fault] });
  return { store, port };
}

const RESTARTED = 'Design changed: the run restarted (a fault that already happened changed).';

describe('undoing a fault that already happened during a run', () => {
  it('paused exactly at the fault: the worker asks for the rebuild, and the node is up again', async () => {
    const { store, port } = await stage3With({ tS: 3, action: 'kill', target: 'web-1' });
    store.getState().startRun();
    store.getState().pauseRun();
    for (let i = 0; i < 3; i++) { store.getState().stepRun(1000); port.deliver(); }
    expect(store.getState().live.tMs).toBe(3000);
    expect(store.getState().live.nodes['web-1']?.down).toBe(true);

    store.getState().undo();
    port.deliver();
    expect(store.getState().design.scenario).toEqual([]);
    expect(port.sent.map((r) => r.type).slice(-2)).toEqual(['scenario', 'restart']);
    const restart = port.sent.at(-1);
    expect(restart?.type === 'restart' && restart.design.scenario).toEqual([]);
    expect(store.getState().toasts.at(-1)?.text).toBe(RESTARTED);
    expect(store.getState().run.status).toBe('paused');

    store.getState().stepRun(5000);
    port.deliver();
    expect(store.getState().live.tMs).toBe(5000);
    expect(store.getState().live.nodes['web-1']?.down).toBe(false);
    expect(store.getState().live.summary?.errors ?? 0).toBe(0);
  });

  it('running, with the worker ahead of the page: the same', async () => {
    const { store, port } = await stage3With({ tS: 1.5, action: 'kill', target: 'web-1' });
    store.getState().startRun();
    port.tick(1000);
    expect(store.getState().live.tMs).toBe(1000);
    // The worker plays on past the crash; its frame is still on the way to the page.
    port.tick(1000, false);
    expect(store.getState().live.tMs).toBe(1000);
    store.getState().undo();
    expect(port.sent.at(-1)?.type).toBe('scenario');
    port.deliver();
    expect(port.sent.at(-1)?.type).toBe('restart');
    expect(store.getState().toasts.at(-1)?.text).toBe(RESTARTED);
    expect(store.getState().run.status).toBe('running');
    for (let i = 0; i < 50 && store.getState().live.tMs < 5000; i++) port.tick(1000);
    expect(store.getState().live.nodes['web-1']?.down).toBe(false);
  });

  it('a fault still to come is taken off live, without a restart', async () => {
    const { store, port } = await stage3With({ tS: 30, action: 'kill', target: 'web-1' });
    store.getState().startRun();
    store.getState().pauseRun();
    store.getState().stepRun(3000);
    port.deliver();
    store.getState().undo();
    port.deliver();
    expect(port.sent.map((r) => r.type).filter((t) => t === 'restart')).toEqual([]);
    expect(store.getState().live.tMs).toBe(3000);
  });
});
