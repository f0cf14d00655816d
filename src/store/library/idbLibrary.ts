/**
 * The library in IndexedDB through idb-keyval: one object store, records under `design:<id>`,
 * bookkeeping (the legacy migration) under `meta:<key>`.
 */
import { createStore, del, entries, get, set, update, type UseStore } from 'idb-keyval';
import type { DesignLibrary, LibraryRecord } from './types';

export const LIBRARY_DB = { name: 'scale-playground', store: 'designs:v1' } as const;
const DESIGN_PREFIX = 'design:';
const META_PREFIX = 'meta:';

/**
 * A library over IndexedDB. The database is opened on first use, not here: importing the store
 * must not touch storage (the embed never does), and a browser without IndexedDB only sees the
 * calls reject.
 */
export function idbLibrary(dbName: string = LIBRARY_DB.name): DesignLibrary {
  let store: UseStore | undefined;
  const db = (): UseStore => {
    if (typeof indexedDB === 'undefined') throw new Error('This browser has no IndexedDB.');
    store ??= createStore(dbName, LIBRARY_DB.store);
    return store;
  };
  /** Runs `op` on the store; a synchronous throw (no IndexedDB) becomes a rejection. */
  const run = async <T>(op: (s: UseStore) => Promise<T>): Promise<T> => op(db());
  return {
    list: () => run(async (s) => (await entries<IDBValidKey, LibraryRecord>(s))
      .filter(([key]) => typeof key === 'string' && key.startsWith(DESIGN_PREFIX))
      .map(([, value]) => value)),
    get: (id) => run((s) => get<LibraryRecord>(DESIGN_PREFIX + id, s)),
    update: (id, change) => run((s) => update<LibraryRecord>(DESIGN_PREFIX + id, change, s)),
    remove: (id) => run((s) => del(DESIGN_PREFIX + id, s)),
    getMeta: (key) => run((s) => get(META_PREFIX + key, s)),
    setMeta: (key, value) => run((s) => set(META_PREFIX + key, value, s)),
  };
}
