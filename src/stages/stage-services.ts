import { makeNode, type DesignNode } from '../model';
import { at, defineStage, design, evolve } from './build';
import type { Stage } from './types';

const webs = ['web-1', 'web-2', 'web-3', 'web-4'];

/** Page views (reads) from one group of users, uploads from another: each upload is 50× the work of a page. */
const readers = makeNode('client', 'readers', at(0, 0), { rps: 300, mix: { static: 0, read: 1, write: 0, job: 0 } });
const uploaders: DesignNode = {
  ...makeNode('client', 'uploaders', at(0, 3), { rps: 10, profile: 'spike', peakFactor: 6, mix: { static: 0, read: 0, write: 1, job: 0 } }),
  routes: [{ name: 'upload', type: 'write', share: 1, cost: 50 }],
};
// The balancer already knows who owns what; until servers join a service, the shared pool serves it all.
const lb: DesignNode = {
  ...makeNode('loadBalancer', 'lb', at(1, 1.5), { healthCheckS: 1 }),
  rules: [{ service: 'pages', types: ['read'], routes: [] }, { service: 'uploads', types: [], routes: ['upload'] }],
};

const start = design('Split into services: one pool for everything', [
  readers, uploaders, lb,
  ...webs.map((id, i) => makeNode('web', id, at(2, i), { workers: 8, serviceMs: 10, timeoutMs: 3000 })),
  makeNode('database', 'db', at(3, 1.5), { workers: 32 }),
], [['readers', 'lb'], ['uploaders', 'lb'], ...webs.map((w) => ['lb', w] as const), ...webs.map((w) => [w, 'db'] as const)]);

const solution = evolve(start, {
  name: 'Split into services: pages and uploads',
  params: { 'web-1': { service: 'pages' }, 'web-2': { service: 'pages' }, 'web-3': { service: 'uploads' }, 'web-4': { service: 'uploads' } },
});

export const stageServices: Stage = defineStage({
  id: 'services',
  title: 'Split into services',
  summary: 'Give slow work its own pool of servers, so a burst of it cannot stall the pages everybody is waiting for.',
  explanation: `So far every web server runs the whole application, and any of them takes any request. That is simple, and it wastes nothing: an idle worker helps whoever needs it. It also means every kind of request waits in the same queue. A photo upload takes fifty times as long as showing a page, and when a burst of uploads arrives it takes every worker in the pool. Page views, which need a few milliseconds of work, wait behind uploads that need half a second.

The chapter ends with the cure: split the tiers into individual services. Each service gets its own servers, and the load balancer sends each request to the service that owns it.

- Bulkheads: like the walls between a ship's compartments, a flooded uploads service no longer sinks the pages. Uploads may slow down or fail during their burst; page views do not notice.
- Each service scales on its own: more servers for uploads when uploads grow, without paying for idle page servers.
- A failure is smaller: a service whose servers all die takes down its own routes only, and the SPOF panel says which.
- The price: each pool must be sized for its own peak, since spare page workers can no longer help with uploads.

In this design the balancer already has its rules: page views (reads) belong to the pages service, the upload route to the uploads service. But no server belongs to a service yet, so the shared pool takes everything. Select each web server and set its Service: two for pages, two for uploads. Watch "Latency per service" through the upload burst in the middle of the run.`,
  newKinds: [],
  start,
  solution,
  scenario: [],
  check: { durationS: 60, seed: 13 },
  goals: [
    { type: 'serviceP99', service: 'pages', maxMs: 150, label: 'Keep page views under 150 ms p99 through the upload burst', hint: 'Uploads and page views share one pool: give the web servers a service, some for pages and some for uploads.' },
    { type: 'serviceErrorRate', service: 'pages', max: 0.001, label: 'No page view fails', hint: 'While uploads fill every worker, page views wait and time out: split the pool into services.' },
    { type: 'hasKind', kind: 'web', min: 2, params: { service: 'pages' }, label: 'Two web servers serve pages', hint: 'Set the Service of two web servers to pages, so losing one does not take the pages down.' },
    { type: 'hasKind', kind: 'web', min: 1, params: { service: 'uploads' }, label: 'Uploads have servers of their own', hint: 'Set the Service of the other web servers to uploads.' },
  ],
  demoOn: 'solution',
  demo: [
    { tS: 0, say: 'Two services now: the balancer sends page views to web-1 and web-2, uploads to web-3 and web-4.' },
    { tS: 26, say: 'The upload burst has begun. The uploads service fills up and its requests wait; the pages line in "Latency per service" stays flat.' },
    { tS: 30, say: 'Kill an upload server: uploads lose half their room, and from the next second many of them fail (watch Errors). Still not one page view is slower.', action: { kill: 'web-4' } },
    { tS: 38, say: 'The burst is over and web-4 is back; the uploads still waiting time out for a few seconds more. Scale each service for its own peak: uploads need more servers, pages do not.', action: { restore: 'web-4' } },
  ],
});
