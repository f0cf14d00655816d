import { makeNode, type DesignNode } from '../model';
import { at, defineStage, evolve, type Link } from './build';
import { stage10 } from './stage10-monitoring';
import type { Stage } from './types';

/** A busy relational database: every write takes real work (indexes, constraints, the log). */
const slowWrites = { writeMs: 42 };

const start = evolve(stage10.solution, {
  name: 'Stage 11: one primary for every write',
  params: {
    users: { rps: 1000, profile: 'steady', mix: { static: 0.3, read: 0.3, write: 0.35, job: 0.05 }, keys: { count: 100_000, hotKeys: 2 } },
    'db-primary': slowWrites, 'db-replica-1': slowWrites, 'db-replica-2': slowWrites,
  },
});

const shardIds = ['shard-1', 'shard-2', 'shard-3', 'shard-4'];
const shards: DesignNode[] = shardIds.map((id, i) => makeNode('database', id, at(6, i), { role: 'shard', readMs: 60, ...slowWrites }));
const users = ['web-1', 'web-2', 'web-3', 'cache'];

const solution = evolve(start, {
  name: 'Stage 11: four shards behind a shard router',
  remove: ['db-primary', 'db-replica-1', 'db-replica-2'],
  add: [makeNode('shardRouter', 'shard-router', at(5, 1), { strategy: 'consistentHash', virtualNodes: 100 }), ...shards],
  link: [
    ...users.map((u): Link => [u, 'shard-router']),
    ...shardIds.map((s): Link => ['shard-router', s]),
  ],
});

export const stage11: Stage = defineStage({
  id: '11',
  title: 'Sharding the database',
  summary: 'Split the data across several databases by key, so writes scale out too.',
  explanation: `Replicas spread the reads, but every write still goes to the one primary, and now writes are a third of the traffic. The primary is nearly full, and the replicas, which must replay every write too, fall further and further behind (watch the stale reads). A bigger machine buys time; the lasting answer is to split the data.

Sharding gives each database (a shard) part of the keys. A shard router looks at a request's key (a user id, say) and sends it to the shard that owns it. Each shard is an ordinary database with its own primary, so four shards take four times the writes.

- The sharding key decides everything. It should spread the data evenly and be part of almost every query, so each request touches one shard.
- hash(key) % N is the simple scheme, but adding a fifth shard changes the answer for about four keys in five: nearly all the data has to move. Consistent hashing places keys and shards on a ring, so a new shard takes only its share (about one key in N+1) from its neighbours.
- The celebrity problem: one very popular key (a famous account) lands on one shard, and no hash can spread a single key. That shard needs special care: its own shard, or extra replicas for its reads.
- Joins across shards are slow or impossible, so data is often denormalised: copied into the shape each page needs, so one shard can answer.

Replace the primary and its replicas with a shard router (consistent hashing) and four shards, and connect the web servers and the cache to the router. In a real site each shard gets its own replicas, as in stage 4; we leave them out to keep the canvas small. The Check also kills a web server at 30 s.`,
  newKinds: ['shardRouter'],
  start,
  solution,
  scenario: [{ tS: 30, action: 'kill', target: 'web-1' }],
  check: { durationS: 40, seed: 11 },
  goals: [
    { type: 'utilization', kind: 'database', max: 0.6, label: 'Keep every database under 60% busy', hint: 'One primary takes every write: split the keys over several shards behind a shard router.' },
    { type: 'shardSkew', max: 1.5, label: 'The busiest shard carries at most 1.5× the average', hint: 'With consistent hashing, more virtual nodes spread the keys more evenly.' },
    { type: 'keysMovedOnAdd', max: 0.35, label: 'Adding a shard moves at most 35% of the keys', hint: 'hash % N reshuffles almost everything when N changes: switch the router to consistent hashing.' },
    { type: 'p99', maxMs: 400, label: 'Keep p99 latency under 400 ms', hint: 'Writes queue at the database: spread them over more shards.' },
    { type: 'errorRate', max: 0.02, label: 'Fail at most 2% of requests', hint: 'Look at the busiest database; spread its keys over more shards.' },
  ],
  demoOn: 'solution',
  demo: [
    { tS: 0, say: 'The router hashes each key to one of four shards. Look at the load share: roughly a quarter each, from about a fifth to under a third, because the slices of the ring are not quite equal. More virtual nodes even them out.' },
    { tS: 10, say: 'One celebrity key takes 2% of all requests, and it lives on shard-4: a hash cannot split one key. Raise the users’ Celebrity share and watch shard-4 pull ahead of the rest.' },
    { tS: 20, say: 'Switch the router to hash % N and look at "keys moved if a shard is added": most of the data would move.' },
    { tS: 30, say: 'A web server fails: the data tier does not care.', action: { kill: 'web-1' } },
  ],
});
