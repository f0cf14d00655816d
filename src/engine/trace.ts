/**
 * Request traces: 1 in N client requests carries the F_TRACED flag, and the few hooks in the
 * request path (flow.ts, station.ts, web.ts, metrics.ts) call in here only for those. A trace keeps
 * a cursor (the last time accounted for) and a phase; every hook first books the time since the
 * cursor to the phase, so the spans add up to the request's latency by construction.
 * Sampling counts arrivals and draws no random numbers: a traced run gives the same report as an
 * untraced one, and the same design and seed give the same traces.
 */
import { REQUEST_TYPES, type Design } from '../model';
import { peakOfferedRps } from './sampling';
import type { ErrorCause, RequestTrace, TraceSpan } from './api';
import { F_TRACED, type RequestPool } from './requests';

/** What the tracer reads of a run (SimState has it all); named here so this file does not import the state, which owns a tracer. */
interface SimState {
  readonly nowMs: number;
  readonly req: RequestPool;
  readonly nodes: readonly { readonly id: string }[];
  readonly clients: readonly { readonly node: number }[];
}

/** Traces a second the page asks for ('auto'): enough to click a second of the latency chart and find some. */
export const TRACES_PER_SECOND = 20;
/**
 * The sampling `npm run bench` prices on the final-chapter design (10,000 req/s): 1 in 100 is 100
 * traces a second, five times what 'auto' takes there (1 in 500), so the page's cost is lower still.
 */
export const DEFAULT_TRACE_EVERY = 100;

/** 1 in N for 'auto': about TRACES_PER_SECOND traces per simulated second at the design's peak. */
export function autoTraceEvery(design: Design, sampleK: number): number {
  return Math.max(1, Math.ceil(peakOfferedRps(design) / sampleK / TRACES_PER_SECOND));
}

/** Finished traces a run keeps (the most recent); a report or a frame never holds more. */
export const MAX_KEPT_TRACES = 10_000;

const NET = 0, QUEUE = 1, SERVICE = 2, BACKOFF = 3;

interface LiveSpan { node: number; networkMs: number; queueMs: number; serviceMs: number; error: number }

interface LiveTrace {
  id: number;
  type: number;
  startMs: number;
  cursorMs: number;
  phase: number;
  /** Time on the wire since the last node, booked to the next span when the request arrives. */
  pendingNetMs: number;
  attempts: number;
  /** The users' node it came from (a retry's wait and a failure before any node are booked there). */
  clientNode: number;
  spans: LiveSpan[];
}

export class Tracer {
  private seen = 0;
  private untilNext: number;
  private readonly live = new Map<number, LiveTrace>();
  /** Finished traces in the order they finished, and the part no frame has taken yet. */
  readonly done: RequestTrace[] = [];
  private fresh: RequestTrace[] = [];

  /** `causes`: the names of the engine's cause codes (state.ts CAUSES), handed in for the same reason. */
  constructor(readonly every: number, private readonly causes: readonly ErrorCause[]) {
    this.untilNext = 1;
  }

  /** A new client request: the first and then every N-th one is traced. */
  start(sim: SimState, req: number): void {
    this.seen++;
    if (--this.untilNext > 0) return;
    this.untilNext = this.every;
    const rp = sim.req;
    rp.flags[req] |= F_TRACED;
    this.live.set(req, { id: this.seen, type: rp.type[req], startMs: sim.nowMs, cursorMs: sim.nowMs, phase: NET, pendingNetMs: 0, attempts: 1, clientNode: sim.clients[rp.client[req]].node, spans: [] });
  }

  /** Books the time since the cursor to the current phase. */
  private close(sim: SimState, t: LiveTrace): void {
    const dt = sim.nowMs - t.cursorMs;
    t.cursorMs = sim.nowMs;
    const span = t.spans.at(-1);
    if (t.phase === BACKOFF) {
      // The user's wait before trying again: a span at the users' node, all of it waiting.
      t.spans.push({ node: t.clientNode, networkMs: 0, queueMs: dt, serviceMs: 0, error: -1 });
      t.phase = NET;
    } else if (t.phase === NET || span === undefined) t.pendingNetMs += dt;
    else if (t.phase === QUEUE) span.queueMs += dt;
    else span.serviceMs += dt;
  }

  arrive(sim: SimState, req: number, node: number): void {
    const t = this.live.get(req)!;
    this.close(sim, t);
    t.spans.push({ node, networkMs: t.pendingNetMs, queueMs: 0, serviceMs: 0, error: -1 });
    t.pendingNetMs = 0;
    // Time at a node outside its queue (a cache's hit time, a lookup) is its service.
    t.phase = SERVICE;
  }

  mark(sim: SimState, req: number, phase: number): void {
    const t = this.live.get(req)!;
    this.close(sim, t);
    t.phase = phase;
  }

  /** An attempt failed and the user will try again: the span where it failed says why. */
  retry(sim: SimState, req: number, cause: number, at: number): void {
    const t = this.live.get(req)!;
    this.close(sim, t);
    this.blame(t, at).error = cause;
    t.attempts++;
    t.phase = BACKOFF;
  }

  /** The request got its answer (cause −1) or failed for good at node `at`. */
  end(sim: SimState, req: number, cause: number, at: number): void {
    const t = this.live.get(req)!;
    this.close(sim, t);
    if (cause >= 0) this.blame(t, at).error = cause;
    else if (t.pendingNetMs > 0 && t.spans.length > 0) t.spans[t.spans.length - 1].networkMs += t.pendingNetMs;
    this.live.delete(req);
    sim.req.flags[req] &= ~F_TRACED;
    const out = finished(sim, t, cause, at, this.causes);
    push(this.done, out);
    push(this.fresh, out);
  }

  /** The span a failure at `at` belongs to: the last one if it is there, else a new one (a request lost on the way). */
  private blame(t: LiveTrace, at: number): LiveSpan {
    const last = t.spans[t.spans.length - 1];
    const node = at >= 0 ? at : t.clientNode;
    if (last !== undefined && last.node === node && t.pendingNetMs === 0) return last;
    const span = { node, networkMs: t.pendingNetMs, queueMs: 0, serviceMs: 0, error: -1 };
    t.pendingNetMs = 0;
    t.spans.push(span);
    return span;
  }

  /** Traces finished since the last call (for the live frame). */
  take(): RequestTrace[] {
    const out = this.fresh;
    this.fresh = [];
    return out;
  }
}

export const PHASE_QUEUE = QUEUE, PHASE_SERVICE = SERVICE, PHASE_NET = NET;

function push(list: RequestTrace[], t: RequestTrace): void {
  list.push(t);
  if (list.length > MAX_KEPT_TRACES) list.splice(0, list.length - MAX_KEPT_TRACES);
}

const ms = (x: number): number => Math.round(x * 1000) / 1000;

function finished(sim: SimState, t: LiveTrace, cause: number, at: number, causes: readonly ErrorCause[]): RequestTrace {
  const spans: TraceSpan[] = t.spans.map((s) => {
    const span: TraceSpan = { node: sim.nodes[s.node].id, networkMs: ms(s.networkMs), queueMs: ms(s.queueMs), serviceMs: ms(s.serviceMs) };
    if (s.error >= 0) span.error = causes[s.error];
    return span;
  });
  const out: RequestTrace = { id: t.id, type: REQUEST_TYPES[t.type], startMs: ms(t.startMs), totalMs: ms(sim.nowMs - t.startMs), outcome: cause >= 0 ? causes[cause] : 'ok', spans };
  if (cause >= 0) out.failedAt = sim.nodes[at >= 0 ? at : t.clientNode].id;
  if (t.attempts > 1) out.attempts = t.attempts;
  return out;
}
