/** A design from text: a share link's `d=` payload or a file's JSON, decoded and checked. */
import { decodeDesign } from './decode';
import type { Design } from './design';
import { readJsonText } from './inputGuards';
import { LIMITS } from './limits';
import { unpackLinkPayload } from './linkPayload';
import { failure, type Result } from './result';

/** Reads a `d=` payload back into a design, or says what is wrong with the link. Never throws. */
export function decodeDesignPayload(payload: string): Result<Design> {
  const text = unpackLinkPayload(payload, { noun: 'design', anchor: '#d=', source: 'The link' });
  if (!text.ok) return text;
  if (!/^\s*\{/.test(text.value)) return failure('The link is damaged: its data is not a design (it may have been cut short or changed when copied).');
  return parseDesignJson(text.value, 'The link');
}

/** Parses JSON text from a file or a link into a design. Never throws. */
export function parseDesignJson(text: string, source = 'The file'): Result<Design> {
  const data = readJsonText(text, source, 'a design', LIMITS.maxJsonDepth);
  if (!data.ok) return data;
  const result = decodeDesign(data.value);
  if (!result.ok) return { ok: false, errors: result.errors.map((e) => (e.startsWith(source) ? e : `${source}: ${e}`)) };
  return result;
}
