/** Pure helpers over library records: decoding, titles, dates, order and search. */
import type { Design } from '../../model';
import type { DecodeDesign } from '../persistence';
import type { KeptNote, KeptReason, LibraryEntry, LibraryRecord } from './types';

const KEPT_PHRASE: Record<KeptReason, string> = {
  link: 'kept before opening a link',
  file: 'kept before opening a file',
  stage: 'kept before opening a stage',
  gallery: 'kept before opening a gallery design',
  presenter: 'kept before the presenter view',
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "1 Dec 21:50" in the browser's time zone: short enough for a list, exact enough to tell apart. */
export function formatWhen(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return 'an unknown time';
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getDate()} ${MONTHS[d.getMonth()]} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** "My design — kept before opening a link, 1 Dec 21:50", or the name alone. */
export function entryTitle(name: string, kept: KeptNote | undefined): string {
  return kept ? `${name} — ${KEPT_PHRASE[kept.reason] ?? 'kept'}, ${formatWhen(kept.at)}` : name;
}

/** Decodes a stored record; one that cannot be read is listed with its reasons, never dropped. */
export function toEntry(record: LibraryRecord, decode: DecodeDesign): LibraryEntry {
  const decoded = decode(record.design);
  const design: Design | null = decoded.ok ? decoded.value : null;
  const name = design?.name ?? 'Unreadable design';
  return {
    id: record.id,
    name,
    title: entryTitle(name, record.kept),
    design,
    errors: decoded.ok ? [] : decoded.errors,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    ...(record.kept ? { kept: record.kept } : {}),
  };
}

/** Newest first. */
export const byNewest = (a: LibraryEntry, b: LibraryEntry): number => b.updatedAt.localeCompare(a.updatedAt);

/** Entries whose title contains every word of `query` (any case); an empty query keeps all. */
export function searchEntries(entries: readonly LibraryEntry[], query: string): LibraryEntry[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return entries.filter((e) => {
    const text = `${e.title} ${formatWhen(e.updatedAt)}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
}

/** A fresh entry id; no crypto.randomUUID, which plain-http hosts do not have. */
export function newEntryId(now = Date.now()): string {
  return `d-${now.toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
