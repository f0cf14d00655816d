import type { ParamSpecs, ParamValues } from '../params';
import type { RequestType } from '../requestTypes';
import type { KindScaling } from '../sizeParam';

/** Where a kind sits in the palette. */
export type KindCategory = 'traffic' | 'edge' | 'compute' | 'data' | 'async' | 'infra';

/** How messages name nodes of a kind: "a cache" / "cache" / "caches". */
export interface KindNouns {
  /** With its article, as a sentence uses it: "a cache", "an object store", "users". */
  readonly a: string;
  readonly one: string;
  readonly many: string;
}

/** What the SPOF analysis knows about a node when it words the fix for it. */
export interface SpofFacts {
  /** How many replicas copy this node (databases). */
  readonly replicas: number;
}

/**
 * What a kind's `routes` is given by the routing module (src/model/routing.ts): the request, the
 * node's params and the tier helpers. They are passed in, not imported, because the routing
 * module reads the kind registry; `N` is its node type, which a kind file never needs to name.
 */
export interface RouteContext<P, N> {
  /** The request type as it reaches the node. */
  readonly type: RequestType;
  /** The route a client declared for the request, when it has one (docs/services.md). */
  readonly route: string | undefined;
  readonly params: P;
  /** The node's targets of these kinds that take the request onward (its `onward` type), in edge order. */
  ofKinds(...kinds: readonly string[]): N[];
  /** Databases for a read: the replicas first, then the rest. */
  readDatabases(dbs: N[]): N[];
  /** Databases that take writes: every one that is not a replica. */
  writeDatabases(dbs: N[]): N[];
  /** A balancer's servers (and balancers further on) that take this request, by its service rules. */
  servicePool(): N[];
}

/** What a sender does about a target that is down (routing.ts `deadTarget`). */
export type DeadOutcome = 'passThrough' | 'promoted' | 'skipped';

/**
 * How senders choose a node of this kind inside a tier (routing.ts `pickRule`): by the user's
 * address (a server, a CDN or a DNS a browser connects to), by key (caches, NoSQL nodes), or as
 * a cluster (databases: reads over the replicas, writes to the primary).
 */
export type ReachedAs = 'address' | 'key' | 'cluster';

/**
 * Everything the app knows about one component kind, except how it looks (the UI's icon table)
 * and how it behaves (its file in src/engine/components). Edge rules, routing, the SPOF analysis,
 * the decoder, ids, run edits, the inspector and the node faces all read it from here.
 */
export interface KindSpec<K extends string = string, S extends ParamSpecs = ParamSpecs, T extends string = string> {
  readonly kind: K;
  readonly label: string;
  /** New nodes are called `<idPrefix>-<n>`: `web-2`, not a UUID. */
  readonly idPrefix: string;
  readonly category: KindCategory;
  /** One line for the palette tooltip. */
  readonly summary: string;
  readonly nouns: KindNouns;
  /** Kinds a node of this kind may send to (checked against the kind list in ./index.ts). */
  readonly connectsTo: readonly T[];
  /** Request types a node of this kind takes in (a database replica narrows this to reads: routing.ts). */
  readonly accepts: readonly RequestType[];
  /** Why nothing may be wired to or from this kind, when that is so (users: nothing into them). */
  readonly wiring?: string;
  readonly params: S;
  /** The one line of key parameters under the node's name on the canvas. */
  readonly face: (params: ParamValues<S>) => string;
  /** Groups hold other nodes instead of being wired. */
  readonly isGroup?: boolean;
  /** Kinds sold by instance size: the family they run on and how they scale on a bigger box. */
  readonly scaling?: KindScaling;
  /**
   * The chapter's fix when a node of this kind is a single point of failure (spof.ts), or null
   * when its nodes are never candidates (users are the ones who fail; a dead monitor stops
   * alerts, not requests).
   */
  readonly spofHint: ((params: ParamValues<S>, facts: SpofFacts) => string) | null;
  /**
   * Whether a node of this kind answers a request of `type` itself when it has no route onward
   * (routing.ts `servesLocally`); absent: never (it only passes requests on).
   */
  readonly servesLocally?: (type: RequestType, params: ParamValues<S>) => boolean;
  /** Part of the data tier: users never reach it directly, only through a web server (the edge rules say so). */
  readonly dataTier?: boolean;
  /** Why a node of this kind may not send to a given kind, when the generic refusal would not teach enough. */
  readonly refusals?: { readonly [target: string]: string };
  /**
   * Where a node of this kind sends a request, as tiers in order of preference (routing.ts
   * `routeTiers`: the first tier with a usable target wins), or null when it passes nothing on
   * (a store answers; a group or a monitor takes no requests). Required, so a kind that forwards
   * cannot forget it.
   */
  readonly routes: (<N>(ctx: RouteContext<ParamValues<S>, N>) => N[][]) | null;
  /** The request type its targets see, when it changes on the way (a worker's job is a write past it). */
  readonly onward?: (type: RequestType) => RequestType;
  /** Narrows `accepts` by the node's params (a database replica takes reads only). */
  readonly acceptsWith?: (type: RequestType, params: ParamValues<S>) => boolean;
  /** How senders choose a node of this kind inside a tier; absent: round robin. */
  readonly reachedAs?: ReachedAs;
  /** Its users keep one address from it (users' browsers, a DNS answer): senders of addresses pin them. */
  readonly pinsUsers?: boolean;
  /** Whether it sends each user to the nearest region (GeoDNS), by its params. */
  readonly picksByRegion?: (params: ParamValues<S>) => boolean;
  /**
   * A request keeps its declared route through it: it, or a hop after it, chooses by route (a
   * balancer's rules). Past any other kind the SPOF analysis sees a request as its type only.
   */
  readonly carriesRoute?: boolean;
  /** What its senders do once it is down, given whether it has a live replica; absent: they skip it. */
  readonly whenDead?: (params: ParamValues<S>, hasLiveReplica: boolean) => DeadOutcome;
}

export const defineKind = <const K extends string, const S extends ParamSpecs, const T extends string = never>(spec: KindSpec<K, S, T>): KindSpec<K, S, T> => spec;

/** Regions a client or data center can be in; GeoDNS sends users to the nearest. */
export const REGIONS = ['us-east', 'us-west', 'eu-west', 'ap-south'] as const;
export type Region = (typeof REGIONS)[number];

/** Compact numbers for a node's face: 12000 → "12k", 2500000 → "2.5M". */
export function compact(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1_000_000) return `${oneDecimal(value / 1_000_000)}M`;
  if (abs >= 10_000) return `${oneDecimal(value / 1000)}k`;
  return oneDecimal(value);
}

/** 2.345 → "2.3". */
export const oneDecimal = (v: number): string => String(Math.round(v * 10) / 10);
