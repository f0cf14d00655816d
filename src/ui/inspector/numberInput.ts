import { withUnit, type NumberParam } from '../../model';

/** "1 – 1000 ms": the range shown beside a number field and in its error message. */
export const formatRange = (spec: NumberParam): string =>
  `${spec.min.toLocaleString('en-US')} – ${withUnit(spec.max, spec.unit).replace(String(spec.max), spec.max.toLocaleString('en-US'))}`;

export type ParsedNumber = { ok: true; value: number } | { ok: false; message: string };

/**
 * Reads what the user typed into a number field and checks it against the spec, with a message a
 * learner can act on. The store checks again with the schema; this gives the message as they type.
 */
export function parseNumberInput(text: string, spec: NumberParam): ParsedNumber {
  const trimmed = text.trim().replace(/[_,\s]/g, '');
  if (trimmed === '') return { ok: false, message: `Enter a number from ${formatRange(spec)}.` };
  // Number('') is 0 and Number('0x10') is 16: accept plain decimals (and 1e3) only.
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(trimmed)) return { ok: false, message: `“${text.trim()}” is not a number. Use ${formatRange(spec)}.` };
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return { ok: false, message: `That number is too large. Use ${formatRange(spec)}.` };
  if (spec.integer && !Number.isInteger(value)) return { ok: false, message: `Must be a whole number, ${formatRange(spec)}.` };
  if (value < spec.min || value > spec.max) return { ok: false, message: `Must be between ${formatRange(spec)}.` };
  return { ok: true, value };
}
