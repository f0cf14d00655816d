import { makeNode, type DesignNode, type Position } from '../model';
import { at, defineStage, design, evolve, withScenario, type Link } from './build';
import type { Stage } from './types';

const pages = ['web-1', 'web-2'];
const uploads = ['web-3', 'web-4'];
const pagesEu = ['web-5', 'web-6'];

/** Inside a data center, positions are relative to its top-left corner. */
const inside = (column: number, row: number): Position => ({ x: 40 + column * 200, y: 50 + row * 130 });
const member = (parent: string, node: DesignNode): DesignNode => ({ ...node, parent });
const web = (id: string, service: 'pages' | 'uploads', row: number, parent: string) =>
  member(parent, makeNode('web', id, inside(1, row), { workers: 16, serviceMs: 5, timeoutMs: 2000, service }));

const readers = makeNode('client', 'readers', at(0, 0.5), { rps: 300, region: 'us-east', mix: { static: 0, read: 0.95, write: 0.05, job: 0 } });
const readersEu = makeNode('client', 'readers-eu', at(0, 5.5), { rps: 300, region: 'eu-west', mix: { static: 0, read: 0.95, write: 0.05, job: 0 } });
const uploaders: DesignNode = {
  ...makeNode('client', 'uploaders', at(0, 2.5), { rps: 30, region: 'us-east', mix: { static: 0, read: 0, write: 1, job: 0 } }),
  routes: [{ name: 'upload', type: 'write', share: 1, cost: 1 }],
};
const lb: DesignNode = {
  ...makeNode('loadBalancer', 'lb', inside(0, 1.5), { healthCheckS: 1 }),
  parent: 'dc-us',
  rules: [{ service: 'pages', types: ['read', 'write'], routes: [] }, { service: 'uploads', types: [], routes: ['upload'] }],
};

// The services are split already; what they still share is the database behind them, and the
// European servers read it across the ocean.
const start = design('Partial failure: two services and two regions, one database', [
  readers, uploaders, readersEu,
  { ...makeNode('dataCenter', 'dc-us', at(1, 0), { region: 'us-east' }), size: { width: 640, height: 560 }, label: 'US East' },
  lb,
  ...pages.map((id, i) => web(id, 'pages', i, 'dc-us')),
  ...uploads.map((id, i) => web(id, 'uploads', i + 2, 'dc-us')),
  member('dc-us', makeNode('database', 'db', inside(2, 1), { workers: 32 })),
  { ...makeNode('dataCenter', 'dc-eu', at(1, 4.8), { region: 'eu-west' }), size: { width: 640, height: 320 }, label: 'EU West' },
  member('dc-eu', makeNode('loadBalancer', 'lb-eu', inside(0, 0.5), { healthCheckS: 1 })),
  ...pagesEu.map((id, i) => web(id, 'pages', i, 'dc-eu')),
], [
  ['readers', 'lb'], ['uploaders', 'lb'], ['readers-eu', 'lb-eu'],
  ...[...pages, ...uploads].map((w): Link => ['lb', w]), ...pagesEu.map((w): Link => ['lb-eu', w]),
  ...[...pages, ...uploads, ...pagesEu].map((w): Link => [w, 'db']),
]);

const scenario = [
  { tS: 10, action: 'loss', target: 'media-db', pct: 40 },
  { tS: 10, action: 'slow', target: 'media-db', factor: 10 },
  { tS: 25, action: 'heal', target: 'media-db' },
  { tS: 35, action: 'partition', target: 'dc-eu', peer: 'dc-us' },
  { tS: 50, action: 'heal', target: 'dc-eu' },
] as const;

const breaker = { breakerFailures: 10, breakerWindowS: 5, breakerOpenS: 5 };
const solution = withScenario([...scenario], evolve(start, {
  name: 'Partial failure: uploads on their own store, each region owning its data',
  add: [
    member('dc-us', makeNode('database', 'media-db', inside(2, 2.5), { workers: 16 })),
    member('dc-eu', makeNode('database', 'db-eu', inside(2, 0.5), { workers: 32 })),
  ],
  unlink: [...uploads, ...pagesEu].map((w): Link => [w, 'db']),
  link: [...uploads.map((w): Link => [w, 'media-db']), ...pagesEu.map((w): Link => [w, 'db-eu'])],
  params: Object.fromEntries([...pages, ...pagesEu].map((w) => [w, breaker]).concat(uploads.map((w) => [w, { ...breaker, timeoutMs: 1000 }]))),
}));

export const stagePartialFailure: Stage = defineStage({
  id: 'partial-failure',
  title: 'Partial failure',
  summary: 'A flaky dependency or a cut between regions should cost you the feature that needs it, not the whole site.',
  explanation: `Most outages are not a machine dying. They are a machine half working: a disk that answers slowly, a dependency that fails one call in three, a network link between two data centers that stops carrying anything. Nothing is down, so health checks pass and failover never starts, yet everything that touches the sick part suffers.

Here the pages and the uploads are separate services already, and the site runs in two regions: US East and EU West. But everything still uses the one database in US East. At 10 s the storage behind uploads goes bad: it loses 40% of the requests sent to it and answers ten times slower, until 25 s. Because it is the same database, page views fail and slow down too. At 35 s the link between the regions is cut, until 50 s: the European page servers read across it, get no answer, and every European reader sees a broken site, though both data centers are up.

- Isolate the dependency: give the uploads service a store of its own (a second database), so its trouble stays with it. Bulkheads go all the way down the stack, not just to the web servers.
- Keep each region's work in the region: give EU West a database of its own, holding its own users' data, so nothing a European page view needs (to read or to write) is on the other side of the cut. A replica of the US database would not do: European writes would still cross to the one primary, and the US servers' reads, spread over every replica, would cross too.
- Fail fast: a circuit breaker on each web server, one per dependency, stops calling a dependency that keeps failing, so the uploads servers answer "try later" at once, while their calls to anything healthy go on.
- Time out: a short timeout bounds how long a caller waits on a slow or unreachable dependency.

Add a database for uploads and connect web-3 and web-4 to it instead of the shared one; add a database inside EU West and connect web-5 and web-6 to it instead; give the web servers a breaker. The Check injects the loss and the slowdown on the uploads store (in a design where uploads have none of their own, they hit the shared database) and the cut between the regions.`,
  newKinds: [],
  beyondChapter: true,
  start,
  solution,
  scenario: scenario.map((f) => ({ ...f })),
  check: { durationS: 60, seed: 21 },
  goals: [
    { type: 'serviceErrorRate', service: 'pages', max: 0.001, label: 'No page view fails, in either region, while the uploads store is sick or the regions are cut apart', hint: 'Page views fail when what they read is sick or across the cut: give uploads a database of their own, and EU West a database of its own for its users.' },
    { type: 'serviceP99', service: 'pages', maxMs: 100, label: 'Keep page views under 100 ms p99', hint: 'A slow shared database, or a read across the ocean, slows page views: move uploads to their own store and give EU West its own database.' },
    { type: 'hasKind', kind: 'database', min: 3, label: 'Uploads have a store of their own, and each region a database of its own', hint: 'Add a database for the uploads servers (web-3, web-4), and one inside EU West for web-5 and web-6.' },
  ],
  demoOn: 'solution',
  demo: [
    { tS: 0, say: 'Pages go to web-1 and web-2 in US East and web-5 and web-6 in EU West; each region reads its own database. Uploads go to web-3 and web-4 and write to their own store, media-db.' },
    { tS: 10, say: 'The uploads store goes bad: 40% of its requests are lost and the rest take ten times as long. Watch "Errors per service".' },
    { tS: 14, say: 'The breakers of web-3 and web-4 on media-db open: uploads fail at once instead of waiting. Page views carry on as if nothing happened.' },
    { tS: 30, say: 'The store healed at 25 s; a probe got through, the breakers closed and uploads work again. The readers never knew.' },
    { tS: 35, say: 'Now the link between the regions is cut. Both data centers are up, so no health check notices.' },
    { tS: 40, say: 'EU West keeps serving its readers from its own database: nothing they need is across the cut, so "Errors per service" stays flat for pages.' },
    { tS: 50, say: 'The link is back. In the start, every European page view waited two seconds for an answer that never came, and failed, for those fifteen seconds.' },
  ],
});
