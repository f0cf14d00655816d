/**
 * A chunk the first load leaves out (the design decoder, the SPOF analysis, My designs' actions):
 * fetched on the first call and kept. A failed fetch is forgotten, so the next call tries again
 * instead of repeating the old rejection.
 */
export interface LazyChunk<T> {
  /** The chunk's value, fetched on the first call; rejects when the fetch fails. */
  load(): Promise<T>;
  /** The value if it has arrived, for code that must answer at once. */
  now(): T | undefined;
}

export function lazyChunk<T>(fetch: () => Promise<T>, onArrive?: (value: T) => void): LazyChunk<T> {
  let ready: T | undefined;
  let loading: Promise<T> | undefined;
  return {
    load: () => {
      if (ready !== undefined) return Promise.resolve(ready);
      loading ??= fetch().then(
        (value) => { ready = value; onArrive?.(value); return value; },
        (error: unknown) => { loading = undefined; throw error; },
      );
      return loading;
    },
    now: () => ready,
  };
}
