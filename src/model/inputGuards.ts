import { LIMITS } from './limits';
import { failure, success, type Result } from './result';

/**
 * Cheap checks that run before the schema, so hostile input (very deep, very wide or very large)
 * is refused in bounded time instead of making zod or JSON.parse work through all of it.
 */

/** How deep brackets nest in JSON text, stopping once past `limit`; strings are skipped. */
export function jsonTextDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92 /* \ */) i++;
      else if (ch === 34 /* " */) inString = false;
    } else if (ch === 34) {
      inString = true;
    } else if (ch === 91 /* [ */ || ch === 123 /* { */) {
      if (++depth > limit) return true;
    } else if (ch === 93 /* ] */ || ch === 125 /* } */) {
      depth--;
    }
  }
  return false;
}

/**
 * Walks an untrusted value once and says what makes it too big to be a design: nesting deeper
 * than `LIMITS.maxJsonDepth`, an object with more than `LIMITS.maxObjectKeys` fields, or more than
 * `LIMITS.maxValues` values in all. Returns undefined when the value is small enough to parse.
 */
export function shapeProblem(value: unknown): string | undefined {
  let budget = LIMITS.maxValues;
  const stack: [unknown, number, string][] = [[value, 0, '']];
  while (stack.length) {
    const [v, depth, path] = stack.pop()!;
    if (--budget < 0) return `it holds more than ${LIMITS.maxValues} values, far more than any design.`;
    if (typeof v !== 'object' || v === null) continue;
    if (depth >= LIMITS.maxJsonDepth) return `it is nested too deeply (more than ${LIMITS.maxJsonDepth} levels${path ? `, at ${path}` : ''}).`;
    if (Array.isArray(v)) {
      if (v.length > LIMITS.maxValues) return `${path || 'it'} is a list of ${v.length} items, far more than any design holds.`;
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], depth + 1, `${path}[${i}]`]);
      continue;
    }
    const keys = Object.keys(v);
    if (keys.length > LIMITS.maxObjectKeys) return `${path || 'it'} has ${keys.length} fields; no part of a design has more than ${LIMITS.maxObjectKeys}.`;
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i];
      stack.push([(v as Record<string, unknown>)[key], depth + 1, path ? `${path}.${shorten(key, 24)}` : shorten(key, 24)]);
    }
  }
  return undefined;
}

/** Cuts a text for a message, so a megabyte of hostile text never ends up on screen. */
export const shorten = (text: string, max = 40): string => (text.length > max ? `${text.slice(0, max)}…` : text);

/** A short, safe description of any value for a message: never throws, never long. */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'undefined': return 'nothing';
    case 'string': return JSON.stringify(shorten(value));
    case 'number': return String(value);
    case 'boolean': return String(value);
    case 'bigint': return `${shorten(String(value))} (a big integer)`;
    case 'object':
      if (value === null) return 'null';
      return Array.isArray(value) ? 'a list' : 'an object';
    default: return `a ${typeof value}`;
  }
}

/**
 * Untrusted JSON text, read with the cheap checks first: a byte-order mark dropped (editors on
 * Windows save one and JSON.parse chokes on it), the size, then the nesting on the text itself
 * (parsing a million nested brackets is slow), then JSON.parse. `noun` finishes "too large to be a …".
 * Never throws.
 */
export function readJsonText(text: string, source: string, noun: string, maxDepth: number): Result<unknown> {
  if (typeof text !== 'string') return failure(`${source} holds no text.`);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.length > LIMITS.maxJsonChars) return failure(`${source} is too large to be ${noun} (${Math.round(text.length / 1000)} kB; the most is ${LIMITS.maxJsonChars / 1_000_000} MB).`);
  if (jsonTextDepthExceeds(text, maxDepth)) return failure(`${source} is nested too deeply to be ${noun} (more than ${maxDepth} levels).`);
  try {
    return success<unknown>(JSON.parse(text));
  } catch (err) {
    const detail = err instanceof Error ? err.message.split('\n')[0].slice(0, 120) : '';
    return failure(`${source} is not valid JSON${detail ? ` (${detail})` : ''}; it may be truncated or damaged.`);
  }
}
