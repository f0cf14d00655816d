/** A growable ring buffer of integers (request ids waiting at a station, jobs in a queue). */
export class IntFifo {
  private items: Int32Array;
  private head = 0;
  length = 0;

  constructor(initialCapacity = 16) {
    this.items = new Int32Array(initialCapacity);
  }

  /** Appends at the tail. */
  push(value: number): void {
    if (this.length === this.items.length) this.grow();
    const cap = this.items.length;
    let i = this.head + this.length;
    if (i >= cap) i -= cap;
    this.items[i] = value;
    this.length++;
  }

  /** Removes from the head (caller checks length first). */
  shift(): number {
    const v = this.items[this.head];
    this.head++;
    if (this.head === this.items.length) this.head = 0;
    this.length--;
    return v;
  }

  /** Empties the buffer, handing each item to `each` in FIFO order. */
  drain(each: (value: number) => void): void {
    while (this.length > 0) each(this.shift());
  }

  private grow(): void {
    const old = this.items;
    const next = new Int32Array(old.length * 2);
    for (let k = 0; k < this.length; k++) {
      let i = this.head + k;
      if (i >= old.length) i -= old.length;
      next[k] = old[i];
    }
    this.items = next;
    this.head = 0;
  }
}
