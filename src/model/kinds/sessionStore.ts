import { num } from '../params';
import { oneDecimal, defineKind } from './kind';
import { facePool, sizeParam } from '../sizeParam';

export const sessionStoreKind = defineKind({
  kind: 'sessionStore',
  label: 'Session store',
  category: 'data',
  idPrefix: 'sessions',
  nouns: { a: 'a session store', one: 'session store', many: 'session stores' },
  connectsTo: [],
  accepts: [],
  summary: 'Shared session data (Redis-like), so any web server can serve any user.',
  params: {
    size: sizeParam('r7i', 'workers'),
    workers: num({ applies: 'live', label: 'Workers', min: 1, max: 10_000, integer: true, default: 8, help: 'Lookups it serves at once.' }),
    serviceMs: num({ applies: 'live', label: 'Lookup time', unit: 'ms', min: 0.01, max: 10_000, default: 1, help: 'Mean time of one session lookup.' }),
  },
  // One keyspace in memory: commands contend for it.
  scaling: { family: 'r7i', usl: { sigma: 0.02, kappa: 0.0001 } },
  face: (p) => `${facePool(p.size, p.workers)} workers · ${oneDecimal(p.serviceMs)} ms`,
  routes: null,
  spofHint: () => 'Every web server using it needs it for each request: run a second session store and connect the web servers to both.',
  dataTier: true,
});
