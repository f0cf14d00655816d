/**
 * Every kind's engine behaviour, one per kind in the model's registry (src/model/kinds). A kind
 * missing here fails to compile (and test/unit/contract/kindCompleteness.test.ts names it);
 * dispatch.ts builds the kind-code tables from this list.
 */
import type { Kind } from '../../model';
import type { ComponentBehaviour } from '../componentBehaviour';
import { cacheBehaviour } from './cache';
import { cdnBehaviour } from './cdn';
import { clientBehaviour } from './client';
import { dataCenterBehaviour } from './dataCenter';
import { databaseBehaviour } from './database';
import { dnsBehaviour } from './dns';
import { loadBalancerBehaviour } from './loadBalancer';
import { monitoringBehaviour } from './monitoring';
import { nosqlBehaviour } from './nosql';
import { objectStoreBehaviour } from './objectStore';
import { queueBehaviour } from './queue';
import { sessionStoreBehaviour } from './sessionStore';
import { shardRouterBehaviour } from './shardRouter';
import { webBehaviour } from './web';
import { workerBehaviour } from './worker';

export const COMPONENT_BEHAVIOURS: { readonly [K in Kind]: ComponentBehaviour<K> } = {
  client: clientBehaviour,
  dns: dnsBehaviour,
  cdn: cdnBehaviour,
  loadBalancer: loadBalancerBehaviour,
  web: webBehaviour,
  cache: cacheBehaviour,
  database: databaseBehaviour,
  sessionStore: sessionStoreBehaviour,
  queue: queueBehaviour,
  worker: workerBehaviour,
  shardRouter: shardRouterBehaviour,
  nosql: nosqlBehaviour,
  objectStore: objectStoreBehaviour,
  dataCenter: dataCenterBehaviour,
  monitoring: monitoringBehaviour,
};
