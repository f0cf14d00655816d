/**
 * 32-bit integer and string hashes shared by the caches and the shard maps. Deterministic on
 * every platform: only Math.imul and 32-bit shifts, no floating-point rounding.
 */

/** murmur3's fmix32 finaliser: a bijection on 32-bit values with full avalanche. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const TWO_POW_32 = 4294967296;

/**
 * Hash of a non-negative integer key (exact up to 2^53). Keys below 2^32 — all that the engine
 * uses — take a single fmix32; the high word is folded in only when present.
 */
export function mixKey(key: number): number {
  if (key < TWO_POW_32) return fmix32(key >>> 0);
  const high = Math.floor(key / TWO_POW_32) >>> 0;
  return fmix32((key >>> 0) ^ Math.imul(high, 0x9e3779b1));
}

/** 32-bit FNV-1a of a string's UTF-16 code units, then fmix32 so nearby strings spread. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}
