import { leafParams, type Applies, type LeafParam, type ParamValues } from '../params';
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

export { compact, oneDecimal, REGIONS, type Region, type KindCategory, type KindNouns, type KindSpec } from './kind';

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

// Every `connectsTo` entry must name a kind: a typo fails to compile here, naming the stray entry.
type Targets<S> = S extends { connectsTo: readonly (infer T)[] } ? T : never;
type StrayTarget = Exclude<Targets<KindSpecs[Kind]>, Kind>;
const connectsOnlyToKinds: [StrayTarget] extends [never] ? true : StrayTarget = true;
void connectsOnlyToKinds;

/** The kinds a node of `kind` may send to. */
export const targetsOf = (kind: Kind): readonly Kind[] => KIND_SPECS[kind].connectsTo as readonly Kind[];

/** "a cache", "cache", "caches": how messages name nodes of `kind`. */
export const nounsOf = (kind: Kind) => KIND_SPECS[kind].nouns;

/** The one line of key parameters under a node's name. */
export function faceLine<K extends Kind>(kind: K, params: ParamsOf<K>): string {
  return (KIND_SPECS[kind].face as (p: ParamsOf<K>) => string)(params);
}

/** One leaf parameter of one kind, as the live-edit path and the inspector see it. */
export interface KindParam { kind: Kind; path: string; spec: LeafParam }

/** Every leaf parameter of every kind, in palette order. */
export const ALL_PARAMS: readonly KindParam[] = KINDS.flatMap((kind) =>
  leafParams(KIND_SPECS[kind].params).map(({ path, spec }) => ({ kind, path, spec })));

/** The leaf spec at `path` (`workers`, `mix.read`) of a kind, or undefined. */
export function leafSpecOf(kind: Kind, path: string): LeafParam | undefined {
  return ALL_PARAMS.find((p) => p.kind === kind && p.path === path)?.spec;
}

/** Whether an edit of `path` reaches a running simulation live or restarts it. */
export const appliesOf = (kind: Kind, path: string): Applies | undefined => leafSpecOf(kind, path)?.applies;
