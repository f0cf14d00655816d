/** Pure helpers over library records the whole editor uses: titles, dates, ids (browse.ts has the dialog's). */
import type { KeptNote, KeptReason } from './types';

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

/** Why the library could not store or read something, as its messages say it. */
export const LIBRARY_REFUSED = 'this browser refused to store it (storage full, or blocked in private mode)';

/** A fresh entry id; no crypto.randomUUID, which plain-http hosts do not have. */
export function newEntryId(now = Date.now()): string {
  return `d-${now.toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
