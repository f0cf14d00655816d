/**
 * The library in IndexedDB through idb-keyval: one object store, records under `design:<id>`,
 * bookkeeping (the legacy migration) under `meta:<key>`.
 */
import type { UseStore } from 'idb-keyval';
import type { DesignLibrary, LibraryRecord } from './types';

// idb-keyval loads with the first call, not with the page: the first paint needs no storage.
type IdbKeyval = typeof import('idb-keyval');
let idbKeyval: Promise<IdbKeyval> | undefined;
const loadIdbKeyval = (): Promise<IdbKeyval> => (idbKeyval ??= import('idb-keyval'));

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
  /** Runs `op` on the store; no IndexedDB (or a failed load) becomes a rejection. */
  const run = async <T>(op: (idb: IdbKeyval, s: UseStore) => Promise<T>): Promise<T> => {
    if (typeof indexedDB === 'undefined') throw new Error('This browser has no IndexedDB.');
    const idb = await loadIdbKeyval();
    store ??= idb.createStore(dbName, LIBRARY_DB.store);
    return op(idb, store);
  };
  return {
    list: () => run(async (idb, s) => (await idb.entries<IDBValidKey, LibraryRecord>(s))
      .filter(([key]) => typeof key === 'string' && key.startsWith(DESIGN_PREFIX))
      .map(([, value]) => value)),
    get: (id) => run((idb, s) => idb.get<LibraryRecord>(DESIGN_PREFIX + id, s)),
    update: (id, change) => run((idb, s) => idb.update<LibraryRecord>(DESIGN_PREFIX + id, change, s)),
    remove: (id) => run((idb, s) => idb.del(DESIGN_PREFIX + id, s)),
    getMeta: (key) => run((idb, s) => idb.get(META_PREFIX + key, s)),
    setMeta: (key, value) => run((idb, s) => idb.set(META_PREFIX + key, value, s)),
  };
}
