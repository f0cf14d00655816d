import type { NumberParam } from '../../model';

const fmt = (n: number) => n.toLocaleString('en-US');
const unitSuffix = (spec: NumberParam) => (spec.unit ? ` ${spec.unit}` : '');

/** "1 – 1,000 ms": the range shown under a number field. */
export const formatRange = (spec: NumberParam): string => `${fmt(spec.min)} – ${fmt(spec.max)}${unitSuffix(spec)}`;

/** "from 1 to 1,000 ms": the range in an error sentence. */
const rangeInWords = (spec: NumberParam): string => `from ${fmt(spec.min)} to ${fmt(spec.max)}${unitSuffix(spec)}`;

export type ParsedNumber = { ok: true; value: number } | { ok: false; message: string };

/**
 * Reads what the user typed into a number field and checks it against the spec, with a message a
 * learner can act on. The store checks again with the schema; this gives the message as they type.
 */
export function parseNumberInput(text: string, spec: NumberParam): ParsedNumber {
  const trimmed = text.trim().replace(/[_,\s]/g, '');
  if (trimmed === '') return { ok: false, message: `Enter a number ${rangeInWords(spec)}.` };
  // Number('') is 0 and Number('0x10') is 16: accept plain decimals (and 1e3) only.
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(trimmed)) return { ok: false, message: `“${text.trim()}” is not a number. Enter a number ${rangeInWords(spec)}.` };
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return { ok: false, message: `That number is too large: use one ${rangeInWords(spec)}.` };
  if (spec.integer && !Number.isInteger(value)) return { ok: false, message: `Must be a whole number ${rangeInWords(spec)}.` };
  if (value < spec.min || value > spec.max) return { ok: false, message: `Must be ${rangeInWords(spec)}.` };
  return { ok: true, value };
}
