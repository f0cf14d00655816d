import { makeNode, type DesignNode, type Position } from '../model';
import { at, defineStage, design, evolve, type Link } from './build';
import { stage07 } from './stage07-stateless-web';
import type { Stage } from './types';

/** The request mix since stage 6: half static files, most of the rest reads. */
const mix = { static: 0.45, read: 0.45, write: 0.1, job: 0 };

/** Inside a data center, positions are relative to its top-left corner. */
const inside = (column: number, row: number): Position => ({ x: 40 + column * 200, y: 50 + row * 130 });
const dcSize = { width: 1040, height: 460 };
const dcEast = { ...makeNode('dataCenter', 'dc-east', at(2, 0), { region: 'us-east' }), size: dcSize, label: 'US East' };

/** What stays outside any data center: the users, DNS, and the CDN with its origin. */
const OUTSIDE = new Set(['users', 'users-west', 'dns', 'cdn', 'assets']);

const twoCoasts = evolve(stage07.solution, {
  name: 'Stage 8: users on two coasts, one data center',
  params: { users: { rps: 450, region: 'us-east' } },
  add: [makeNode('client', 'users-west', at(0, 3), { rps: 450, region: 'us-west', mix, users: 2000 })],
  link: [['users-west', 'dns']],
});

// The whole site so far sits in one data center in US East, so West users pay the trip across the
// country on every page and a dark East takes the site down for everyone.
const start = {
  ...twoCoasts,
  nodes: [dcEast, ...twoCoasts.nodes.map((n): DesignNode => (OUTSIDE.has(n.id) ? n : {
    ...n, parent: dcEast.id, position: { x: n.position.x - dcEast.position.x + 40, y: n.position.y - dcEast.position.y + 50 },
  }))],
};

function inDc(parent: string, nodes: DesignNode[]): DesignNode[] {
  return nodes.map((n) => ({ ...n, parent }));
}

const webParams = { sessions: 'shared' } as const;
const readMs = 60;

const nodes: DesignNode[] = [
  makeNode('client', 'users', at(0, 1), { rps: 450, region: 'us-east', mix, users: 2000 }),
  makeNode('client', 'users-west', at(0, 5), { rps: 450, region: 'us-west', mix, users: 2000 }),
  makeNode('dns', 'dns', at(1, 3), { geo: true }),
  makeNode('cdn', 'cdn', at(2, -1)),
  makeNode('objectStore', 'assets', at(3, -1)),
  dcEast,
  ...inDc('dc-east', [
    makeNode('loadBalancer', 'lb', inside(0, 1)),
    makeNode('web', 'web-1', inside(1, 0), webParams),
    makeNode('web', 'web-2', inside(1, 2), webParams),
    makeNode('cache', 'cache', inside(2, 0), { capacityKeys: 3000, ttlS: 60 }),
    makeNode('sessionStore', 'sessions', inside(2, 2)),
    makeNode('database', 'db-primary', inside(3, 0), { readMs, failoverS: 3 }),
    makeNode('database', 'db-replica-1', inside(4, 1), { role: 'replica', readMs }),
  ]),
  { ...makeNode('dataCenter', 'dc-west', at(2, 4), { region: 'us-west' }), size: dcSize, label: 'US West' },
  ...inDc('dc-west', [
    makeNode('loadBalancer', 'lb-west', inside(0, 1)),
    makeNode('web', 'web-3', inside(1, 0), webParams),
    makeNode('web', 'web-4', inside(1, 2), webParams),
    makeNode('cache', 'cache-west', inside(2, 0), { capacityKeys: 3000, ttlS: 60 }),
    makeNode('sessionStore', 'sessions-west', inside(2, 2)),
    makeNode('database', 'db-replica-2', inside(3, 1), { role: 'replica', readMs }),
  ]),
];

/** One data center's wiring: balancer → web servers → cache, sessions and databases. */
function wiring(lb: string, webs: string[], cache: string, sessions: string, dbs: string[]): Link[] {
  return [
    ['dns', lb],
    ...webs.map((w): Link => [lb, w]),
    ...webs.flatMap((w): Link[] => [[w, cache], [w, sessions], ...dbs.map((d): Link => [w, d])]),
    ...dbs.map((d): Link => [cache, d]),
  ];
}

const solution = design('Stage 8: two data centers behind GeoDNS', nodes, [
  ['users', 'dns'], ['users-west', 'dns'], ['dns', 'cdn'], ['cdn', 'assets'],
  ...wiring('lb', ['web-1', 'web-2'], 'cache', 'sessions', ['db-primary', 'db-replica-1']),
  ...wiring('lb-west', ['web-3', 'web-4'], 'cache-west', 'sessions-west', ['db-replica-2', 'db-primary']),
  ['db-primary', 'db-replica-1'], ['db-primary', 'db-replica-2'],
]);

export const stage08: Stage = defineStage({
  id: '8',
  title: 'More than one data center',
  summary: 'Run the site in two regions; GeoDNS sends users to the nearest, and to the other when one goes dark.',
  explanation: `Half of your users are now on the other side of the continent. The whole site runs in one data center, US East, so every request the West users make crosses the country twice, and if that data center loses power or its network, the whole site is gone for everyone.

So we run the site in two data centers. Each has its own load balancer, web servers, cache and session store. GeoDNS answers each user with the address of the nearest healthy data center: east-coast users go east, west-coast users go west, and each is answered by web servers near them.

- Failover: when a data center goes down, GeoDNS stops sending users there and they are served by the other one. They pay the trip across the country, but the site stays up.
- Data synchronisation is the hard part. There is still one database: its primary lives in one region and replicates to a replica in the other. Every write travels to the primary, and the reads are shared by all its replicas, so about half of them cross the country too: East users pay a little for what West users win. When the primary's data center dies, the replica in the surviving region is promoted. (The Partial failure stage gives each region data of its own.)
- Everything you deploy, configure and test now has to work in every region.

Add a second data center, US West, with its own balancer, web servers, cache and session store, turn on GeoDNS, and put a replica in the West. The Check switches off the East data center after 15 seconds.`,
  newKinds: ['dataCenter'],
  start,
  solution,
  scenario: [{ tS: 15, action: 'kill', target: 'dc-east' }],
  check: { durationS: 40, seed: 8 },
  goals: [
    { type: 'hasKind', kind: 'dataCenter', min: 2, label: 'Run in two data centers', hint: 'The site runs in US East only: drag a second data center onto the canvas for US West, and put a balancer, web servers, a cache and a session store inside it.' },
    { type: 'hasKind', kind: 'dns', min: 1, params: { geo: true }, label: 'Turn on GeoDNS', hint: 'Select DNS and switch on GeoDNS, so users go to the nearest healthy data center.' },
    { type: 'noSpof', kinds: ['dataCenter'], label: 'Survive losing a whole data center', hint: 'Each data center needs its own full copy of the web tier, and the other region needs a database replica to promote.' },
    { type: 'errorRate', max: 0.12, label: 'Fail at most 12% of requests when US East goes dark', hint: 'GeoDNS must see the other data center, and its web servers must reach a database replica that can be promoted.' },
  ],
  demoOn: 'solution',
  demo: [
    { tS: 0, say: 'East users go to US East, west users to US West: each is answered by web servers near them. The reads are still shared by both replicas, so some cross the country.' },
    { tS: 15, say: 'A storm takes out the East data center.', action: { kill: 'dc-east' } },
    { tS: 18, say: 'GeoDNS sends everyone West: East users now cross the country, West users no longer do, so p99 stays put. Writes fail until West\'s replica is promoted: one in ten.' },
    { tS: 35, say: 'The East is back, and GeoDNS sends its users home at once. In the next second some of their requests fail: the East balancer still counts its web servers as down until its next health check.', action: { restore: 'dc-east' } },
  ],
});
