/**
 * Shard router: maps a key to one shard (hash % N, or a consistent-hash ring with virtual nodes)
 * and counts the load per shard. A hot key makes its shard hot: no hash spreads one key.
 */
import { C_NO_ROUTE, C_NODE_DOWN, type SimState } from '../state';
import { K, type NodeRt, type ShardState } from '../nodeState';
import { fail, sendTo } from '../flow';
import { consistentHashRing, keysMovedFraction, moduloShards } from '../lib/sharding';
import { pickDatabase } from './database';
import { PICK_CLUSTER } from '../../model';
import { defineBehaviour } from '../componentBehaviour';

/** Keys examined to report the fraction that would move when a shard is added. */
const KEYS_MOVED_SAMPLE = 100_000;

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
  let keysMovedOnAdd = 0;
  if (ids.length > 0) {
    const idsPlus = [...ids, `${n.id}~added-shard`];
    keysMovedOnAdd = consistent
      ? keysMovedFraction(map, consistentHashRing(idsPlus, params.virtualNodes), sample, ids, idsPlus)
      : keysMovedFraction(map, moduloShards(ids.length + 1), sample);
  }
  return {
    map,
    shards: shards.map((s) => s.idx),
    edges,
    tiers: shards.map((s, i) => ({ targets: [s.idx], edges: [edges[i]], rr: 0, rule: PICK_CLUSTER, keySalt: 0 })),
    load: new Float64Array(shards.length),
    bucketLoad: new Float64Array(shards.length),
    lastShare: new Float64Array(shards.length),
    keysMovedOnAdd,
  };
}

export const shardRouterBehaviour = defineBehaviour({ kind: 'shardRouter', arrive: shardRouterArrive });
