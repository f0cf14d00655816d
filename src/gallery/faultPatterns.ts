/**
 * One design per partial fault, each carrying its fault in the scenario and built with the
 * pattern that lets it through: press Run and watch the fault land and the design hold.
 */
import { makeNode, type Design, type FaultEvent } from '../model';
import { globalSite } from './classics';
import { at, design, evolve, withScenario, type Link } from '../stages/build';

const READS_MOSTLY = { static: 0, read: 0.9, write: 0.1, job: 0 };

/** Users → balancer → three web servers → a database, with a 60 s run. */
function threeServers(name: string, faults: FaultEvent[], users: Record<string, unknown>, lb: Record<string, unknown> = {}): Design {
  const webs = ['web-1', 'web-2', 'web-3'];
  const d = design(name, [
    makeNode('client', 'users', at(0, 1), { rps: 400, mix: READS_MOSTLY, ...users }),
    makeNode('loadBalancer', 'lb', at(1, 1), { healthCheckS: 1, ...lb }),
    ...webs.map((id, i) => makeNode('web', id, at(2, i), { workers: 16, serviceMs: 10, timeoutMs: 1000 })),
    makeNode('database', 'db', at(3, 1), { workers: 32 }),
  ], [['users', 'lb'], ...webs.map((w): Link => ['lb', w]), ...webs.map((w): Link => [w, 'db'])]);
  return withScenario(faults, { ...d, sim: { ...d.sim, durationS: 60 } });
}

/** A server slowed 20×: least-connections sends it only what it can finish. */
export const slowSurvived = (algorithm: 'least-connections' | 'round-robin' = 'least-connections'): Design => threeServers(
  'Slow server: least-connections routes around it',
  [{ tS: 10, action: 'slow', target: 'web-1', factor: 20 }, { tS: 45, action: 'heal', target: 'web-1' }],
  {}, { algorithm },
);

/** A database that loses a fifth of its requests: users retry with backoff and jitter. */
export const lossSurvived = (retries = 3): Design => threeServers(
  'Lossy database: retries with backoff',
  [{ tS: 10, action: 'loss', target: 'db', pct: 20 }, { tS: 45, action: 'heal', target: 'db' }],
  { retries, retryBackoffMs: 50 },
);

/** A server that keeps going down and up: a health check every second, spare servers and a retry. */
export const flapSurvived = ({ retries, healthCheckS } = { retries: 2, healthCheckS: 1 }): Design => threeServers(
  'Flapping server: health checks, spares and a retry',
  [{ tS: 10, action: 'flap', target: 'web-2', periodS: 5 }, { tS: 50, action: 'heal', target: 'web-2' }],
  { retries, retryBackoffMs: 100 }, { healthCheckS },
);

const PARTITION: FaultEvent[] = [{ tS: 20, action: 'partition', target: 'dc-us', peer: 'dc-eu' }, { tS: 40, action: 'heal', target: 'dc-us' }];

/** The classic global site cut in two: its EU writes cross the ocean to the one primary, and fail. */
export const partitionShared = (): Design => {
  const d = globalSite();
  return withScenario(PARTITION, { ...d, sim: { ...d.sim, durationS: 60 } });
};

/** The two regions cut apart, each owning its own users' data: nothing needs the other side, so nothing fails. */
export const partitionSurvived = (): Design => withScenario(PARTITION, evolve(partitionShared(), {
  name: 'Partition: each region owns its data',
  params: { 'db-eu-west': { role: 'primary' } },
  unlink: [['db-us-east', 'db-eu-west'], ['web-1-eu-west', 'db-us-east'], ['web-2-eu-west', 'db-us-east']],
}));
