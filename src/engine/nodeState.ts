/**
 * Runtime state of one node. One class for every kind, so V8 sees a single object shape and the
 * dispatch code stays monomorphic; fields a kind does not use stay at their zero values.
 */
import { FlagSet, IntTable } from './lib/intTable';
import { KINDS, type DesignNode, type Kind } from '../model';
import { USAGE_UNITS } from '../model/cost';
import type { KeyCache } from './lib/cachePolicy';
import type { ShardMap } from './lib/sharding';
import { IntFifo } from './fifo';
import type { LatencyHistogram } from './histogram';
import type { Rng } from './rng';

/** Name of a node's substream (rng.ts): its service times, a random balancer's picks, a replica's apply times. */
export const nodeStream = (nodeId: string): string => `node:${nodeId}`;

const USAGE_UNIT_COUNT = USAGE_UNITS.length;

/**
 * Kind codes for dispatch on the hot path: a kind's place in the model's kind list (palette order),
 * so a new kind gets its code from its registry entry alone.
 */
export const K: Readonly<Record<Kind, number>> = Object.freeze(Object.fromEntries(KINDS.map((kind, code) => [kind, code])) as Record<Kind, number>);

/** A set of equally preferred targets (one tier of routeTiers) with the edges used to reach them. */
export interface Tier {
  targets: number[];
  edges: number[];
  /** Round-robin position among the tier's candidates. */
  rr: number;
  /** How a target is picked (the model's pickRule: PICK_SPREAD, PICK_PINNED, ...). */
  rule: number;
  /**
   * Mixed into a key before a keyed pick (caches, NoSQL nodes), from the ids of the tier's
   * targets: every sender of one set of caches places a key alike, while the next layer (a
   * shard router's hash % N, the caches' own NoSQL nodes) hashes it independently. With one hash
   * for every layer, a cache chosen by hash % 2 passed on only keys of its own parity, and half
   * the shards behind it never got a request.
   */
  keySalt: number;
}

/** Service-time distributions. */
export const DIST_EXP = 0, DIST_CONST = 1, DIST_LOGNORMAL = 2;

/** Writes in flight to one replica, in commit order (the network delay is the same for all). */
export class ReplStream {
  // Plain arrays with a head index: replication traffic is a fraction of requests and the arrays
  // are compacted when the head passes half (see database.ts), so this stays cheap and simple.
  keys: number[] = [];
  seqs: number[] = [];
  commitMs: number[] = [];
  users: number[] = [];
  head = 0;
  /** How many of the queued writes have arrived (the rest are still on the network). */
  arrived = 0;
  /** Writes that reached a partition between the primary's and this replica's data centers: held until it heals. */
  held = 0;
  /** Of those, the ones held since the last series point: the weight the held lag takes in it. */
  heldInBucket = 0;
  applying = false;
  epoch = 0;
  /** Highest write sequence applied, in order. */
  appliedSeq = 0;
  /** Newest applied sequence per key. */
  applied = new IntTable();
  lagHist: LatencyHistogram | null = null;
  lastLagMs = 0;
}

/** A primary (or shard) and its replicas; `current` is whoever takes writes now (-1: none). */
export interface Cluster {
  index: number;
  original: number;
  current: number;
  replicas: number[];
  committed: number;
  latest: IntTable;
  lastWriter: IntTable;
  /** Cancels a pending failover when the primary comes back first. */
  epoch: number;
}

export interface ShardState {
  map: ShardMap;
  shards: number[];
  edges: number[];
  tiers: Tier[];
  load: Float64Array;
  bucketLoad: Float64Array;
  lastShare: Float64Array;
  keysMovedOnAdd: number;
}

/** One circuit breaker: a web server's calls to one dependency (breaker.ts); `id` is its place in sim.breakers. */
export class BreakerRt {
  state = 0;
  sinceMs = 0;
  probe = -1;
  /** When the last `breakerN` counted failures happened (a ring; -Infinity: none). */
  fails: Float64Array;
  head = 0;
  constructor(readonly id: number, readonly web: NodeRt, readonly dep: NodeRt, size: number) {
    this.fails = new Float64Array(size).fill(-Infinity);
  }
}

export class NodeRt {
  readonly idx: number;
  readonly id: string;
  readonly kind: Kind;
  readonly code: number;
  design: DesignNode;
  /** This node's own random numbers, seeded by the run's seed and the node's id (never its index). */
  readonly rng: Rng;
  alive = true;
  // circuit breakers (breaker.ts; web servers), one per dependency: 0 failures is off
  breakerN = 0;
  breakerWindowMs = 0;
  breakerOpenMs = 0;
  /** This server's breakers, one per node it calls, and each dependency's breaker by node index (null: none made yet). */
  breakers: BreakerRt[] = [];
  breakerTo: Map<number, BreakerRt> | null = null;

  // faults beyond kill (faults.ts): 1 and 0 when none, so a run without faults draws the same numbers
  /** Service times × this (a `slow` fault). */
  slowFactor = 1;
  /** Probability that a request into the node is dropped (a `loss` fault), and the stream it draws from. */
  lossP = 0;
  lossRng: Rng | null = null;
  /** The cause a dropped request fails with: C_LOST (5, a fault), or C_BAD_VERSION (a bad deploy, deploy.ts). */
  lossCause = 5;
  /** A `flap` in force: its period, and an epoch that a heal bumps so pending toggles do nothing. */
  flapMs = 0;
  flapEpoch = 0;
  /** Autoscaled spare servers are inactive until monitoring starts them. */
  active = true;
  autoscaled = false;

  // station (multi-server FIFO queue)
  workers = 0;
  busy = 0;
  queue = new IntFifo();
  queueLimit = 0;
  timeoutMs = 0;
  serviceMs = 0;
  dist = DIST_EXP;
  readMs = 0;
  writeMs = 0;
  epoch = 0;
  /** A sized node's USL coefficients (0 for a custom pool: ideal linear scaling, as before sizes). */
  uslSigma = 0;
  uslKappa = 0;
  /** Real workers per simulated worker (above 1 only in a sampled run), so USL sees the real concurrency. */
  uslScale = 1;

  // cost meters (metering.ts)
  /** Price per hour while the node runs. */
  hourlyUsd = 0;
  /** Instance dollars accrued so far. */
  instanceUsd = 0;
  /** Amount used of each unit sold by use, in the order of the model's USAGE_UNITS. */
  usage = new Float64Array(USAGE_UNIT_COUNT);
  /** Whether arrivals here are metered. */
  metered = false;

  // time integrals for utilisation and queue length
  lastMs = 0;
  busyArea = 0;
  capArea = 0;
  queueArea = 0;
  bucketBusy0 = 0;
  bucketCap0 = 0;
  bucketQueue0 = 0;
  lastUtil = 0;
  served = 0;
  /** Queue waits of the requests that started service (ms, summed) and their count: the measured Wq. */
  waitSumMs = 0;
  waitCount = 0;
  /** Their mean at the last bucket's end (−1: none yet), so the live figure moves once a bucket like the others. */
  lastWaitMs = -1;
  errors = 0;
  bucketServed = 0;
  lastRps = 0;

  // caches and CDNs
  keyCache: KeyCache | null = null;
  hitMs = 0;
  hits = 0;
  lookups = 0;

  // network placement
  regionIdx = -1;
  interRegionMs = 0;
  dc = -1;
  members: number[] = [];

  /** routeTiers per request type (static, read, write, job). */
  routes: Tier[][] = [[], [], [], []];

  // load balancer
  lbAlgo = 0;
  lbTargets: number[] = [];
  lbEdges: number[] = [];
  knownDown: number[] = [];
  rr = 0;
  healthCheckMs = 0;
  /** Rate limit as a token bucket (0: off): tokens per ms, its size, what it holds and when it was last filled. */
  tokensPerMs = 0;
  tokenBurst = 0;
  tokens = 0;
  tokensAtMs = 0;
  /** Per flow class (services.ts), the positions in lbTargets that serve it, and the class's owning service; null: all of them. */
  lbClass: Int32Array[] | null = null;
  lbClassOwner: Int16Array | null = null;
  /** Round-robin position per flow class, so each service takes turns among its own servers. */
  lbClassRr: Int32Array | null = null;

  /** A web server's service, as an index into the run's service names (-1: the shared pool). */
  serviceIdx = -1;

  // web
  sessions: FlagSet | null = null;
  /** Session stores this server may use, and the edges to them (spread by user, failing over). */
  sessionStores: number[] = [];
  sessionEdges: number[] = [];
  usesSessionStore = false;
  caches: number[] = [];

  // databases
  cluster: Cluster | null = null;
  repl: ReplStream | null = null;
  replicationLagMs = 0;
  failoverS = 0;

  // queue and workers
  capacity = 0;
  consumers: number[] = [];
  consumerEdges: number[] = [];
  sources: number[] = [];
  sourceEdges: number[] = [];
  /** An autoscaled server that has run at some point (reported only then). */
  everActive = true;

  shard: ShardState | null = null;

  // dns
  geo = false;
  dnsTtlMs = 0;
  dnsLatencyMs = 0;
  /** When each user's cached DNS answer expires: a flat array by user id when users are few enough, else a map. */
  dnsExpiry: Float64Array | null = null;
  dnsSeen: Map<number, number> | null = null;
  /**
   * The DNS's health checks (deep, like a managed DNS evaluating target health): 1 at
   * [type × nodes + target] when that target cannot serve that type now. Recomputed when a node
   * dies or comes back (sim.healthEpoch), from the model's canServe.
   */
  dnsTargetDown: Uint8Array | null = null;
  dnsHealthEpoch = -1;

  constructor(idx: number, design: DesignNode, code: number, rng: Rng) {
    this.idx = idx;
    this.rng = rng;
    this.id = design.id;
    this.kind = design.kind;
    this.code = code;
    this.design = design;
  }

  /** Whether the node has a worker pool (a station). */
  get isStation(): boolean {
    return this.workers > 0;
  }
}
