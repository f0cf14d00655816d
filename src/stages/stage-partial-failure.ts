import { makeNode, type DesignNode } from '../model';
import { at, defineStage, design, evolve } from './build';
import type { Stage } from './types';

const webs = ['web-1', 'web-2', 'web-3', 'web-4'];
const pages = ['web-1', 'web-2'];
const uploads = ['web-3', 'web-4'];

const readers = makeNode('client', 'readers', at(0, 0.5), { rps: 300, mix: { static: 0, read: 1, write: 0, job: 0 } });
const uploaders: DesignNode = {
  ...makeNode('client', 'uploaders', at(0, 2.5), { rps: 30, mix: { static: 0, read: 0, write: 1, job: 0 } }),
  routes: [{ name: 'upload', type: 'write', share: 1, cost: 1 }],
};
const lb: DesignNode = {
  ...makeNode('loadBalancer', 'lb', at(1, 1.5), { healthCheckS: 1 }),
  rules: [{ service: 'pages', types: ['read'], routes: [] }, { service: 'uploads', types: [], routes: ['upload'] }],
};

// The services are split already; what they still share is the database behind them.
const start = design('Partial failure: two services, one database', [
  readers, uploaders, lb,
  ...webs.map((id, i) => makeNode('web', id, at(2, i), { workers: 16, serviceMs: 5, timeoutMs: 2000, service: pages.includes(id) ? 'pages' : 'uploads' })),
  makeNode('database', 'db', at(3, 1.5), { workers: 32 }),
], [['readers', 'lb'], ['uploaders', 'lb'], ...webs.map((w) => ['lb', w] as const), ...webs.map((w) => [w, 'db'] as const)]);

const breaker = { breakerFailures: 10, breakerWindowS: 5, breakerOpenS: 5 };
const solution = evolve(start, {
  name: 'Partial failure: the uploads store on its own',
  add: [makeNode('database', 'media-db', at(3, 3), { workers: 16 })],
  unlink: uploads.map((w) => [w, 'db'] as const),
  link: uploads.map((w) => [w, 'media-db'] as const),
  params: { 'web-3': breaker, 'web-4': breaker },
});

export const stagePartialFailure: Stage = defineStage({
  id: 'partial-failure',
  title: 'Partial failure',
  summary: 'A flaky, slow dependency should cost you the feature that needs it, not the whole site.',
  explanation: `Most outages are not a machine dying. They are a machine half working: a disk that answers slowly, a network link that drops some packets, a dependency that fails one call in three. Nothing is down, so health checks pass and failover never starts, yet everything that touches the sick part suffers.

Here the pages and the uploads are separate services already, each with its own web servers. But both still use one database. At 15 s the storage behind uploads goes bad: it loses 40% of the requests sent to it and answers ten times slower, until 45 s. Because it is the same database, the page views fail and slow down too, and every reader sees a broken site for thirty seconds because of a feature only a few use.

- Isolate the dependency: give the uploads service a store of its own (a second database), so its trouble stays with it. Bulkheads go all the way down the stack, not just to the web servers.
- Fail fast: a circuit breaker on the uploads servers stops calling a dependency that keeps failing, so they answer "try later" at once instead of piling up work.
- Time out: a short timeout bounds how long a caller waits on a slow dependency.
- Degrade gracefully: uploads may fail for a while; page views must not notice.

Add a database for uploads, connect web-3 and web-4 to it instead of the shared one, and give them a breaker. The Check injects the loss and the slowdown on the uploads store; in a design where uploads have none of their own, they hit the shared database.`,
  newKinds: [],
  beyondChapter: true,
  start,
  solution,
  scenario: [
    { tS: 15, action: 'loss', target: 'media-db', pct: 40 },
    { tS: 15, action: 'slow', target: 'media-db', factor: 10 },
    { tS: 45, action: 'heal', target: 'media-db' },
  ],
  check: { durationS: 60, seed: 21 },
  goals: [
    { type: 'serviceErrorRate', service: 'pages', max: 0.001, label: 'No page view fails while the uploads store is sick', hint: 'Pages and uploads share one database, so its losses hit page views: give uploads a database of their own.' },
    { type: 'serviceP99', service: 'pages', maxMs: 100, label: 'Keep page views under 100 ms p99', hint: 'The slow database slows every page view: move uploads to their own store.' },
    { type: 'hasKind', kind: 'database', min: 2, label: 'Uploads have a store of their own', hint: 'Add a second database and connect the uploads servers (web-3, web-4) to it instead of the shared one.' },
  ],
  demoOn: 'solution',
  demo: [
    { tS: 0, say: 'Pages go to web-1 and web-2 and read the main database; uploads go to web-3 and web-4 and write to their own store, media-db.' },
    { tS: 15, say: 'The uploads store goes bad: 40% of its requests are lost and the rest take ten times as long. Watch "Errors per service".' },
    { tS: 22, say: 'The breakers on web-3 and web-4 open: uploads fail at once instead of waiting. Page views carry on as if nothing happened.' },
    { tS: 45, say: 'The store heals; a probe gets through, the breakers close and uploads work again. The readers never knew.' },
  ],
});
