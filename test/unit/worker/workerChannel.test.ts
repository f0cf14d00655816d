import { describe, expect, it } from 'vitest';
import { emptyDesign } from '../../../src/model';
import { createCompareRunner } from '../../../src/store/compareRunner';
import { createStageChecker } from '../../../src/store/stageCheckRunner';
import { openChannel, type WorkerEndpoint } from '../../../src/store/workerChannel';
import { serveCalls, type CallMessage, type CallScope, type ReplyMessage } from '../../../src/worker/rpc';

/** A Worker double: records what the page posts; the test plays the worker. */
function fakeWorker() {
  const posted: unknown[] = [];
  const endpoint: WorkerEndpoint & { terminated: boolean } = {
    onmessage: null,
    onerror: null,
    terminated: false,
    postMessage: (m) => { posted.push(m); },
    terminate: () => { endpoint.terminated = true; },
  };
  return {
    endpoint,
    posted,
    reply: (data: unknown) => endpoint.onmessage?.({ data }),
    crash: (message: string) => endpoint.onerror?.({ message }),
    lastCallId: () => (posted[posted.length - 1] as CallMessage<unknown>).callId,
  };
}

/** A worker that really runs `serveCalls` with `handle`, wired back to back with the page. */
function servingWorker<Req, Rep>(handle: (request: Req) => Rep): WorkerEndpoint {
  const scope: CallScope<Req, Rep> = { onmessage: null, postMessage: (m: ReplyMessage<Rep>) => queueMicrotask(() => endpoint.onmessage?.({ data: m })) };
  serveCalls(scope, handle);
  const endpoint: WorkerEndpoint = {
    onmessage: null,
    onerror: null,
    postMessage: (m) => queueMicrotask(() => scope.onmessage?.({ data: structuredClone(m) as CallMessage<Req> })),
    terminate: () => {},
  };
  return endpoint;
}

describe('worker channel', () => {
  it('matches replies to calls by id, in whatever order they come', async () => {
    const w = fakeWorker();
    const channel = openChannel<string, number>(w.endpoint);
    const a = channel.call('a');
    const b = channel.call('b');
    expect(w.posted).toEqual([{ callId: 1, request: 'a' }, { callId: 2, request: 'b' }]);
    w.reply({ callId: 2, reply: 20 });
    w.reply({ callId: 1, reply: 10 });
    await expect(a).resolves.toBe(10);
    await expect(b).resolves.toBe(20);
  });

  it('rejects a call the worker answered with an error; the others go on', async () => {
    const w = fakeWorker();
    const channel = openChannel<string, number>(w.endpoint);
    const bad = channel.call('bad');
    const good = channel.call('good');
    w.reply({ callId: 1, error: 'no such stage' });
    w.reply({ callId: 2, reply: 2 });
    await expect(bad).rejects.toThrow('no such stage');
    await expect(good).resolves.toBe(2);
    expect(channel.open).toBe(true);
  });

  it('a crashed worker settles every pending call with its error, and refuses later ones', async () => {
    const w = fakeWorker();
    const dead: string[] = [];
    const channel = openChannel<string, number>(w.endpoint, { onDead: (r) => dead.push(r) });
    const calls = [channel.call('a'), channel.call('b'), channel.call('c')];
    w.crash('out of memory');
    for (const call of calls) await expect(call).rejects.toThrow('out of memory');
    expect(dead).toEqual(['out of memory']);
    expect(w.endpoint.terminated).toBe(true);
    expect(channel.open).toBe(false);
    await expect(channel.call('d')).rejects.toThrow(/no longer running/);
    // A reply that still arrives from the dead worker changes nothing.
    w.reply({ callId: 1, reply: 1 });
    expect(dead).toHaveLength(1);
  });

  it('fail() declares a silent worker dead the same way', async () => {
    const w = fakeWorker();
    const channel = openChannel<string, number>(w.endpoint);
    const call = channel.call('a');
    channel.fail('stopped answering');
    await expect(call).rejects.toThrow('stopped answering');
    expect(w.endpoint.terminated).toBe(true);
  });

  it('passes messages that answer no call to onEvent', () => {
    const w = fakeWorker();
    const events: unknown[] = [];
    const channel = openChannel<never, never, string>(w.endpoint, { onEvent: (m) => events.push(m) });
    channel.post('pause');
    w.reply({ type: 'beat', runId: 1 });
    expect(w.posted).toEqual(['pause']);
    expect(events).toEqual([{ type: 'beat', runId: 1 }]);
  });

  it('serveCalls answers each call once, and turns a throw into that call’s error', async () => {
    const channel = openChannel<number, number>(servingWorker((n: number) => {
      if (n < 0) throw new Error(`negative: ${n}`);
      return n * 2;
    }));
    await expect(channel.call(21)).resolves.toBe(42);
    await expect(channel.call(-1)).rejects.toThrow('negative: -1');
    await expect(channel.call(5)).resolves.toBe(10);
  });
});

describe('the store’s request/reply workers', () => {
  it('a stage Check whose worker crashes resolves with a failed verdict, and later ones run inline', async () => {
    const w = fakeWorker();
    let spawned = 0;
    const check = createStageChecker(() => { spawned++; return w.endpoint; });
    const pending = check('stage-1', emptyDesign('x'));
    w.crash('the worker failed');
    const view = await pending;
    expect(view).toMatchObject({ stageId: 'stage-1', passed: false, error: expect.stringContaining('the worker failed') });
    // The next Check grades on this thread: a real verdict, no new worker.
    const inline = await check('no-such-stage', emptyDesign('x'));
    expect(inline.error).toMatch(/no stage/i);
    expect(spawned).toBe(1);
  });

  it('a Compare whose worker crashes rejects with the reason, and the next one gets a new worker', async () => {
    const workers = [fakeWorker(), fakeWorker()];
    let spawned = 0;
    const compare = createCompareRunner(() => workers[spawned++].endpoint);
    const first = compare([emptyDesign('a'), emptyDesign('b')], 1, 10);
    workers[0].crash('killed');
    await expect(first).rejects.toThrow('killed');
    const second = compare([emptyDesign('a'), emptyDesign('b')], 1, 10);
    expect(spawned).toBe(2);
    workers[1].reply({ callId: workers[1].lastCallId(), reply: [] });
    await expect(second).resolves.toEqual([]);
  });
});
