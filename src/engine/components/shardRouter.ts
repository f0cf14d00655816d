/**
 * Shard router: maps a key to one shard (hash % N, or a consistent-hash ring with virtual nodes)
 * and counts the load per shard. A hot key makes its shard hot: no hash spreads one key.
 */
import { C_NO_ROUTE, C_NODE_DOWN, type SimState } from '../state';
import { K, type NodeRt, type ShardState } from '../nodeState';
import { fail, sendTo } from '../flow';
import { consistentHashRing, keysMovedFraction, moduloShards, type ShardMap } from '../lib/sharding';
import { pickDatabase } from './database';
import { PICK_CLUSTER } from '../../model/routing';
import { defineBehaviour } from '../componentBehaviour';

/** Keys examined to report the fraction that would move when a shard is added. */
const KEYS_MOVED_SAMPLE = 100_000;

/**
 * The fraction for the last few router layouts: counting it walks 100,000 keys through two shard
 * maps (about 1% of a 50 s run of the final-chapter design), and every re-run, Check and load-sweep
 * step of one design asks again. It depends on nothing but the layout, so the numbers are the same.
 */
const recentKeysMoved = new Map<string, number>();
const RECENT_LAYOUTS = 8;

function keysMovedOnAdd(routerId: string, ids: readonly string[], consistent: boolean, virtualNodes: number, sample: number, map: ShardMap): number {
  if (ids.length === 0) return 0;
  const layout = `${consistent ? virtualNodes : 'modulo'}|${sample}|${routerId}|${ids.join('\u0001')}`;
  const known = recentKeysMoved.get(layout);
  if (known !== undefined) return known;
  const idsPlus = [...ids, `${routerId}~added-shard`];
  const fraction = consistent
    ? keysMovedFraction(map, consistentHashRing(idsPlus, virtualNodes), sample, ids, idsPlus)
    : keysMovedFraction(map, moduloShards(ids.length + 1), sample);
  if (recentKeysMoved.size >= RECENT_LAYOUTS) recentKeysMoved.delete(recentKeysMoved.keys().next().value!);
  recentKeysMoved.set(layout, fraction);
  return fraction;
}

/** A read or write reaches the router. */
export function shardRouterArrive(sim: SimState, n: NodeRt, req: number): void {
  if (!n.alive) { fail(sim, req, C_NODE_DOWN, n.idx); return; }
  const s = n.shard!;
  if (s.shards.length === 0) { fail(sim, req, C_NO_ROUTE, n.idx); return; }
  const i = s.map.shardOf(sim.req.key[req]);
  s.load[i]++;
  s.bucketLoad[i]++;
  n.served++;
  n.bucketServed++;
  const shard = sim.nodes[s.shards[i]];
  let to = -1;
  if (shard.code === K.database) to = pickDatabase(sim, s.tiers[i], req);
  else if (shard.alive) { to = shard.idx; sim.pickEdge = s.edges[i]; }
  if (to < 0) { fail(sim, req, C_NODE_DOWN, n.idx); return; }
  sendTo(sim, req, to, sim.pickEdge, 0);
}

/** Builds a router's shard map over its shard targets (in edge order). */
export function buildShardState(n: NodeRt, shards: NodeRt[], edges: number[], keyCount: number): ShardState {
  const ids = shards.map((s) => s.id);
  const params = n.design.kind === 'shardRouter' ? n.design.params : { strategy: 'modulo', virtualNodes: 100 };
  const consistent = params.strategy === 'consistentHash';
  const map = consistent ? consistentHashRing(ids, params.virtualNodes) : moduloShards(ids.length);
  const sample = Math.min(keyCount, KEYS_MOVED_SAMPLE);
  return {
    map,
    shards: shards.map((s) => s.idx),
    edges,
    tiers: shards.map((s, i) => ({ targets: [s.idx], edges: [edges[i]], rr: 0, rule: PICK_CLUSTER, keySalt: 0 })),
    load: new Float64Array(shards.length),
    bucketLoad: new Float64Array(shards.length),
    lastShare: new Float64Array(shards.length),
    keysMovedOnAdd: keysMovedOnAdd(n.id, ids, consistent, params.virtualNodes, sample, map),
  };
}

export const shardRouterBehaviour = defineBehaviour({ kind: 'shardRouter', arrive: shardRouterArrive });
