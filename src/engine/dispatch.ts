/**
 * Which component handles what, by kind code: the one table that ties the core (flow.ts,
 * station.ts) to the components. Only build.ts imports it, and hands it to the simulation state,
 * so the components can import the core while the core imports no component.
 */
import { K } from './nodeState';
import type { KindBehaviour, NodeHandler } from './state';
import { cacheArrive } from './components/cache';
import { cdnArrive } from './components/cdn';
import { databaseArrive, databaseServed, pickDatabase } from './components/database';
import { dnsAnswerFresh, dnsArrive } from './components/dns';
import { lbArrive } from './components/loadBalancer';
import { nosqlArrive, nosqlServed } from './components/nosql';
import { objectStoreArrive, objectStoreServed } from './components/objectStore';
import { queueArrive } from './components/queue';
import { sessionStoreArrive, sessionStoreServed } from './components/sessionStore';
import { shardRouterArrive } from './components/shardRouter';
import { webArrive, webServed } from './components/web';
import { pullJobs, workerServed } from './components/worker';

const byCode = (entries: [code: number, handler: NodeHandler][]): (NodeHandler | undefined)[] => {
  const table: (NodeHandler | undefined)[] = new Array(Math.max(...Object.values(K)) + 1).fill(undefined);
  for (const [code, handler] of entries) table[code] = handler;
  return table;
};

export const KIND_BEHAVIOUR: KindBehaviour = {
  arrive: byCode([
    [K.dns, dnsArrive],
    [K.cdn, cdnArrive],
    [K.loadBalancer, lbArrive],
    [K.web, webArrive],
    [K.cache, cacheArrive],
    [K.database, databaseArrive],
    [K.sessionStore, sessionStoreArrive],
    [K.queue, queueArrive],
    [K.shardRouter, shardRouterArrive],
    [K.nosql, nosqlArrive],
    [K.objectStore, objectStoreArrive],
  ]),
  served: byCode([
    [K.web, webServed],
    [K.database, databaseServed],
    [K.sessionStore, sessionStoreServed],
    [K.worker, workerServed],
    [K.nosql, nosqlServed],
    [K.objectStore, objectStoreServed],
  ]),
  pullJobs,
  dnsAnswerFresh,
  pickDatabase,
};
