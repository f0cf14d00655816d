/**
 * The event queue: a binary min-heap on flat typed arrays. Each heap slot holds the event's time,
 * a sequence number (ties at equal times pop in scheduling order, which keeps runs reproducible)
 * and an integer handle into an event table (type, node, request, aux) kept as struct-of-arrays.
 * Swapping three numbers per level and never allocating per event is what makes it ~10M ops/s;
 * comparator-based object heaps are several times slower (docs/theory.md, "Practical limits").
 */
export class EventQueue {
  private heapTime: Float64Array;
  private heapSeq: Float64Array;
  private heapHandle: Int32Array;
  size = 0;
  private seq = 0;

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
    // Sift up with a hole instead of swaps: one write per level.
    const times = this.heapTime, seqs = this.heapSeq, handles = this.heapHandle;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = times[parent];
      if (pt < timeMs || (pt === timeMs && seqs[parent] < seq)) break;
      times[i] = pt; seqs[i] = seqs[parent]; handles[i] = handles[parent];
      i = parent;
    }
    times[i] = timeMs; seqs[i] = seq; handles[i] = h;
  }

  /** Time of the earliest event (Infinity when empty). */
  peekTime(): number {
    return this.size > 0 ? this.heapTime[0] : Infinity;
  }

  /** Removes the earliest event and returns its handle; read the table, then call release(handle). */
  pop(): number {
    const times = this.heapTime, seqs = this.heapSeq, handles = this.heapHandle;
    const top = handles[0];
    const n = --this.size;
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
