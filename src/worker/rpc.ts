/**
 * The wire format of a request/reply worker (stage Check, Compare): each call carries an id the
 * page chose, and the worker answers it exactly once, with a reply or with an error. The page side
 * is src/store/workerChannel.ts; `serveCalls` is the worker side.
 */

/** Page → worker. */
export interface CallMessage<Req> { callId: number; request: Req }

/** Worker → page: the answer to call `callId`. */
export type ReplyMessage<Rep> = { callId: number; reply: Rep } | { callId: number; error: string };

/** True for a reply to a call; anything else a worker posts is an event (a frame, a status, a beat). */
export const isReplyMessage = (data: unknown): data is ReplyMessage<unknown> =>
  typeof data === 'object' && data !== null && typeof (data as { callId?: unknown }).callId === 'number';

/** The part of DedicatedWorkerGlobalScope a serving worker uses. */
export interface CallScope<Req, Rep> {
  postMessage(message: ReplyMessage<Rep>): void;
  onmessage: ((event: { data: CallMessage<Req> }) => void) | null;
}

const describe = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/** Answers every call with `handle(request)`; a throw becomes the call's error, never a dead worker. */
export function serveCalls<Req, Rep>(scope: CallScope<Req, Rep>, handle: (request: Req) => Rep): void {
  scope.onmessage = (event) => {
    const { callId, request } = event.data;
    let message: ReplyMessage<Rep>;
    try {
      message = { callId, reply: handle(request) };
    } catch (err) {
      message = { callId, error: describe(err) };
    }
    scope.postMessage(message);
  };
}
