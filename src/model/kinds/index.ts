import type { ParamValues } from '../params';
import { cacheKind } from './cache';
import { cdnKind } from './cdn';
import { clientKind } from './client';
import { dataCenterKind } from './dataCenter';
import { databaseKind } from './database';
import { dnsKind } from './dns';
import { loadBalancerKind } from './loadBalancer';
import { monitoringKind } from './monitoring';
import { nosqlKind } from './nosql';
import { objectStoreKind } from './objectStore';
import { queueKind } from './queue';
import { sessionStoreKind } from './sessionStore';
import { shardRouterKind } from './shardRouter';
import { webKind } from './web';
import { workerKind } from './worker';

export { REGIONS, type Region, type KindCategory, type KindSpec } from './kind';

/** Every component kind, in palette order. */
export const KIND_SPECS = {
  client: clientKind,
  dns: dnsKind,
  cdn: cdnKind,
  loadBalancer: loadBalancerKind,
  web: webKind,
  cache: cacheKind,
  database: databaseKind,
  sessionStore: sessionStoreKind,
  queue: queueKind,
  worker: workerKind,
  shardRouter: shardRouterKind,
  nosql: nosqlKind,
  objectStore: objectStoreKind,
  dataCenter: dataCenterKind,
  monitoring: monitoringKind,
} as const;

export type KindSpecs = typeof KIND_SPECS;
export type Kind = keyof KindSpecs;
export const KINDS = Object.keys(KIND_SPECS) as Kind[];

/** The full params of a node of kind K, every field filled. */
export type ParamsOf<K extends Kind> = ParamValues<KindSpecs[K]['params']>;

export const isKind = (value: unknown): value is Kind => typeof value === 'string' && Object.hasOwn(KIND_SPECS, value);

export const kindLabel = (kind: Kind): string => KIND_SPECS[kind].label;
