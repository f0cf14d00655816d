import { choice, num } from '../params';
import { oneDecimal, defineKind } from './kind';
import { facePool, sizeParam } from '../sizeParam';
import { SERVICE_NAMES } from '../services';

export const webKind = defineKind({
  kind: 'web',
  label: 'Web server',
  category: 'compute',
  idPrefix: 'web',
  nouns: { a: 'a web server', one: 'web server', many: 'web servers' },
  connectsTo: ['cache', 'database', 'sessionStore', 'queue', 'shardRouter', 'nosql', 'objectStore'],
  accepts: ['static', 'read', 'write', 'job'],
  summary: 'Runs the application: a pool of workers with a queue in front.',
  params: {
    size: sizeParam('m7i', 'workers'),
    workers: num({ applies: 'live', label: 'Workers', min: 1, max: 1000, integer: true, default: 8, help: 'Requests it can work on at once (threads or processes).' }),
    serviceMs: num({ applies: 'live', label: 'Service time', unit: 'ms', min: 0.1, max: 60_000, default: 20, help: 'Mean CPU time one request takes on this server.' }),
    serviceDist: choice(['exponential', 'constant', 'lognormal'], { applies: 'live', label: 'Service spread', default: 'exponential', help: 'How service times vary around the mean.' }),
    queueLimit: num({ applies: 'live', label: 'Queue limit', min: 0, max: 1_000_000, integer: true, default: 200, help: 'Requests that may wait; beyond it they are refused (queue full).' }),
    breakerFailures: num({ applies: 'live', label: 'Breaker after', unit: 'failures', min: 0, max: 10_000, integer: true, default: 0, help: 'A circuit breaker on this server’s calls to what is behind it: after this many failed calls within the window it opens and fails calls at once. 0: no breaker.' }),
    breakerWindowS: num({ applies: 'live', label: 'Breaker window', unit: 's', min: 0.1, max: 600, default: 10, help: 'The failures that open the breaker must fall within this many seconds.' }),
    breakerOpenS: num({ applies: 'live', label: 'Breaker open for', unit: 's', min: 0.1, max: 600, default: 5, help: 'How long an open breaker fails calls before it lets one probe through (half-open); the probe’s success closes it.' }),
    timeoutMs: num({ applies: 'live', label: 'Timeout', unit: 'ms', min: 1, max: 600_000, default: 5000, help: 'A request still unfinished this long after reaching this server fails with a timeout. Its users give up sooner when their “Give up after” comes first (30 s by default), so a longer timeout than that changes nothing.' }),
    service: choice(SERVICE_NAMES, { applies: 'restart', label: 'Service', default: '', help: 'The service this server belongs to. A load balancer’s rules send each service its own requests, so a slow service cannot stall the others. None: the shared pool, which takes whatever no service owns.' }),
    sessions: choice(['local', 'shared'], { applies: 'live', label: 'Sessions', default: 'local', help: 'Local: sessions live in this server’s memory. Shared: in a session store, so any server can serve any user.' }),
  },
  // Stateless: little shared between requests, so it scales nearly linearly for a long way.
  scaling: { family: 'm7i', usl: { sigma: 0.005, kappa: 0.000005 } },
  face: (p) => `${p.service ? `${p.service} · ` : ''}${facePool(p.size, p.workers)} workers · ${oneDecimal(p.serviceMs)} ms`,
  // Reads through a cache when it has one; writes past it straight to data (a write still
  // invalidates the cache: the engine does that); jobs to a queue, else done inline as writes.
  routes: ({ type, ofKinds, readDatabases, writeDatabases }) => {
    if (type === 'static') return [ofKinds('objectStore')];
    if (type === 'read') return [ofKinds('cache'), ofKinds('shardRouter', 'nosql'), readDatabases(ofKinds('database'))];
    if (type === 'write') {
      const stores = [ofKinds('shardRouter', 'nosql'), writeDatabases(ofKinds('database'))];
      // A cache is the way to the data only for a server wired to no store that takes writes. One
      // that is wired to a primary waits for it: while that primary fails over, its writes fail
      // there (nodeDown), not at a cache whose own store is a replica that cannot take them.
      return stores.some((tier) => tier.length > 0) ? stores : [...stores, ofKinds('cache')];
    }
    return [ofKinds('queue'), ofKinds('shardRouter', 'nosql'), writeDatabases(ofKinds('database'))];
  },
  reachedAs: 'address',
  spofHint: () => 'One web server: add a second one and put a load balancer in front of both.',
  // With no data tier the web server is the chapter's first stage: one box doing everything.
  servesLocally: () => true,
  refusals: {
    web: 'Web servers do not call each other here: put a load balancer in front of both.',
    worker: 'A web server hands slow jobs to workers through a queue: connect web server → message queue → worker pool.',
  },
});
