import { LIMITS } from './limits';
import { decompressUriPayload } from './lzDecompress';
import { failure, success, type Result } from './result';

/** How a link's messages name what it carries: "design" after "#d=", read as "The link". */
export interface LinkNames {
  /** What the link carries: "design", "stage". */
  readonly noun: string;
  /** What comes before the payload in the address: "#d=", "#stage-def=". */
  readonly anchor: string;
  /** How a sentence starts about this link: "The link", "The stage link". */
  readonly source: string;
}

/**
 * The text inside a share link's lz-string payload (`#d=` designs, `#stage-def=` stages), or what
 * is wrong with the link. Never throws. Chat apps and mail clients sometimes percent-encode a
 * link, turn "+" into a space (the decompressor turns it back) or add a line break when wrapping
 * it; none of these are damage, so they are undone before judging.
 */
export function unpackLinkPayload(payload: unknown, { noun, anchor, source }: LinkNames): Result<string> {
  const empty = `The link holds no ${noun} (nothing after "${anchor}").`;
  if (typeof payload !== 'string') return failure(empty);
  const tooLong = (length: number): Result<string> => failure(`The link is too long to be a ${noun} (${length} characters; the most is ${LIMITS.maxLinkChars}).`);
  // Percent-encoding at most triples a link, so past three times the limit nothing can unpack to
  // one; judged before the whitespace pass, which would otherwise walk megabytes first.
  if (payload.length > LIMITS.maxLinkChars * 3) return tooLong(payload.length);
  let cleaned = payload.replace(/\s+$|^\s+|[\r\n]/g, '');
  if (cleaned.includes('%')) {
    try { cleaned = decodeURIComponent(cleaned); } catch { /* judged below */ }
  }
  if (!cleaned) return failure(empty);
  if (cleaned.length > LIMITS.maxLinkChars) return tooLong(cleaned.length);
  if (!/^[A-Za-z0-9+\-$ ]*$/.test(cleaned)) return failure(`${source} is damaged: it has characters a ${noun} link never contains (was it edited or cut?).`);
  const text = decompressUriPayload(cleaned, LIMITS.maxJsonChars);
  if (!text.ok && text.reason === 'too-large') return failure(`${source} unpacks to more than ${LIMITS.maxJsonChars / 1_000_000} MB, far more than any ${noun}; it was not made by Scale Playground.`);
  if (!text.ok || !text.text) return failure(`${source} is damaged: its data does not unpack (it may have been cut short when copied).`);
  return success(text.text);
}
