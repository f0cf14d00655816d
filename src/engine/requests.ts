/**
 * Request records as struct-of-arrays with a free list: the hot path allocates no objects per
 * request. A record id is an index into these arrays; arrays double when the pool is exhausted,
 * so always read them through the pool (never cache a field array across a call that may allocate).
 */

/** Request types, in the order of the model's REQUEST_TYPES. */
export const STATIC = 0, READ = 1, WRITE = 2, JOB = 3;

/** A request's flow class (services.ts): its type, or 4 + its route when it travels on a declared route. */
export const flowClass = (type: number, route: number): number => (route >= 0 ? 4 + route : type);

/** Flag bits. */
export const F_BACKGROUND = 1; // not a client request (an async job after enqueue): no client metrics
export const F_SESSION_DONE = 2; // the session lookup at the web tier is done
export const F_COUNTED = 4; // the client already got its answer (enqueued job)
export const F_TRACED = 8; // a sampled request the tracer follows (trace.ts)

export class RequestPool {
  type = new Uint8Array(0);
  flags = new Uint8Array(0);
  region = new Int8Array(0);
  /** Hops taken so far: a loop in the design (balancers in a ring) cannot bounce a request forever. */
  hops = new Uint8Array(0);
  /** Retries made so far (0 on the first attempt). */
  attempt = new Uint8Array(0);
  client = new Int32Array(0);
  user = new Int32Array(0);
  key = new Int32Array(0);
  /** Node that missed in a cache / CDN and must be filled when the answer comes back (-1: none). */
  cache = new Int32Array(0);
  cdn = new Int32Array(0);
  /** Web server (or worker) that handled it: its caches get invalidated on a write. */
  web = new Int32Array(0);
  /** The circuit breaker its web server's call went through (an index into sim.breakers, -1: none; breaker.ts). */
  dep = new Int32Array(0);
  /** Node the reply leaves through to the user (a CDN, else a web server), for the egress meter (-1: none yet). */
  exit = new Int32Array(0);
  /** The client route it travels on (an index into the run's route table, -1: none; docs/services.md). */
  route = new Int16Array(0);
  /** The service it is counted under (an index into the run's service names, -1: none yet). */
  service = new Int16Array(0);
  startMs = new Float64Array(0);
  /** Arrival time at the current station, for the queue wait. */
  arriveMs = new Float64Array(0);
  /** The request fails with a timeout if not done by then. */
  deadlineMs = new Float64Array(0);
  private free = new Int32Array(0);
  private freeCount = 0;
  private capacity = 0;
  /** Records in use (for tests and the frame). */
  live = 0;

  constructor(initialCapacity = 4096) {
    this.grow(initialCapacity);
  }

  /** Takes a record; its fields hold stale values, the caller sets them all. */
  alloc(): number {
    if (this.freeCount === 0) this.grow(this.capacity * 2);
    this.live++;
    return this.free[--this.freeCount];
  }

  /** Returns a record to the pool. */
  release(id: number): void {
    this.live--;
    this.free[this.freeCount++] = id;
  }

  private grow(cap: number): void {
    const old = this.capacity;
    this.type = copy(new Uint8Array(cap), this.type);
    this.flags = copy(new Uint8Array(cap), this.flags);
    this.region = copy(new Int8Array(cap), this.region);
    this.hops = copy(new Uint8Array(cap), this.hops);
    this.attempt = copy(new Uint8Array(cap), this.attempt);
    this.client = copy(new Int32Array(cap), this.client);
    this.user = copy(new Int32Array(cap), this.user);
    this.key = copy(new Int32Array(cap), this.key);
    this.cache = copy(new Int32Array(cap), this.cache);
    this.cdn = copy(new Int32Array(cap), this.cdn);
    this.web = copy(new Int32Array(cap), this.web);
    this.dep = copy(new Int32Array(cap), this.dep);
    this.exit = copy(new Int32Array(cap), this.exit);
    this.route = copy(new Int16Array(cap), this.route);
    this.service = copy(new Int16Array(cap), this.service);
    this.startMs = copy(new Float64Array(cap), this.startMs);
    this.arriveMs = copy(new Float64Array(cap), this.arriveMs);
    this.deadlineMs = copy(new Float64Array(cap), this.deadlineMs);
    const free = new Int32Array(cap);
    free.set(this.free.subarray(0, this.freeCount));
    let n = this.freeCount;
    for (let i = cap - 1; i >= old; i--) free[n++] = i;
    this.free = free;
    this.freeCount = n;
    this.capacity = cap;
  }
}

function copy<T extends { set(a: ArrayLike<number>): void }>(fresh: T, old: ArrayLike<number>): T {
  fresh.set(old);
  return fresh;
}
