import { makeNode } from '../model';
import { at, defineStage, evolve, type Link } from './build';
import { stage11 } from './stage11-sharding';
import type { Stage } from './types';

const webs = ['web-1', 'web-2', 'web-3', 'web-4'];

const start = evolve(stage11.solution, {
  name: 'Stage 12: the whole picture, some pieces still single',
  params: { users: { rps: 1200 } },
});

const solution = evolve(start, {
  name: 'Stage 12: millions of users',
  add: [
    makeNode('loadBalancer', 'lb-2', at(2, 1)),
    makeNode('web', 'web-4', at(3, 3), { sessions: 'shared' }),
    makeNode('cache', 'cache-2', at(4, 1), { capacityKeys: 3000, ttlS: 60 }),
    makeNode('sessionStore', 'sessions-2', at(4, 4)),
    makeNode('nosql', 'nosql', at(6, 4)),
  ],
  link: [
    ['dns', 'lb-2'], ['lb', 'web-4'], ['web-4', 'cache'], ['web-4', 'sessions'], ['web-4', 'shard-router'], ['web-4', 'jobs'],
    ...webs.map((w): Link => ['lb-2', w]),
    ...webs.flatMap((w): Link[] => [[w, 'cache-2'], [w, 'sessions-2'], [w, 'nosql']]),
    ['cache-2', 'shard-router'], ['cache-2', 'nosql'], ['cache', 'nosql'],
  ],
});

export const stage12: Stage = defineStage({
  id: '12',
  title: 'Millions of users and beyond',
  summary: 'Put it all together, move non-relational data to a NoSQL store, and give every tier that requests pass through a twin.',
  explanation: `You have built, one stage at a time, the shape most large sites share. Scaling further is more of the same, done carefully: find the part that runs out first, split it or copy it, and check that any single piece can fail.

Some of the data never needed a relational database: activity feeds, counters, user preferences, anything fetched by one key and never joined. A NoSQL key-value store spreads that data over many machines by itself and answers in a few milliseconds, and every request it takes is one the shards do not have to.

The whole journey, in one list:

- Keep the web tier stateless, with sessions in a shared store.
- Build redundancy at every tier: two of everything that requests pass through.
- Cache data as much as you can, and serve static files from a CDN.
- Replicate the database, and shard it when writes outgrow one machine.
- Put slow work behind a message queue.
- Run in more than one data center.
- Monitor everything, and automate the fixes you would always make by hand.

Add a NoSQL store for the non-relational data, a fourth web server, and a second load balancer, cache and session store. (The shards are still one machine each, and so are DNS and the queue with its workers: the SPOF panel still lists them. In a real site each shard has replicas too, as in stage 4, DNS is a managed service spread over many servers, and the queue runs as a cluster.) The Check takes out the load balancer, then the cache, then a web server.`,
  newKinds: ['nosql'],
  start,
  solution,
  scenario: [
    { tS: 10, action: 'kill', target: 'lb' },
    { tS: 20, action: 'kill', target: 'cache' },
    { tS: 30, action: 'kill', target: 'web-2' },
  ],
  check: { durationS: 40, seed: 12 },
  goals: [
    { type: 'served', kind: 'nosql', min: 3000, label: 'A NoSQL store takes the non-relational data', hint: 'Add a NoSQL store and connect the web servers and the caches to it.' },
    { type: 'noSpof', kinds: ['loadBalancer', 'web', 'cache', 'sessionStore'], label: 'Two of every tier that requests pass through', hint: 'Add a second load balancer (DNS points at both), a second cache and a second session store.' },
    { type: 'errorRate', max: 0.03, label: 'Fail at most 3% of requests through three failures', hint: 'Each failure needs a twin to take over: look at what the failed component was the only one of.' },
    { type: 'p99', maxMs: 400, label: 'Keep p99 latency under 400 ms', hint: 'Find the busiest box and give its tier another member.' },
  ],
  demoOn: 'solution',
  demo: [
    { tS: 0, say: 'The whole picture: CDN, two balancers, a stateless web tier, caches, shards, NoSQL, a queue and monitoring.' },
    { tS: 10, say: 'A load balancer fails; DNS sends users to the other one.', action: { kill: 'lb' } },
    { tS: 20, say: 'A cache fails; the other cache takes its keys and warms up.', action: { kill: 'cache' } },
    { tS: 30, say: 'A web server fails; the balancer notices at its next health check.', action: { kill: 'web-2' } },
    { tS: 35, say: 'Three failures, and users hardly noticed. That is what all the copies were for.' },
  ],
});
