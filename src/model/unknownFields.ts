import { shorten } from './inputGuards';

/**
 * Unknown fields are kept out of a design but never dropped in silence: each one becomes a
 * warning that names where it was and, when a known field is spelled almost the same, which one
 * was probably meant.
 */

/** Edits (insert, delete, change, swap two neighbours) between a and b, or more than `cap`. */
export function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  // Optimal string alignment: Levenshtein plus swapping two neighbours ("edgse" → "edges" is one edit).
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const change = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + change);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
      row.push(d);
    }
    before = prev;
    prev = row;
  }
  return prev[b.length];
}

/** The known name closest to `word`, if it is close enough to be a typo (case ignored). */
export function closestName(word: string, known: readonly string[]): string | undefined {
  if (word.length > 64) return undefined;
  const lower = word.toLowerCase();
  // Two letters or fewer: only a change of case; then one edit, two from six letters on:
  // "prams" → "params", but not "z" → "x".
  const cap = lower.length <= 2 ? 0 : lower.length < 6 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = cap + 1;
  for (const name of known) {
    const d = editDistance(lower, name.toLowerCase(), cap);
    if (d < bestDistance) { best = name; bestDistance = d; }
  }
  return best;
}

/** Where unknown fields were found: the subject of the message, and the path to the object holding them. */
export interface FieldPlace {
  /** `node "web-1"`, `design`, `edge "e1" (users → web-1)`. */
  place: string;
  /** The path of the object inside the place, with a trailing dot: `position.`, `params.mix.` */
  prefix?: string;
  /** "field", or "parameter" inside params. */
  noun?: string;
}

/** The warning for one unknown field. */
export function unknownFieldWarning(where: FieldPlace, field: string, known: readonly string[]): string {
  const guess = closestName(field, known);
  const prefix = where.prefix ?? '';
  return `${where.place}: unknown ${where.noun ?? 'field'} "${prefix}${shorten(field, 30)}"${guess ? `, did you mean "${prefix}${guess}"?` : '.'} It was left out.`;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `value` with only its `known` fields, and a warning in `warnings` for each other one. Anything
 * that is not an object comes back as it was, for the schema to refuse with its own message.
 */
export function keepKnownFields(value: unknown, known: readonly string[], where: FieldPlace | (() => FieldPlace), warnings: string[]): unknown {
  if (!isRecord(value)) return value;
  let unknown: string[] | undefined;
  for (const key in value) if (Object.hasOwn(value, key) && !known.includes(key)) (unknown ??= []).push(key);
  if (!unknown) return value;
  const place = typeof where === 'function' ? where() : where;
  for (const key of unknown) warnings.push(unknownFieldWarning(place, key, known));
  // Copied field by field from the known names only, so "__proto__" and the like are never assigned.
  const kept: Record<string, unknown> = {};
  for (const key of known) if (Object.hasOwn(value, key)) kept[key] = value[key];
  return kept;
}
