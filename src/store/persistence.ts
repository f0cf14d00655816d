/**
 * Autosave in the browser's storage. Every read goes through decodeDesign and never throws; a value
 * that cannot be read is moved aside (never deleted), and the previous work is copied to a backup
 * slot before a shared link replaces it. The `v1` in the keys is the storage layout's version.
 */
import { decodeDesign, failure, serializeDesign, success, type Design, type Result } from '../model';
import type { KeyValueStorage } from './types';

export const STORAGE_KEYS = {
  autosave: 'scale-playground:autosave:v1',
  /** The autosave as it was before a shared link replaced it. */
  backup: 'scale-playground:backup:v1',
  /** Prefix of unreadable autosaves kept aside, one key per incident (`…:<ISO time>`). */
  brokenPrefix: 'scale-playground:broken:v1:',
} as const;

interface SavedEnvelope {
  savedAt: string;
  design: Design;
}

/** The saved design under `key`: none, a design, or the reasons it cannot be read. */
export function readSaved(storage: KeyValueStorage, key: string): Result<Design | null> {
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
  const design = typeof data === 'object' && data !== null && 'design' in data ? (data as { design: unknown }).design : undefined;
  if (design === undefined) return failure('The saved data holds no design.');
  return decodeDesign(design);
}

export type AutosaveLoad = {
  design: Design | null;
  keptAsideKey?: string;
  errors?: string[];
  /** True when an unreadable autosave could not be moved aside: saving now would overwrite it. */
  mustNotSave?: boolean;
};

/** Reads the autosave. An unreadable one is moved to its own key and reported, never lost. */
export function loadAutosave(storage: KeyValueStorage, now = new Date()): AutosaveLoad {
  const saved = readSaved(storage, STORAGE_KEYS.autosave);
  if (saved.ok) return { design: saved.value };
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
export function saveAutosave(storage: KeyValueStorage, design: Design, now = new Date()): boolean {
  return writeDesign(storage, STORAGE_KEYS.autosave, design, now);
}

function writeDesign(storage: KeyValueStorage, key: string, design: Design, now: Date): boolean {
  const envelope: SavedEnvelope = { savedAt: now.toISOString(), design };
  try {
    storage.setItem(key, JSON.stringify(envelope));
    return true;
  } catch {
    return false;
  }
}

/**
 * Copies the autosave to the backup slot, unless it holds the same design as `incoming` (opening
 * your own link twice should not replace a real backup). Returns whether a backup now exists.
 */
export function backupAutosave(storage: KeyValueStorage, incoming: Design): boolean {
  const current = readSaved(storage, STORAGE_KEYS.autosave);
  if (!current.ok || current.value === null) return false;
  if (serializeDesign(current.value) === serializeDesign(incoming)) return false;
  try {
    storage.setItem(STORAGE_KEYS.backup, storage.getItem(STORAGE_KEYS.autosave)!);
    return true;
  } catch {
    return false;
  }
}

/** The design in the backup slot. */
export function loadBackup(storage: KeyValueStorage): Result<Design> {
  const saved = readSaved(storage, STORAGE_KEYS.backup);
  if (!saved.ok) return saved;
  if (saved.value === null) return failure('There is no previous work saved in this browser.');
  return success(saved.value);
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
