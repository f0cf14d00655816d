/**
 * "My designs": the named designs kept in this browser. Each is a record in IndexedDB; the design
 * on the canvas is always one of them (its `id` is the store's `library.currentId`).
 */
import type { Design } from '../../model';

/** What replaced the canvas when a design was kept aside; names the entry in the list. */
export type KeptReason = 'link' | 'file' | 'stage' | 'gallery' | 'presenter';

export interface KeptNote {
  reason: KeptReason;
  /** ISO time the design was kept. */
  at: string;
}

/** What is stored per design. `design` is decoded again on every read: storage may hold anything. */
export interface LibraryRecord {
  id: string;
  design: unknown;
  createdAt: string;
  updatedAt: string;
  /** Set when the design was kept because something else replaced the canvas. */
  kept?: KeptNote;
}

/** A record as the list shows it: the design decoded, or the reasons it cannot be. */
export interface LibraryEntry {
  id: string;
  /** The design's own name ("Untitled design" when unreadable). */
  name: string;
  /** What the list shows: the name, and how the design came to be kept when it was. */
  title: string;
  design: Design | null;
  errors: string[];
  createdAt: string;
  updatedAt: string;
  kept?: KeptNote;
}

/**
 * Where records live: IndexedDB in the browser (idbLibrary), fake-indexeddb in tests. Every call
 * may reject (storage full, blocked, or no IndexedDB at all); callers say so and lose nothing.
 */
export interface DesignLibrary {
  list: () => Promise<LibraryRecord[]>;
  get: (id: string) => Promise<LibraryRecord | undefined>;
  /** Read-modify-write of one record in one transaction. */
  update: (id: string, change: (old: LibraryRecord | undefined) => LibraryRecord) => Promise<void>;
  remove: (id: string) => Promise<void>;
  getMeta: (key: string) => Promise<unknown>;
  setMeta: (key: string, value: unknown) => Promise<void>;
}
