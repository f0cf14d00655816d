import { LIMITS } from './limits';

/**
 * What an id may hold: ASCII letters, digits and - _ . : only, so two different ids never look the
 * same (no zero-width, bidirectional or look-alike letters, no lone surrogates, no spaces).
 */
export const ID_CHARS = /^[A-Za-z0-9_.:-]*$/;
/** Said wherever an id is refused or renamed, so the rule reads the same everywhere. */
export const ID_RULE = `ids may hold only letters A–Z and a–z, digits and - _ . : (at most ${LIMITS.maxIdChars} characters)`;

/** Why `id` is not a valid id, or undefined when it is. */
export function idProblem(id: string): string | undefined {
  if (id.length === 0) return 'must not be empty';
  if (id.length > LIMITS.maxIdChars) return `must be at most ${LIMITS.maxIdChars} characters`;
  if (!ID_CHARS.test(id)) return `has characters an id may not hold; ${ID_RULE}`;
  return undefined;
}

export const isValidId = (id: string): boolean => idProblem(id) === undefined;

/**
 * A valid id made from `raw`, not in `taken`: accents dropped ("café" → "cafe"), every other
 * character outside the rule becomes "-", then a number is added until it is free.
 */
export function sanitizeId(raw: string, taken: ReadonlySet<string>, fallback = 'id'): string {
  const base = raw.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^A-Za-z0-9_.:-]+/g, '-').replace(/^-+|-+$/g, '') || fallback;
  const fit = (text: string, suffix: string) => text.slice(0, LIMITS.maxIdChars - suffix.length) + suffix;
  let id = fit(base, '');
  for (let n = 2; taken.has(id); n++) id = fit(base, `-${n}`);
  return id;
}

/**
 * An id as a message shows it: printable characters as they are, invisible or confusable ones as
 * \u{…}, so the user can see why two ids that look alike differ.
 */
export function visibleId(raw: string, max = 40): string {
  if (raw.length <= max && ID_CHARS.test(raw)) return raw;
  let out = '';
  for (const ch of raw) {
    if (out.length >= max) return `${out}…`;
    out += ch === ' ' || /[\p{L}\p{N}\p{P}\p{S}]/u.test(ch) ? ch : `\\u{${ch.codePointAt(0)!.toString(16).toUpperCase()}}`;
  }
  return out;
}

/** A table keyed by id with no prototype, so an id such as "__proto__" or "constructor" is just a key. */
export const idTable = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;

/** `table[id]` only when the table holds it itself, so a prototype key never reads an inherited value. */
export const ownEntry = <T>(table: Readonly<Record<string, T>>, id: string): T | undefined => (Object.hasOwn(table, id) ? table[id] : undefined);
