/**
 * The engine's public contract: what the CLI, the worker, the stages' checks and the tests use.
 * The report shape is the CLI's JSON (docs/design-format.md); everything here is plain data, safe to post to a worker.
 */
import type { FaultEvent } from '../model';
import type { CostReport } from '../model/cost';

export type { CostReport };

export interface RunOptions {
  /** Overrides design.sim.seed. */
  seed?: number;
  /** Overrides design.sim.durationS. */
  durationS?: number;
  /** Faults to inject, added to design.scenario. */
  scenario?: FaultEvent[];
  /** Width of one metrics bucket in simulated ms (default 1000). */
  bucketMs?: number;
  /** Hard cap on processed events, so no design can hang the engine (default 200 million: about a minute of work, 20 simulated minutes of the final-chapter design). */
  maxEvents?: number;
  /** Whether to record the per-bucket series (default true). */
  series?: boolean;
  /**
   * How many real requests one simulated request stands for (sampling.ts). 'auto' (the default)
   * simulates exactly up to 50,000 req/s at peak and samples above; 1 forces an exact run.
   */
  sampleK?: number | 'auto';
  /** Trace 1 in this many client requests (trace.ts; 0 or absent: no traces, and the report has none); 'auto': about 20 a simulated second, as the page does. */
  traceEvery?: number | 'auto';
}

/** One hop of a traced request: the wire to the node, its queue, its work; the spans add up to the trace's totalMs. */
export interface TraceSpan {
  node: string;
  networkMs: number;
  queueMs: number;
  serviceMs: number;
  /** Why the request (or one attempt of it) failed at this node. */
  error?: ErrorCause;
}

/** A sampled request from sending to its answer or failure (docs/explain.md). */
export interface RequestTrace {
  /** Its place among the run's client requests (1 = the first). */
  id: number;
  type: 'static' | 'read' | 'write' | 'job';
  /** When it was sent, in simulated ms. */
  startMs: number;
  totalMs: number;
  outcome: 'ok' | ErrorCause;
  /** The node it failed at, when it failed. */
  failedAt?: string;
  /** Attempts made, when the user retried. */
  attempts?: number;
  spans: TraceSpan[];
}

export interface LatencySummary { mean: number; p50: number; p95: number; p99: number }

/** Why a request failed; the UI can always say why. */
export type ErrorCause = 'queueFull' | 'timeout' | 'nodeDown' | 'noRoute' | 'sessionLost'
  /** Dropped by a `loss` fault on the node it was sent to. */
  | 'lost'
  /** Sent across a partition between two data centers: no answer, so it fails when its caller gives up. */
  | 'partitioned'
  /** Refused by a load balancer's rate limit (HTTP 429). */
  | 'rateLimited'
  /** Failed at once by the open circuit breaker of a web server on the dependency it was calling. */
  | 'breakerOpen'
  /** Failed by a bad new version of the server's software (a deploy with `bad`, docs/services.md). */
  | 'badVersion';

export interface Summary {
  requests: number;
  /** Every attempt users made: their requests plus their retries (users' `retries`). Always set by this engine; optional so summaries saved before it still read. */
  attempts?: number;
  retries?: number;
  completed: number;
  errors: number;
  errorRate: number;
  throughputRps: number;
  latencyMs: LatencySummary;
  errorsByCause: Partial<Record<ErrorCause, number>>;
  staleReads: number;
  readYourWritesViolations: number;
  lostWrites: number;
  sessionMisses: number;
  /** Simulated seconds covered. */
  durationS: number;
  /** Hit ratio over all caches / CDNs (null when there are none). */
  cacheHitRatio: number | null;
  cdnHitRatio: number | null;
  /** Real requests per simulated request: 1 for an exact run; counts and rates are already scaled back. */
  sampleK: number;
}

export interface NodeReport {
  kind: string;
  utilization: number;
  queueLengthMean: number;
  served: number;
  errors: number;
  hitRatio?: number;
  replicationLagMs?: { mean: number; p99: number };
  /** Whether the node was down at the end of the run. */
  down?: boolean;
  /** The faults on the node at the end of the run, in words ("slow ×5", "loss 20%"). */
  faults?: string[];
}

export interface ShardReport {
  loadShare: Record<string, number>;
  skew: number;
  /** Fraction of keys that would move if one shard were added (docs/theory.md, "Sharding"). */
  keysMovedOnAdd?: number;
}

export interface EngineEvent { tMs: number; text: string; level?: 'info' | 'warn' | 'error' }

/** One node in one series point (see SeriesPoint.nodes). */
export interface SeriesNode { utilization: number; queueLength: number; rps: number; down?: true }

/** One time bucket of metrics. */
export interface SeriesPoint {
  tS: number;
  throughputRps: number;
  errorRate: number;
  errors: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  cacheHitRatio: number | null;
  cdnHitRatio: number | null;
  replicaLagMs: number | null;
  staleReads: number;
  /** Users' retries in this bucket, per second (users' `retries`). */
  retriesRps?: number;
  /** Circuit breakers (one per web server and dependency) open or half-open at the end of the bucket. */
  breakersOpen?: number;
  /** Those breakers, by web server then dependency (the node it calls); absent when every breaker is closed. */
  breakers?: Record<string, Record<string, 'open' | 'half-open'>>;
  /** Requests refused by balancers' rate limits in this bucket, per second. */
  rateLimitedRps?: number;
  /** This bucket's failed requests by cause (they add up to `errors`); absent when none failed. */
  errorsByCause?: Partial<Record<ErrorCause, number>>;
  queueDepth: number;
  /**
   * Per node: time-averaged utilisation over the bucket, queue length at its end, requests served
   * per second in it, and `down` when the node was down (or booting) at its end.
   */
  nodes: Record<string, SeriesNode>;
  /** Per shard router: share of requests per shard in this bucket. */
  shardLoad: Record<string, Record<string, number>>;
  /** Per service, when the design names services (docs/services.md); "(none)": requests no service took. */
  services?: Record<string, ServicePoint>;
  /** Per deploy target, in the buckets a deploy runs (or ends) in (docs/services.md). */
  deploys?: Record<string, DeployPoint>;
}

/** A deploy at the end of one bucket: its servers taking traffic now, and how many run the new version. */
export interface DeployPoint { inService: number; servers: number; newVersion: number; rollingBack: boolean }

/** A deploy over the run. */
export interface DeployReport {
  target: string;
  strategy: 'rolling' | 'blue-green' | 'canary';
  bad: boolean;
  startedS: number;
  /** When it was asked for, only when it waited for a deploy of some of the same servers to end (docs/services.md). */
  queuedS?: number;
  /** When every server ran the goal version (null: still under way at the end of the run). */
  endedS: number | null;
  outcome: 'running' | 'done' | 'rolled back';
  rolledBackS?: number;
  rolledBackBy?: 'monitoring' | 'person';
}

/** One bucket of one service. */
export interface ServicePoint { throughputRps: number; errorRate: number; errors: number; p50Ms: number; p95Ms: number; p99Ms: number }

/** A service over the run: its answered and failed requests add up, over the services, to the summary's. */
export interface ServiceReport {
  completed: number;
  errors: number;
  errorRate: number;
  throughputRps: number;
  latencyMs: LatencySummary;
}

export interface SpofEntry { id: string; reason: string }

export interface RunReport {
  summary: Summary;
  nodes: Record<string, NodeReport>;
  shards: Record<string, ShardReport>;
  spof: SpofEntry[];
  events: EngineEvent[];
  series: SeriesPoint[];
  /** What the design costs at the load the run saw (docs/cost.md). */
  cost: CostReport;
  /** Per service, only when the design names services (docs/services.md). */
  services?: Record<string, ServiceReport>;
  /** The deploys the run started, only when there were any (docs/services.md). */
  deploys?: DeployReport[];
  /** Sampled request traces, oldest first, only when the run traced (RunOptions.traceEvery). */
  traces?: RequestTrace[];
}

/** Live state of one node, for canvas badges. */
export interface NodeLive {
  down: boolean;
  utilization: number;
  queueLength: number;
  hitRatio?: number;
  replicationLagMs?: number;
  loadShare?: number;
  /** Requests per second through this node in the last bucket, for edge animation. */
  rps: number;
  /** Mean queue wait of the requests it started serving, over the run so far at the last bucket's end (ms); absent before the first. */
  waitMs?: number;
  /** The faults on the node now, in words ("slow ×5", "loss 20%", "flapping every 5 s"); absent when none. */
  faults?: string[];
  /** A web server's circuit breakers in one word, when it has them: open if any is, else half-open if any is, else closed. */
  breaker?: 'closed' | 'open' | 'half-open';
  /** Its breakers that are not closed, by the dependency they guard (the node it calls); absent when all are closed. */
  breakers?: Record<string, 'open' | 'half-open'>;
}

/** What the worker streams to the page about 10 times a second. */
export interface Frame {
  tMs: number;
  /** Series points completed since the previous frame. */
  points: SeriesPoint[];
  /** Events since the previous frame. */
  events: EngineEvent[];
  nodes: Record<string, NodeLive>;
  /** Requests per second over each edge in the last bucket, by edge id. */
  edgeRps: Record<string, number>;
  summary: Summary;
  /** The cost so far, as in the report. */
  cost: CostReport;
  /** True once simulated time reached the run's duration or the event budget. */
  done: boolean;
  /** Traces finished since the previous frame, when the run traces. */
  traces?: RequestTrace[];
}
