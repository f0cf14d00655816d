/** Small helpers shared by the cache implementations. */

/** Capacity as a whole, non-negative number of keys. */
export function normalizeCapacity(capacity: number): number {
  return Number.isFinite(capacity) && capacity > 0 ? Math.floor(capacity) : 0;
}

/** TTL as a non-negative number of ms; 0 (or anything invalid) means no expiry. */
export function normalizeTtlMs(ttlMs: number): number {
  return Number.isFinite(ttlMs) && ttlMs > 0 ? ttlMs : 0;
}

/** Absolute expiry time for an entry inserted at `nowMs`; Infinity when there is no TTL. */
export function expiryMs(nowMs: number, ttlMs: number): number {
  return ttlMs > 0 ? nowMs + ttlMs : Infinity;
}
