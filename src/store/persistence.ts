/**
 * The autosave slot in the browser's localStorage: the design on the canvas, read back at once on
 * startup and watched by other tabs. Every read goes through the decoder it is handed (decodeDesign,
 * loaded on demand: src/store/decoder.ts) and never throws; a value that cannot be read is moved
 * aside (never deleted). The list of saved designs (src/store/library)
 * lives in IndexedDB; the slot names the entry it mirrors. The `v1` in the keys is the layout's version.
 */
import { failure, success, type Design, type Result } from '../model';
import type { KeyValueStorage } from './types';

/** The design decoder's entry point (src/model/decoding.ts), handed in so this file stays free of zod. */
export type DecodeDesign = (input: unknown) => Result<Design>;

export const STORAGE_KEYS = {
  autosave: 'scale-playground:autosave:v1',
  /** Before My designs: the autosave as it was before a shared link replaced it. Read once, to migrate it. */
  backup: 'scale-playground:backup:v1',
  /** Prefix of unreadable autosaves kept aside, one key per incident (`…:<ISO time>`). */
  brokenPrefix: 'scale-playground:broken:v1:',
} as const;

interface SavedEnvelope {
  savedAt: string;
  design: Design;
  /** The My designs entry this design is saved as (absent in slots written before the list). */
  entryId?: string;
}

/** The saved design under `key` with its envelope's facts, or the reasons it cannot be read. */
export interface SavedSlot {
  design: Design;
  savedAt?: string;
  entryId?: string;
}

/** The saved design under `key`: none, a design, or the reasons it cannot be read. */
export function readSaved(storage: KeyValueStorage, key: string, decode: DecodeDesign): Result<Design | null> {
  const slot = readSlot(storage, key, decode);
  return slot.ok ? success(slot.value?.design ?? null, slot.warnings) : slot;
}

/** Like readSaved, with when it was saved and which entry it belongs to. */
export function readSlot(storage: KeyValueStorage, key: string, decode: DecodeDesign): Result<SavedSlot | null> {
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return failure('The browser refused access to its storage.');
  }
  if (raw === null) return success(null);
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return failure('The saved data is not valid JSON (it may have been cut short).');
  }
  const envelope = typeof data === 'object' && data !== null ? (data as Partial<Record<keyof SavedEnvelope, unknown>>) : {};
  if (envelope.design === undefined) return failure('The saved data holds no design.');
  const decoded = decode(envelope.design);
  if (!decoded.ok) return decoded;
  return success({
    design: decoded.value,
    ...(typeof envelope.savedAt === 'string' ? { savedAt: envelope.savedAt } : {}),
    ...(typeof envelope.entryId === 'string' && envelope.entryId ? { entryId: envelope.entryId } : {}),
  }, decoded.warnings);
}

export type AutosaveLoad = {
  design: Design | null;
  savedAt?: string;
  entryId?: string;
  keptAsideKey?: string;
  errors?: string[];
  /** True when an unreadable autosave could not be moved aside: saving now would overwrite it. */
  mustNotSave?: boolean;
};

/** Reads the autosave. An unreadable one is moved to its own key and reported, never lost. */
export function loadAutosave(storage: KeyValueStorage, decode: DecodeDesign, now = new Date()): AutosaveLoad {
  const saved = readSlot(storage, STORAGE_KEYS.autosave, decode);
  if (saved.ok) return saved.value ? { ...saved.value } : { design: null };
  const keptAsideKey = STORAGE_KEYS.brokenPrefix + now.toISOString();
  try {
    const raw = storage.getItem(STORAGE_KEYS.autosave);
    if (raw !== null) {
      storage.setItem(keptAsideKey, raw);
      storage.removeItem(STORAGE_KEYS.autosave);
    }
    return { design: null, keptAsideKey, errors: saved.errors };
  } catch {
    // Could not move it: leave it where it is, and the caller must not save over it.
    return { design: null, errors: saved.errors, mustNotSave: true };
  }
}

/** Writes the design as the autosave; false when the browser refuses (quota, private mode). */
export function saveAutosave(storage: KeyValueStorage, design: Design, options: { entryId?: string; now?: Date } = {}): boolean {
  const envelope: SavedEnvelope = { savedAt: (options.now ?? new Date()).toISOString(), design, ...(options.entryId ? { entryId: options.entryId } : {}) };
  try {
    storage.setItem(STORAGE_KEYS.autosave, JSON.stringify(envelope));
    return true;
  } catch {
    return false;
  }
}

/** The raw text under `key`, or null when there is none or the browser refuses to read it. */
export function readRaw(storage: KeyValueStorage, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

/** window.localStorage when the browser allows it (it throws in some private modes), else undefined. */
export function browserStorage(): KeyValueStorage | undefined {
  try {
    if (typeof window === 'undefined' || !window.localStorage) return undefined;
    const probe = 'scale-playground:probe';
    window.localStorage.setItem(probe, '1');
    window.localStorage.removeItem(probe);
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** A storage in memory, for tests and for browsers that refuse localStorage. */
export function memoryStorage(initial: Record<string, string> = {}): KeyValueStorage & { dump: () => Record<string, string> } {
  const map = new Map(Object.entries(initial));
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => { map.set(key, String(value)); },
    removeItem: (key) => { map.delete(key); },
    dump: () => Object.fromEntries(map),
  };
}
