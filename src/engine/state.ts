/**
 * The whole mutable state of one simulation run. Plain fields on one object, read by the loop and
 * the component functions; nothing here reads a clock, and everything random comes from the
 * substreams each client and node holds (rng.ts), seeded from `seed`.
 */
import type { OutcomeTally } from './outcomes';
import { FlagSet } from './lib/intTable';
import { type DeployFault, type Design, type FaultEvent } from '../model';
import { buildGraph, type DesignGraph } from '../model/graph';
import type { EngineEvent, ErrorCause, RunOptions } from './api';
import { EventQueue } from './eventQueue';
import { LatencyHistogram } from './histogram';
import type { BreakerRt, Cluster, NodeRt, Tier } from './nodeState';
import { RequestPool } from './requests';
import { autoTraceEvery, Tracer } from './trace';
import { substream, type Rng } from './rng';
import { chooseSampleK } from './sampling';
import { EventLog, SeriesHistory } from './history';
import type { RouteEntry, ServiceTally } from './services';
import type { DeployRt } from './deployState';

/** The event budget of a run that sets none (RunOptions.maxEvents). */
const DEFAULT_MAX_EVENTS = 200_000_000;

export const CAUSES: readonly ErrorCause[] = ['queueFull', 'timeout', 'nodeDown', 'noRoute', 'sessionLost', 'lost', 'partitioned', 'rateLimited', 'breakerOpen', 'badVersion'];

/** Failures counted by cause index, as the summary and a series point name them: the causes that failed any, each times `k`. */
export function causeCounts(counts: Float64Array, k: number): Partial<Record<ErrorCause, number>> {
  const out: Partial<Record<ErrorCause, number>> = {};
  CAUSES.forEach((cause, i) => { if (counts[i] > 0) out[cause] = counts[i] * k; });
  return out;
}
export const C_QUEUE_FULL = 0, C_TIMEOUT = 1, C_NODE_DOWN = 2, C_NO_ROUTE = 3, C_SESSION_LOST = 4, C_LOST = 5, C_PARTITIONED = 6, C_RATE_LIMITED = 7, C_BREAKER_OPEN = 8, C_BAD_VERSION = 9;

/** Event types. */
export const EV_CLIENT = 1, EV_ARRIVE = 2, EV_SERVICE_DONE = 3, EV_DELAY_DONE = 4, EV_REPL_ARRIVE = 5,
  EV_APPLY_DONE = 6, EV_HEALTH = 7, EV_FAULT = 8, EV_FAILOVER = 9, EV_AUTOSCALE = 10, EV_WARMUP = 11,
  EV_FLAP = 12, EV_FAIL_AT = 13, EV_RETRY = 14, EV_DEPLOY = 15;

/** What a test may watch of each arrival (BuildOptions.onArrival): when, which client, and what was drawn. */
export type ArrivalObserver = (clientId: string, tMs: number, type: number, key: number, user: number) => void;

/** Names of a client's two substreams: gaps between arrivals, and what each request is. */
export const arrivalStream = (clientId: string): string => `arrivals:${clientId}`;
export const requestStream = (clientId: string): string => `requests:${clientId}`;
/** A client's retry waits (full jitter): their own stream, so retries leave arrivals and requests alone. */
export const retryStream = (clientId: string): string => `retries:${clientId}`;

export interface ClientRt {
  node: number;
  /** Gaps between arrivals: kept apart from `requests` so a change of mix or keys leaves the arrival times alone. */
  arrivals: Rng;
  /** Each request's type, key and user. */
  requests: Rng;
  rateRps: number;
  constant: boolean;
  profile: number;
  peakFactor: number;
  /** Cumulative normalised mix: static, read, write, job. */
  mixCum: Float64Array;
  hotFraction: number;
  sampleKey: () => number;
  users: number;
  userBase: number;
  regionIdx: number;
  keyCount: number;
  /** The client's "Give up after": a request still unanswered this long after it was sent times out. */
  giveUpMs: number;
  /** Extra attempts after a failure, the backoff's base, and the stream the jitter draws from (made at the first use). */
  retries: number;
  retryBackoffMs: number;
  retryRng: Rng | null;
  /** Per request type, cumulative shares of its declared routes and their route table index; null: no routes (services.ts). */
  routeCum: Float64Array[] | null;
  routeRef: Int16Array[] | null;
}

/** Counters that form the run summary; reset once at the end of the warm-up. */
export class Totals {
  requests = 0;
  /** Attempts after the first (client retries). */
  retries = 0;
  completed = 0;
  errors = 0;
  causes = new Float64Array(CAUSES.length);
  latency = new LatencyHistogram();
  staleReads = 0;
  rywViolations = 0;
  lostWrites = 0;
  sessionMisses = 0;
  cacheHits = 0;
  cacheLookups = 0;
  cdnHits = 0;
  cdnLookups = 0;
  sinceMs = 0;
}

/** Counters of the current metrics bucket. */
export class BucketCounters {
  retries = 0;
  rateLimited = 0;
  completed = 0;
  errors = 0;
  /** Failures by cause index (CAUSES). */
  causes = new Float64Array(CAUSES.length);
  latency = new LatencyHistogram();
  cacheHits = 0;
  cacheLookups = 0;
  cdnHits = 0;
  cdnLookups = 0;
  lagSum = 0;
  lagCount = 0;
  staleReads = 0;
}

/** What one kind does with a request at one of its nodes. */
export type NodeHandler = (sim: SimState, n: NodeRt, req: number) => void;

/**
 * The kinds' behaviour, as the core (flow.ts, station.ts) calls it: tables by kind code, filled
 * once by dispatch.ts and handed in at build. The core reaches the components only through this,
 * so the components may import the core and no import goes round in a circle.
 */
export interface KindBehaviour {
  /** A request reaches a node of the kind (undefined: the kind takes no requests). */
  readonly arrive: readonly (NodeHandler | undefined)[];
  /** A node of the kind finished serving a request at its station (undefined: nothing more to do). */
  readonly served: readonly (NodeHandler | undefined)[];
  /** Copies a node's design params into its runtime fields (params.ts; undefined: the kind has none). */
  readonly applyParams: readonly (((sim: SimState, n: NodeRt) => void) | undefined)[];
  /** A worker node has a free worker: it pulls its next jobs from its queues. */
  readonly pullJobs: (sim: SimState, worker: NodeRt) => void;
  /** Whether a DNS server's cached answer for `user` is still within its TTL (usable while the server is down). */
  readonly dnsAnswerFresh: (sim: SimState, dns: NodeRt, user: number) => boolean;
  /** Which database of a tier serves the request (or -1); sets sim.pickEdge. */
  readonly pickDatabase: (sim: SimState, tier: Tier, req: number) => number;
}

/** Fault bookkeeping of a run (faults.ts). */
export interface FaultRt {
  /** Scheduled faults; an EV_FAULT event carries its index here. */
  scheduled: FaultEvent[];
  /** Per scheduled fault, the scenario epoch it was queued under (0: handed in on top of the design) and whether it has landed (scenario.ts). */
  epochs: number[];
  fired: boolean[];
  /** The design scenario's current epoch: EV_FAULT events of an older one are stale (scenario.ts). */
  scenarioEpoch: number;
  /** Data-center pairs cut off from each other, as lower index × nodes + higher index. */
  partitions: Set<number>;
  /** Per design edge, the data center its sender sits in (-1: none); built at the first partition. */
  edgeSourceDc: Int32Array | null;
}

export class SimState {
  readonly design: Design;
  readonly graph: DesignGraph;
  /** The run's seed; every substream derives from it and a node's or client's id. */
  readonly seed: number;
  readonly queue = new EventQueue(4096);
  readonly req = new RequestPool(4096);
  readonly nodes: NodeRt[] = [];
  readonly byId = new Map<string, number>();
  readonly clients: ClientRt[] = [];
  readonly clusters: Cluster[] = [];
  readonly edgeIds: string[] = [];
  edgeCount: Float64Array = new Float64Array(0);
  edgeLastRps: Float64Array = new Float64Array(0);

  nowMs = 0;
  readonly durationMs: number;
  readonly bucketMs: number;
  readonly maxEvents: number;
  readonly recordSeries: boolean;
  readonly hopLatencyMs: number;
  readonly warmupMs: number;
  /** Real requests per simulated request (1: exact); see sampling.ts. */
  readonly sampleK: number;
  eventsProcessed = 0;
  budgetExhausted = false;
  done = false;

  totals = new Totals();
  bucket = new BucketCounters();
  bucketStartMs = 0;
  /** The run's metric series (rolled up past a size) and event log, both bounded (history.ts). */
  readonly history = new SeriesHistory();
  readonly eventLog = new EventLog();

  /** Users who have logged in somewhere (a session miss needs a session that existed). */
  readonly seenUsers = new FlagSet();
  /** Users over all clients (user ids are 0..totalUsers−1). */
  totalUsers = 0;
  hasCache = false;
  hasCdn = false;
  hasReplicas = false;
  /** Every web server's circuit breakers, one per (server, dependency); a request's `dep` indexes here (breaker.ts). */
  readonly breakers: BreakerRt[] = [];
  /** Edge chosen by the last routing decision (saves returning a pair on the hot path). */
  pickEdge = -1;
  /** Extra delay the last routing decision costs (failed connect attempts before it), in ms. */
  pickExtraMs = 0;
  /** Outcomes by client and type inside a window, when asked for (BuildOptions.outcomes). */
  outcomes: OutcomeTally | null = null;
  /** Whether any client retries (so a failure first asks whether to retry). */
  anyRetries = false;
  /** Bumped whenever a node dies or comes back, so health views built on it know to refresh. */
  healthEpoch = 0;
  /** Scratch list for routing decisions, reused to avoid allocating. */
  readonly scratch: number[] = [];
  readonly scratchEdges: number[] = [];
  /** Declared routes (services.ts), their cost at a web server, and the flow classes (4 types + routes). */
  routeTable: RouteEntry[] = [];
  routeCost: Float64Array = new Float64Array(0);
  flowClasses = 4;
  /** Per-service counters, when the design names services (null: none, nothing extra per request). */
  services: ServiceTally | null = null;
  /** Index of the monitoring node (-1: none). */
  monitoring = -1;
  readonly alertState = new Map<string, boolean>();
  /**
   * Autoscaling: spare web servers per balancer; per group of servers behind a balancer (one per
   * service, components/autoscale.ts) how long it has run hot or idle and whether a spare boots for it.
   */
  readonly autoscale = {
    slots: new Map<number, number[]>(),
    hotBuckets: new Map<number, number>(),
    idleBuckets: new Map<number, number>(),
    pending: new Set<number>(),
    /** Spares booting now, so two groups never start the same one. */
    booting: new Set<number>(),
  };

  /** Faults beyond kill (faults.ts): the scheduled list EV_FAULT events index into, and the partitions in force. */
  readonly faults: FaultRt = { scheduled: [], epochs: [], fired: [], scenarioEpoch: 1, partitions: new Set<number>(), edgeSourceDc: null };
  /** Deploys started in this run (deploy.ts); an EV_DEPLOY event carries an index here. */
  readonly deploys: DeployRt[] = [];
  /** Deploys asked for while a deploy of some of the same servers ran, in the order asked (deploy.ts). */
  readonly queuedDeploys: { fault: DeployFault; askedMs: number }[] = [];

  /** Follows 1 in N client requests (trace.ts); null when the run does not trace. */
  readonly tracer: Tracer | null;

  /** Null unless a test watches arrivals: one predictable branch per arrival, nothing per event. */
  readonly onArrival: ArrivalObserver | null;

  constructor(design: Design, options: RunOptions & { warmupS?: number; onArrival?: ArrivalObserver }, readonly kinds: KindBehaviour) {
    this.design = design;
    this.graph = buildGraph(design);
    this.seed = (options.seed ?? design.sim.seed) >>> 0;
    this.durationMs = (options.durationS ?? design.sim.durationS) * 1000;
    this.bucketMs = options.bucketMs ?? 1000;
    this.maxEvents = options.maxEvents ?? DEFAULT_MAX_EVENTS;
    this.recordSeries = options.series ?? true;
    this.hopLatencyMs = design.sim.hopLatencyMs;
    this.warmupMs = Math.max(0, (options.warmupS ?? 0) * 1000);
    this.sampleK = chooseSampleK(design, options.sampleK ?? 'auto');
    this.onArrival = options.onArrival ?? null;
    const every = options.traceEvery === 'auto' ? autoTraceEvery(design, this.sampleK) : Math.floor(options.traceEvery ?? 0);
    this.tracer = every > 0 ? new Tracer(every, CAUSES) : null;
  }

  /** A substream of this run (rng.ts): the same name gives the same numbers in any design with this seed. */
  stream(name: string): Rng {
    return substream(this.seed, name);
  }

  /** Appends a line to the event log; the time is in `tMs` (readers print it their own way). */
  log(text: string, level: EngineEvent['level'] = 'info'): void {
    this.eventLog.push({ tMs: Math.round(this.nowMs * 1000) / 1000, text, level });
  }
}

