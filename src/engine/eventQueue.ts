/**
 * The event queue: a binary min-heap on flat typed arrays, plus a few FIFO lanes. Each entry holds
 * the event's time, a sequence number (ties at equal times pop in scheduling order, which keeps
 * runs reproducible) and an integer handle into an event table (type, node, request, aux) kept as
 * struct-of-arrays. Swapping three numbers per level and never allocating per event is what makes
 * the heap ~10M ops/s; comparator-based object heaps are several times slower (docs/theory.md,
 * "Practical limits").
 *
 * Most events are scheduled a fixed delay after now (a network hop, a cache hit's answer): all the
 * events of one delay come due in the order they were scheduled, so `pushAfter` appends them to
 * that delay's lane, a ring buffer, instead of sifting them through the heap. `pop` takes the
 * earliest of the heap's top and the lanes' heads by (time, sequence), so the order is exactly
 * the one heap's: which structure holds an event never changes when it pops.
 */
/** Lanes at most: finding the next event compares each one's head, so a few. */
const MAX_LANES = 6;
const LANE_START = 256;
/** `next` values besides a lane's index. */
const HEAP = -1, UNKNOWN = -2;

export class EventQueue {
  private heapTime: Float64Array;
  private heapSeq: Float64Array;
  private heapHandle: Int32Array;
  private heapSize = 0;
  /** Events pending, in the heap and the lanes. */
  size = 0;
  private seq = 0;
  /** Where the earliest event is (a lane's index, HEAP, or UNKNOWN until findNext runs) and its time. */
  private next = UNKNOWN;
  readonly nextTime = new Float64Array(1);
  /** The lanes: each one's delay, and a ring buffer of (time, sequence, handle) with its head, length and mask. */
  private laneCount = 0;
  private readonly laneDelay = new Float64Array(MAX_LANES);
  private readonly laneTimes: Float64Array[] = [];
  private readonly laneSeqs: Float64Array[] = [];
  private readonly laneHandles: Int32Array[] = [];
  private readonly laneHead = new Int32Array(MAX_LANES);
  /** Each lane's head time (Infinity when empty), and which lane has the earliest (-1: none). */
  private readonly laneHeadTime = new Float64Array(MAX_LANES).fill(Infinity);
  private laneFirst = -1;
  private readonly laneLen = new Int32Array(MAX_LANES);
  private readonly laneMask = new Int32Array(MAX_LANES);

  /** Event table, indexed by handle. */
  evType: Uint8Array;
  evNode: Int32Array;
  evReq: Int32Array;
  evAux: Int32Array;
  private freeHandles: Int32Array;
  private freeCount: number;
  private capacity: number;

  constructor(initialCapacity = 1024) {
    this.capacity = initialCapacity;
    this.heapTime = new Float64Array(initialCapacity);
    this.heapSeq = new Float64Array(initialCapacity);
    this.heapHandle = new Int32Array(initialCapacity);
    this.evType = new Uint8Array(initialCapacity);
    this.evNode = new Int32Array(initialCapacity);
    this.evReq = new Int32Array(initialCapacity);
    this.evAux = new Int32Array(initialCapacity);
    this.freeHandles = new Int32Array(initialCapacity);
    for (let i = 0; i < initialCapacity; i++) this.freeHandles[i] = initialCapacity - 1 - i;
    this.freeCount = initialCapacity;
  }

  /** Schedules an event; returns nothing because events are never cancelled (handlers check epochs). */
  push(timeMs: number, type: number, node: number, req: number, aux: number): void {
    if (this.freeCount === 0) this.grow();
    const h = this.freeHandles[--this.freeCount];
    this.evType[h] = type;
    this.evNode[h] = node;
    this.evReq[h] = req;
    this.evAux[h] = aux;
    const seq = this.seq++;
    this.size++;
    this.next = UNKNOWN;
    // Sift up with a hole instead of swaps: one write per level.
    const times = this.heapTime, seqs = this.heapSeq, handles = this.heapHandle;
    let i = this.heapSize++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = times[parent];
      if (pt < timeMs || (pt === timeMs && seqs[parent] < seq)) break;
      times[i] = pt; seqs[i] = seqs[parent]; handles[i] = handles[parent];
      i = parent;
    }
    times[i] = timeMs; seqs[i] = seq; handles[i] = h;
  }

  /**
   * Schedules an event `delayMs` after `nowMs`, the clock (which never goes back). The first
   * MAX_LANES delays seen get a lane each; other delays, or a time before its lane's last, go to the heap.
   */
  pushAfter(nowMs: number, delayMs: number, type: number, node: number, req: number, aux: number): void {
    const timeMs = nowMs + delayMs;
    const l = this.laneFor(delayMs, timeMs);
    if (l < 0) { this.push(timeMs, type, node, req, aux); return; }
    // Kept short so the compiler inlines it into the senders: the rare cases are laneFor's.
    const h = this.freeHandles[--this.freeCount];
    this.evType[h] = type;
    this.evNode[h] = node;
    this.evReq[h] = req;
    this.evAux[h] = aux;
    const len = this.laneLen[l]++;
    const j = (this.laneHead[l] + len) & this.laneMask[l];
    this.laneTimes[l][j] = timeMs;
    this.laneSeqs[l][j] = this.seq++;
    this.laneHandles[l][j] = h;
    this.size++;
    this.next = UNKNOWN;
    if (len === 0) this.laneStarted(l, timeMs);
  }

  /**
   * The lane for `delayMs` with room for one more event at `timeMs` (opened if there is none yet
   * and room for one), with a free handle ready; -1 when the event must go to the heap.
   */
  private laneFor(delayMs: number, timeMs: number): number {
    let l = 0;
    while (l < this.laneCount && this.laneDelay[l] !== delayMs) l++;
    if (l === this.laneCount) {
      if (l === MAX_LANES) return -1;
      this.openLane(delayMs);
    }
    const len = this.laneLen[l];
    if (len > 0 && timeMs < this.laneTimes[l][(this.laneHead[l] + len - 1) & this.laneMask[l]]) return -1;
    if (len > this.laneMask[l]) this.growLane(l);
    if (this.freeCount === 0) this.grow();
    return l;
  }

  /** Lane l was empty and now has a head: it may come before the other lanes' heads. */
  private laneStarted(l: number, timeMs: number): void {
    this.laneHeadTime[l] = timeMs;
    if (this.laneFirst < 0 || this.laneEarlier(l, this.laneFirst)) this.laneFirst = l;
  }

  /** Time of the earliest event (Infinity when empty). */
  peekTime(): number {
    this.findNext();
    return this.nextTime[0];
  }

  /**
   * Finds the earliest event by (time, sequence): the heap's top or a lane's head. Its time is
   * left in nextTime[0] (a typed array, so no number is boxed on the way out) for pop to take.
   */
  findNext(): void {
    const l = this.laneFirst;
    if (this.heapSize === 0) {
      this.next = l < 0 ? HEAP : l;
      this.nextTime[0] = l < 0 ? Infinity : this.laneHeadTime[l];
      return;
    }
    const t = this.heapTime[0];
    if (l >= 0) {
      const lt = this.laneHeadTime[l];
      if (lt < t || (lt === t && this.laneSeqs[l][this.laneHead[l]] < this.heapSeq[0])) {
        this.next = l;
        this.nextTime[0] = lt;
        return;
      }
    }
    this.next = HEAP;
    this.nextTime[0] = t;
  }

  /** Removes the earliest event and returns its handle; read the table, then call release(handle). */
  pop(): number {
    if (this.next === UNKNOWN) this.findNext();
    const l = this.next;
    this.next = UNKNOWN;
    this.size--;
    if (l === HEAP) return this.heapPop();
    const j = this.laneHead[l];
    const h = this.laneHandles[l][j];
    const mask = this.laneMask[l];
    this.laneHead[l] = (j + 1) & mask;
    this.laneHeadTime[l] = --this.laneLen[l] > 0 ? this.laneTimes[l][(j + 1) & mask] : Infinity;
    this.laneFirst = this.earliestLane();
    return h;
  }

  /** Whether lane a's head comes before lane b's (both non-empty). */
  private laneEarlier(a: number, b: number): boolean {
    const ta = this.laneHeadTime[a], tb = this.laneHeadTime[b];
    return ta < tb || (ta === tb && this.laneSeqs[a][this.laneHead[a]] < this.laneSeqs[b][this.laneHead[b]]);
  }

  /** The non-empty lane with the earliest head (-1: all empty). */
  private earliestLane(): number {
    let best = -1;
    for (let l = 0; l < this.laneCount; l++) {
      if (this.laneLen[l] > 0 && (best < 0 || this.laneEarlier(l, best))) best = l;
    }
    return best;
  }

  private heapPop(): number {
    const times = this.heapTime, seqs = this.heapSeq, handles = this.heapHandle;
    const top = handles[0];
    const n = --this.heapSize;
    if (n > 0) {
      const t = times[n], s = seqs[n], h = handles[n];
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= n) break;
        const right = child + 1;
        if (right < n && (times[right] < times[child] || (times[right] === times[child] && seqs[right] < seqs[child]))) child = right;
        const ct = times[child];
        if (t < ct || (t === ct && s < seqs[child])) break;
        times[i] = ct; seqs[i] = seqs[child]; handles[i] = handles[child];
        i = child;
      }
      times[i] = t; seqs[i] = s; handles[i] = h;
    }
    return top;
  }

  private openLane(delayMs: number): void {
    const l = this.laneCount++;
    this.laneDelay[l] = delayMs;
    this.laneTimes.push(new Float64Array(LANE_START));
    this.laneSeqs.push(new Float64Array(LANE_START));
    this.laneHandles.push(new Int32Array(LANE_START));
    this.laneMask[l] = LANE_START - 1;
  }

  /** Doubles lane `l`'s ring, unrolled so its oldest entry is at 0. */
  private growLane(l: number): void {
    const mask = this.laneMask[l], head = this.laneHead[l], len = this.laneLen[l];
    const cap = (mask + 1) * 2;
    const times = new Float64Array(cap), seqs = new Float64Array(cap), handles = new Int32Array(cap);
    const oldTimes = this.laneTimes[l], oldSeqs = this.laneSeqs[l], oldHandles = this.laneHandles[l];
    for (let k = 0; k < len; k++) {
      const j = (head + k) & mask;
      times[k] = oldTimes[j]; seqs[k] = oldSeqs[j]; handles[k] = oldHandles[j];
    }
    this.laneTimes[l] = times; this.laneSeqs[l] = seqs; this.laneHandles[l] = handles;
    this.laneHead[l] = 0;
    this.laneMask[l] = cap - 1;
  }

  /** Returns a handle to the free list once its fields have been read. */
  release(handle: number): void {
    this.freeHandles[this.freeCount++] = handle;
  }

  private grow(): void {
    const old = this.capacity;
    const cap = old * 2;
    this.capacity = cap;
    this.heapTime = growF64(this.heapTime, cap);
    this.heapSeq = growF64(this.heapSeq, cap);
    this.heapHandle = growI32(this.heapHandle, cap);
    const evType = new Uint8Array(cap); evType.set(this.evType); this.evType = evType;
    this.evNode = growI32(this.evNode, cap);
    this.evReq = growI32(this.evReq, cap);
    this.evAux = growI32(this.evAux, cap);
    const free = new Int32Array(cap);
    for (let i = 0; i < old; i++) free[i] = cap - 1 - i;
    this.freeHandles = free;
    this.freeCount = old;
  }
}

function growF64(a: Float64Array, cap: number): Float64Array { const b = new Float64Array(cap); b.set(a); return b; }
function growI32(a: Int32Array, cap: number): Int32Array { const b = new Int32Array(cap); b.set(a); return b; }
