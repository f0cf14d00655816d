/**
 * Key → shard maps for the shard router: hash modulo N, and a consistent-hash ring with virtual
 * nodes. Both are deterministic functions of their inputs, so a run is reproducible and the
 * "keys moved when a shard is added" report is exact for the keys counted.
 */
import { hashString, mixKey } from './hash';

/** A fixed assignment of integer keys to shards. */
export interface ShardMap {
  readonly shardCount: number;
  /** Index into the shard list (-1 when there are no shards). */
  shardOf(key: number): number;
}

/** Deterministic 32-bit mixing hash of a non-negative integer key (murmur3 fmix32). */
export function hashKey(key: number): number {
  return mixKey(key);
}

/** hash(key) % count: even spread, but changing count moves almost every key. */
export function moduloShards(count: number): ShardMap {
  const shardCount = Math.max(0, Math.floor(count));
  return {
    shardCount,
    shardOf: (key) => (shardCount === 0 ? -1 : mixKey(key) % shardCount),
  };
}

/**
 * A ring of `virtualNodes` points per shard at hash(`${shardId}#${v}`); a key belongs to the first
 * point at or after hash(key), wrapping around. Lookup is a binary search on a sorted Uint32Array.
 */
export function consistentHashRing(shardIds: readonly string[], virtualNodes: number): ShardMap {
  const perShard = Math.max(1, Math.floor(virtualNodes));
  const points = shardIds.length * perShard;
  const rawPositions = new Uint32Array(points);
  const rawOwners = new Int32Array(points);
  for (let s = 0; s < shardIds.length; s++) {
    for (let v = 0; v < perShard; v++) {
      rawPositions[s * perShard + v] = hashString(`${shardIds[s]}#${v}`);
      rawOwners[s * perShard + v] = s;
    }
  }
  // Ties (two points on one position) are broken by shard index, so the ring never depends on
  // the sort's stability.
  const order = Array.from({ length: points }, (_, i) => i);
  order.sort((x, y) => rawPositions[x] - rawPositions[y] || rawOwners[x] - rawOwners[y]);
  const positions = new Uint32Array(points);
  const owners = new Int32Array(points);
  for (let i = 0; i < points; i++) { positions[i] = rawPositions[order[i]]; owners[i] = rawOwners[order[i]]; }

  return {
    shardCount: shardIds.length,
    shardOf: (key) => {
      if (points === 0) return -1;
      const h = mixKey(key);
      // First point with position ≥ h; past the last point wraps to the first.
      let lo = 0;
      let hi = points;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (positions[mid] < h) lo = mid + 1; else hi = mid;
      }
      return owners[lo === points ? 0 : lo];
    },
  };
}

/**
 * Fraction of keys 0..keyCount−1 whose owner changes from `before` to `after`: compared by shard id
 * when both id lists are given (indices may shift when a shard is added), else by index.
 */
export function keysMovedFraction(
  before: ShardMap,
  after: ShardMap,
  keyCount: number,
  shardIdsBefore?: readonly string[],
  shardIdsAfter?: readonly string[],
): number {
  const keys = Math.max(0, Math.floor(keyCount));
  if (keys === 0) return 0;
  const byId = shardIdsBefore !== undefined && shardIdsAfter !== undefined;
  let moved = 0;
  for (let key = 0; key < keys; key++) {
    const a = before.shardOf(key);
    const b = after.shardOf(key);
    const changed = byId ? shardIdsBefore[a] !== shardIdsAfter[b] : a !== b;
    if (changed) moved++;
  }
  return moved / keys;
}
