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

export { compact, oneDecimal, REGIONS, type Region, type KindCategory, type KindNouns, type KindSpec, type SpofFacts, type RouteContext, type DeadOutcome, type ReachedAs } from './kind';
import type { KindSpec, SpofFacts } from './kind';
import type { RequestType } from '../requestTypes';

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

/** A node as the kind helpers below see it: its kind and that kind's params. */
type NodeLike<K extends Kind> = { kind: K; params: ParamsOf<K> };

/** Whether nodes of `kind` can be single points of failure (their kind names a fix). */
export const isSpofCandidate = (kind: Kind): boolean => KIND_SPECS[kind].spofHint !== null;

/** The chapter's fix for a node that is a single point of failure ('' for a kind that never is one). */
export function spofHintOf<K extends Kind>(node: NodeLike<K>, facts: SpofFacts): string {
  const hint = KIND_SPECS[node.kind].spofHint as ((p: ParamsOf<K>, f: SpofFacts) => string) | null;
  return hint ? hint(node.params, facts) : '';
}

/** Whether a node answers a request of `type` itself when it has no route onward (its kind's `servesLocally`). */
export function servesLocallyOf<K extends Kind>(node: NodeLike<K>, type: RequestType): boolean {
  const own = KIND_SPECS[node.kind] as { servesLocally?: (t: RequestType, p: ParamsOf<K>) => boolean };
  return own.servesLocally?.(type, node.params) ?? false;
}

/** The routing facts of a kind's file (routes, onward, acceptsWith, ...), over params of kind K. */
export type RouteFacts<K extends Kind> = Pick<KindSpec<K, KindSpecs[K]['params']>, 'routes' | 'onward' | 'acceptsWith' | 'reachedAs' | 'pinsUsers' | 'picksByRegion' | 'carriesRoute' | 'whenDead'>;

/** What routing.ts reads from a node's kind file to route it. */
export const routeFactsOf = <K extends Kind>(kind: K): RouteFacts<K> => KIND_SPECS[kind] as RouteFacts<K>;

/** Part of the data tier: reached only through a web server. */
export const isDataTier = (kind: Kind): boolean => (KIND_SPECS[kind] as { dataTier?: boolean }).dataTier === true;

/** The kind file's own reason why `source` may not send to `target`, if it has one. */
export const refusalOf = (source: Kind, target: Kind): string | undefined =>
  (KIND_SPECS[source] as { refusals?: Readonly<Record<string, string>> }).refusals?.[target];

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
