/**
 * The store's one way of talking to a worker: `call` sends a request and returns a promise of its
 * reply, `post` sends a message that needs none, and whatever the worker posts that answers no call
 * (a frame, a status, a beat) goes to `onEvent`. When the worker dies (an error event, or the owner
 * declares it dead with `fail`) every pending call is settled with an error at once, so nothing
 * waits for ever on a worker that will never answer.
 */
import { isReplyMessage, type CallMessage } from '../worker/rpc';

/** The part of a Worker the channel uses; the main-thread fallback has the same shape. */
export interface WorkerEndpoint<Out = unknown, In = unknown> {
  postMessage(message: Out): void;
  terminate(): void;
  onmessage: ((event: { data: In }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
}

export interface ChannelHandlers<In> {
  /** Every message that is not a reply to a call. */
  onEvent?: (message: In) => void;
  /** Called once, when the worker failed or was declared dead; the channel is closed after it. */
  onDead?: (reason: string) => void;
}

export interface WorkerChannel<Req, Rep, Out = never> {
  /** Sends `request`; resolves with the worker's reply, rejects with its error or the worker's death. */
  call(request: Req): Promise<Rep>;
  /** Sends a message that expects no reply (ignored once the channel is closed). */
  post(message: Out): void;
  /** Declares the worker dead: terminates it, rejects every pending call with `reason`, tells onDead. */
  fail(reason: string): void;
  /** Terminates the worker quietly; pending calls are rejected as cancelled. */
  close(): void;
  readonly open: boolean;
}

type Pending<Rep> = { resolve: (reply: Rep) => void; reject: (error: Error) => void };

/** Wraps `endpoint` (a freshly made worker) in a channel; `In` is everything the worker posts. */
export function openChannel<Req, Rep, Out = never, In = unknown>(
  endpoint: WorkerEndpoint<Out | CallMessage<Req>, In>,
  handlers: ChannelHandlers<In> = {},
): WorkerChannel<Req, Rep, Out> {
  const pending = new Map<number, Pending<Rep>>();
  let nextCallId = 1;
  let open = true;

  const shut = (reason: string): void => {
    open = false;
    endpoint.onmessage = null;
    endpoint.onerror = null;
    endpoint.terminate();
    const error = new Error(reason);
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };

  const fail = (reason: string): void => {
    if (!open) return;
    shut(reason);
    handlers.onDead?.(reason);
  };

  endpoint.onmessage = (event) => {
    if (!open) return;
    const data: unknown = event.data;
    if (!isReplyMessage(data)) {
      handlers.onEvent?.(event.data);
      return;
    }
    const waiting = pending.get(data.callId);
    if (!waiting) return;
    pending.delete(data.callId);
    if ('error' in data) waiting.reject(new Error(data.error));
    else waiting.resolve(data.reply as Rep);
  };
  endpoint.onerror = (event) => fail(event.message || 'The worker stopped unexpectedly.');

  return {
    call(request) {
      if (!open) return Promise.reject(new Error('The worker is no longer running.'));
      const callId = nextCallId++;
      return new Promise<Rep>((resolve, reject) => {
        pending.set(callId, { resolve, reject });
        try {
          endpoint.postMessage({ callId, request });
        } catch (err) {
          // An uncloneable request: only this call fails, the worker is fine.
          pending.delete(callId);
          reject(err instanceof Error ? err : new Error(String(err)));
        }
      });
    },
    post(message) {
      if (open) endpoint.postMessage(message);
    },
    fail,
    close() {
      if (open) shut('Cancelled: the worker was stopped.');
    },
    get open() { return open; },
  };
}
