import { makeNode } from '../model';
import { at, defineStage, evolve } from './build';
import { stage04 } from './stage04-replication';
import type { Stage } from './types';

/** Reads are now expensive queries (joins, sorting), so the replicas run hot without a cache. */
const slowReads = { readMs: 60 };

const start = evolve(stage04.solution, {
  name: 'Stage 5: busy database',
  params: {
    users: { rps: 500, mix: { static: 0.2, read: 0.7, write: 0.1 }, keys: { count: 5000 } },
    'db-primary': slowReads,
    'db-replica-1': slowReads,
    'db-replica-2': slowReads,
  },
  move: { 'db-primary': at(5, 0), 'db-replica-1': at(6, 0), 'db-replica-2': at(6, 1) },
});

const solution = evolve(start, {
  name: 'Stage 5: a cache in front of the database',
  add: [makeNode('cache', 'cache', at(4, 0), { capacityKeys: 2000 })],
  link: [
    ['web-1', 'cache'], ['web-2', 'cache'],
    ['cache', 'db-replica-1'], ['cache', 'db-replica-2'], ['cache', 'db-primary'],
  ],
});

export const stage05: Stage = defineStage({
  id: '5',
  title: 'A cache tier',
  summary: 'Keep popular data in memory, so most reads never reach the database.',
  explanation: `Reads have become expensive: each one is a real query that joins tables and sorts rows. The replicas spend most of their time on the same few popular items, asked for again and again.

A cache keeps recent answers in memory. It works read-through: the web server asks the cache first; on a hit the answer comes back in a millisecond; on a miss the cache asks the database, keeps the answer, and returns it. A write goes to the database and removes the cached copy, so the next read loads the new value.

- Expiry (TTL): entries are dropped after a while, so stale data cannot live for ever. Shorter TTL: fresher data, more misses.
- Eviction: memory is limited. When the cache is full it drops an entry: the least recently used (LRU), the least often used (LFU), or simply the oldest (FIFO).
- Hit ratio: the share of reads the cache answers itself. Popular items are asked for far more often than the rest, so even a small cache can answer most reads.
- Keep the direct path from the web servers to the database: if the cache dies, reads fall back to it. That fallback is heavy: every read suddenly hits the database at once.

Add a cache between the web servers and the databases. The Check turns the cache off at 45 s to see if the database survives without it.`,
  newKinds: ['cache'],
  start,
  solution,
  scenario: [{ tS: 45, action: 'kill', target: 'cache' }],
  check: { durationS: 60, seed: 5 },
  goals: [
    { type: 'hitRatio', of: 'cache', min: 0.6, label: 'The cache answers at least 60% of reads', hint: 'Put a cache between the web servers and the databases; if the hit ratio is low, give it more capacity or a longer TTL.' },
    { type: 'utilization', kind: 'database', max: 0.5, label: 'Keep every database under 50% busy', hint: 'Each cache hit is a query the database does not run: add a cache, or make it bigger.' },
    { type: 'meanLatency', maxMs: 55, label: 'Answer in under 55 ms on average', hint: 'A cache hit takes a millisecond; a database read takes 60. Answer more reads from the cache.' },
    { type: 'errorRate', max: 0.01, label: 'Fail at most 1% of requests, even when the cache dies', hint: 'Keep the web servers wired to the databases so reads fall back when the cache is gone.' },
  ],
  demoOn: 'solution',
  demo: [
    { tS: 0, say: 'The cache starts empty, so at first every read is a miss and goes to a replica.' },
    { tS: 10, say: 'As it fills, the hit ratio climbs and the replicas cool down.' },
    { tS: 25, say: 'Now kill the cache. From the next second every read goes to the replicas: watch Cache hits drop to 0%.', action: { kill: 'cache' } },
    { tS: 35, say: 'Bring it back. It starts cold again, and warms up.', action: { restore: 'cache' } },
  ],
});
