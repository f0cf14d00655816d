/**
 * Contract: every parameter its kind file marks `live`, changed a lot during a run, moves the
 * metric it should. The list of probes is checked against the registry, so a new live parameter
 * without a probe here fails the first test. Each probe runs one design twice from the same seed
 * (fast-check draws the seed and the new value): once untouched, once edited at EDIT_S; the
 * metric after the edit must move the stated way by more than the margin.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advance, createSimulation, report, updateNodeParams, type RunReport, type SeriesPoint } from '../../../src/engine';
import { ALL_PARAMS, type Design } from '../../../src/model';
import { design, READS_ONLY } from './helpers';

const EDIT_S = 8;
const DURATION_S = 20;
/** Buckets from here on are "after the edit" (two seconds to settle). */
const FROM_S = EDIT_S + 2;

interface Probe {
  design: Design;
  /** Node and params path to edit; the value is drawn. */
  node: string;
  value: fc.Arbitrary<unknown>;
  /** The metric, read from the finished run's report. */
  metric: (r: RunReport) => number;
  moves: 'up' | 'down';
}

// ---- metrics over the buckets after the edit ----
const after = (r: RunReport): SeriesPoint[] => r.series.filter((p) => p.tS > FROM_S);
const meanOf = (r: RunReport, pick: (p: SeriesPoint) => number | null): number => {
  const xs = after(r).map(pick).filter((x): x is number => x !== null);
  return xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
};
const throughput = (r: RunReport) => meanOf(r, (p) => p.throughputRps);
const p50 = (r: RunReport) => meanOf(r, (p) => p.p50Ms);
const p95 = (r: RunReport) => meanOf(r, (p) => p.p95Ms);
const p99 = (r: RunReport) => meanOf(r, (p) => p.p99Ms);
const errors = (r: RunReport) => after(r).reduce((a, p) => a + p.errors, 0);
const cacheHits = (r: RunReport) => meanOf(r, (p) => p.cacheHitRatio);
const cdnHits = (r: RunReport) => meanOf(r, (p) => p.cdnHitRatio);
const staleReads = (r: RunReport) => after(r).reduce((a, p) => a + p.staleReads, 0);
const utilisation = (id: string) => (r: RunReport) => meanOf(r, (p) => p.nodes[id]?.utilization ?? 0);
const served = (id: string) => (r: RunReport) => r.nodes[id].served;
const timeouts = (r: RunReport) => r.summary.errorsByCause.timeout ?? 0;
const sessionMisses = (r: RunReport) => r.summary.sessionMisses;
const alerts = (about: string) => (r: RunReport) => r.events.filter((e) => e.tMs > EDIT_S * 1000 && e.text.startsWith('alert:') && e.text.includes(about)).length;

// ---- value generators: far from the base value ----
const ints = (min: number, max: number) => fc.integer({ min, max });
const reals = (min: number, max: number) => fc.double({ min, max, noNaN: true });
const one = <T,>(value: T) => fc.constant(value);

const sim = { seed: 1, durationS: DURATION_S, hopLatencyMs: 0 };

/** Users → one node of `kind` behind a web server (data tiers), reads only unless `mix` says otherwise. */
const behindWeb = (kind: 'database' | 'nosql' | 'objectStore' | 'sessionStore', params: Record<string, unknown>, mix = READS_ONLY) => design([
  { id: 'users', kind: 'client', params: { rps: 200, mix } },
  { id: 'web', kind: 'web', params: { workers: 200, serviceMs: 1, ...(kind === 'sessionStore' ? { sessions: 'shared' as const } : {}) } },
  { id: 'x', kind, params } as never,
], [['users', 'web'], ['web', 'x']], sim);

/** Web saturated: 300 req/s offered to 200 req/s of capacity, nothing refused or timed out at first. */
const overloaded = (client: Record<string, unknown>, web: Record<string, unknown>) => design([
  { id: 'users', kind: 'client', params: { rps: 300, mix: READS_ONLY, giveUpS: 600, ...client } },
  { id: 'web', kind: 'web', params: { workers: 2, serviceMs: 10, queueLimit: 1_000_000, timeoutMs: 600_000, ...web } },
], [['users', 'web']], sim);

/** A web server with every tier: object store (static), cache → database (read, write), queue → workers (job). */
const EVEN_MIX = { static: 0.25, read: 0.25, write: 0.25, job: 0.25 };
const tiers = design([
  { id: 'users', kind: 'client', params: { rps: 200, mix: EVEN_MIX } },
  { id: 'web', kind: 'web', params: { workers: 100, serviceMs: 1 } },
  { id: 'objects', kind: 'objectStore' },
  { id: 'cache', kind: 'cache' },
  { id: 'db', kind: 'database', params: { workers: 100, readMs: 1, writeMs: 1 } },
  { id: 'queue', kind: 'queue' },
  { id: 'jobs', kind: 'worker', params: { workers: 100, serviceMs: 1 } },
], [['users', 'web'], ['web', 'objects'], ['web', 'cache'], ['cache', 'db'], ['web', 'db'], ['web', 'queue'], ['queue', 'jobs']], sim);

/** Users → web → cache → database, reads of 10,000 keys. */
const cached = (cache: Record<string, unknown>, keys: Record<string, unknown> = {}) => design([
  { id: 'users', kind: 'client', params: { rps: 200, mix: READS_ONLY, keys: { count: 10_000, zipfAlpha: 0.9, hotKeys: 0, ...keys } } },
  { id: 'web', kind: 'web', params: { workers: 100, serviceMs: 1 } },
  { id: 'cache', kind: 'cache', params: cache },
  { id: 'db', kind: 'database', params: { workers: 100, readMs: 5 } },
], [['users', 'web'], ['web', 'cache'], ['cache', 'db']], sim);

/** Users → CDN → object store, static files only. */
const edge = (cdn: Record<string, unknown>, keyCount = 10_000) => design([
  { id: 'users', kind: 'client', params: { rps: 200, mix: { static: 1, read: 0, write: 0, job: 0 }, keys: { count: keyCount, zipfAlpha: 0.9, hotKeys: 0 } } },
  { id: 'cdn', kind: 'cdn', params: cdn },
  { id: 'objects', kind: 'objectStore', params: { workers: 200, serviceMs: 5 } },
], [['users', 'cdn'], ['cdn', 'objects']], sim);

/** Users → DNS → web; each lookup costs `latencyMs`. */
const named = (dns: Record<string, unknown>) => design([
  { id: 'users', kind: 'client', params: { rps: 200, users: 200, mix: READS_ONLY } },
  { id: 'dns', kind: 'dns', params: dns },
  { id: 'web', kind: 'web', params: { workers: 100, serviceMs: 1 } },
], [['users', 'dns'], ['dns', 'web']], sim);

/** Users in eu-west → DNS → a web server in us-east and one in eu-west, 100 ms apart. */
const twoRegions = design([
  { id: 'users', kind: 'client', params: { rps: 200, region: 'eu-west', mix: READS_ONLY } },
  { id: 'dns', kind: 'dns', params: { geo: false } },
  { id: 'east', kind: 'dataCenter', params: { region: 'us-east', interRegionLatencyMs: 100 } },
  { id: 'west', kind: 'dataCenter', params: { region: 'eu-west', interRegionLatencyMs: 100 } },
  { id: 'web-e', kind: 'web', parent: 'east', params: { workers: 100, serviceMs: 1 } },
  { id: 'web-w', kind: 'web', parent: 'west', params: { workers: 100, serviceMs: 1 } },
], [['users', 'dns'], ['dns', 'web-e'], ['dns', 'web-w']], sim);

/** Users → balancer → two web servers with local sessions, both wired to a session store. */
const balanced = (lb: Record<string, unknown>, webs: [Record<string, unknown>, Record<string, unknown>] = [{}, {}], scenario: Design['scenario'] = []) => ({
  ...design([
    { id: 'users', kind: 'client', params: { rps: 300, users: 3000, mix: READS_ONLY } },
    { id: 'lb', kind: 'loadBalancer', params: lb },
    { id: 'web-1', kind: 'web', params: { workers: 20, serviceMs: 5, ...webs[0] } },
    { id: 'web-2', kind: 'web', params: { workers: 20, serviceMs: 5, ...webs[1] } },
    { id: 'sessions', kind: 'sessionStore', params: { workers: 64 } },
  ], [['users', 'lb'], ['lb', 'web-1'], ['lb', 'web-2'], ['web-1', 'sessions'], ['web-2', 'sessions']], sim),
  scenario,
});

/** A primary with one replica behind a web server; `scenario` may kill the primary. */
const replicated = (primary: Record<string, unknown>, replica: Record<string, unknown>, mix: Record<string, number>, extra: { monitoring?: Record<string, unknown>; scenario?: Design['scenario'] } = {}) => ({
  ...design([
    { id: 'users', kind: 'client', params: { rps: 200, mix: mix as never } },
    { id: 'web', kind: 'web', params: { workers: 200, serviceMs: 1 } },
    { id: 'primary', kind: 'database', params: { workers: 100, readMs: 1, writeMs: 1, ...primary } },
    { id: 'replica', kind: 'database', params: { role: 'replica', workers: 100, readMs: 1, writeMs: 1, ...replica } },
    ...(extra.monitoring ? [{ id: 'mon', kind: 'monitoring' as const, params: extra.monitoring }] : []),
  ], [['users', 'web'], ['web', 'primary'], ['web', 'replica'], ['primary', 'replica']], sim),
  scenario: extra.scenario ?? [],
});

/** Users → web → queue → workers, jobs only. */
const jobs = (queue: Record<string, unknown>, worker: Record<string, unknown>) => design([
  { id: 'users', kind: 'client', params: { rps: 50, mix: { static: 0, read: 0, write: 0, job: 1 } } },
  { id: 'web', kind: 'web', params: { workers: 50, serviceMs: 1 } },
  { id: 'queue', kind: 'queue', params: queue },
  { id: 'jobs', kind: 'worker', params: worker },
], [['users', 'web'], ['web', 'queue'], ['queue', 'jobs']], sim);

/** A web server refusing about half its requests, watched by monitoring. */
const watched = (monitoring: Record<string, unknown>) => design([
  { id: 'users', kind: 'client', params: { rps: 150, mix: READS_ONLY } },
  { id: 'web', kind: 'web', params: { workers: 1, serviceMs: 10, queueLimit: 0 } },
  { id: 'mon', kind: 'monitoring', params: monitoring },
], [['users', 'web']], sim);

/** Users → balancer → one web server running at 90%, with monitoring that may autoscale it. */
const hot = design([
  { id: 'users', kind: 'client', params: { rps: 180, mix: READS_ONLY } },
  { id: 'lb', kind: 'loadBalancer' },
  { id: 'web', kind: 'web', params: { workers: 2, serviceMs: 10 } },
  { id: 'mon', kind: 'monitoring', params: { autoscale: false, autoscaleMax: 4 } },
], [['users', 'lb'], ['lb', 'web']], sim);

/** Four api servers behind a balancer and monitoring without auto-rollback; a bad canary lands after the edit. */
const badCanary = {
  ...design([
    { id: 'users', kind: 'client', params: { rps: 200, mix: READS_ONLY } },
    { id: 'lb', kind: 'loadBalancer' },
    ...[1, 2, 3, 4].map((i) => ({ id: `api-${i}`, kind: 'web' as const, params: { service: 'api' as const, workers: 8, serviceMs: 10 } })),
    { id: 'mon', kind: 'monitoring', params: { autoRollback: false } },
  ], [['users', 'lb'], ...[1, 2, 3, 4].map((i): [string, string] => ['lb', `api-${i}`])], sim),
  scenario: [{ tS: EDIT_S + 1, action: 'deploy' as const, target: 'api', strategy: 'canary' as const, batch: 1, bootS: 1, bad: true }],
};

const DC_REGIONS = ['us-west', 'eu-west', 'ap-south'] as const;

/** The design with faults scheduled from t = 0 (issue 14's retries, limits and breakers need something failing). */
const faulted = (d: Design, scenario: Design['scenario']): Design => ({ ...d, scenario });
/** Users → web → a database that loses every request from t = 0: what breakers are for. */
const lossyDb = (web: Record<string, unknown>) => faulted(design([
  { id: 'users', kind: 'client', params: { rps: 200, mix: READS_ONLY } },
  { id: 'web', kind: 'web', params: { workers: 100, serviceMs: 1, ...web } },
  { id: 'x', kind: 'database', params: { workers: 100 } },
], [['users', 'web'], ['web', 'x']], sim), [{ tS: 0, action: 'loss', target: 'x', pct: 100 }]);
const lossyWeb = (client: Record<string, unknown>) => faulted(design([
  { id: 'users', kind: 'client', params: { rps: 200, mix: READS_ONLY, ...client } },
  { id: 'web', kind: 'web', params: { workers: 100, serviceMs: 1, serviceDist: 'constant' } },
], [['users', 'web']], sim), [{ tS: 0, action: 'loss', target: 'web', pct: 50 }]);
const limited = (lb: Record<string, unknown>, rps: number) => design([
  { id: 'users', kind: 'client', params: { rps, mix: READS_ONLY } },
  { id: 'lb', kind: 'loadBalancer', params: lb },
  { id: 'web', kind: 'web', params: { workers: 100, serviceMs: 1 } },
], [['users', 'lb'], ['lb', 'web']], sim);
/** One web server that a ramp makes hot after the edit (about 10 s), with autoscaling on. */
const ramping = design([
  { id: 'users', kind: 'client', params: { rps: 100, profile: 'ramp', peakFactor: 3, mix: READS_ONLY } },
  { id: 'lb', kind: 'loadBalancer' },
  { id: 'web', kind: 'web', params: { workers: 2, serviceMs: 10 } },
  { id: 'mon', kind: 'monitoring', params: { autoscale: true, autoscaleMax: 4, bootS: 0.1 } },
], [['users', 'lb'], ['lb', 'web']], sim);

/** Keyed `${kind}.${path}`, one per live parameter in the registry. */
const PROBES: Record<string, Probe> = {
  'client.retries': { design: lossyWeb({ retries: 0 }), node: 'users', value: ints(2, 6), metric: errors, moves: 'down' },
  'client.retryBackoffMs': { design: lossyWeb({ retries: 3, retryBackoffMs: 0 }), node: 'users', value: ints(200, 2000), metric: p95, moves: 'up' },
  'client.rps': { design: behindWeb('nosql', { workers: 200 }), node: 'users', value: ints(500, 1000), metric: throughput, moves: 'up' },
  'client.arrival': { design: overloaded({ rps: 360 }, { workers: 4, serviceMs: 10, serviceDist: 'constant' }), node: 'users', value: one('constant'), metric: p99, moves: 'down' },
  'client.profile': { design: behindWeb('nosql', { workers: 200 }), node: 'users', value: fc.constantFrom('ramp', 'spike', 'diurnal'), metric: (r) => r.series.filter((p) => p.tS > 0.4 * DURATION_S && p.tS <= 0.6 * DURATION_S).reduce((a, p) => a + p.throughputRps, 0), moves: 'up' },
  'client.peakFactor': { design: design([{ id: 'users', kind: 'client', params: { rps: 100, profile: 'ramp', peakFactor: 1, mix: READS_ONLY } }, { id: 'web', kind: 'web', params: { workers: 100, serviceMs: 1 } }], [['users', 'web']], sim), node: 'users', value: ints(5, 10), metric: throughput, moves: 'up' },
  'client.mix.static': { design: tiers, node: 'users', value: reals(0.9, 1), metric: served('objects'), moves: 'up' },
  'client.mix.read': { design: tiers, node: 'users', value: reals(0.9, 1), metric: served('cache'), moves: 'up' },
  'client.mix.write': { design: tiers, node: 'users', value: reals(0.9, 1), metric: served('db'), moves: 'up' },
  'client.mix.job': { design: tiers, node: 'users', value: reals(0.9, 1), metric: served('jobs'), moves: 'up' },
  'client.keys.count': { design: cached({ capacityKeys: 1000 }, { count: 2000 }), node: 'users', value: ints(200_000, 1_000_000), metric: cacheHits, moves: 'down' },
  'client.keys.zipfAlpha': { design: cached({ capacityKeys: 200 }, { zipfAlpha: 0.5 }), node: 'users', value: reals(1.5, 2.5), metric: cacheHits, moves: 'up' },
  'client.keys.hotKeys': { design: cached({ capacityKeys: 50 }), node: 'users', value: ints(60, 100), metric: cacheHits, moves: 'up' },
  'client.giveUpS': { design: overloaded({}, {}), node: 'users', value: reals(0.1, 2), metric: timeouts, moves: 'up' },
  'client.region': { design: design([{ id: 'users', kind: 'client', params: { rps: 100, mix: READS_ONLY } }, { id: 'dc', kind: 'dataCenter', params: { region: 'us-east', interRegionLatencyMs: 200 } }, { id: 'web', kind: 'web', parent: 'dc', params: { workers: 100, serviceMs: 1 } }], [['users', 'web']], sim), node: 'users', value: fc.constantFrom(...DC_REGIONS), metric: p50, moves: 'up' },

  'dns.geo': { design: twoRegions, node: 'dns', value: one(true), metric: p95, moves: 'down' },
  'dns.ttlS': { design: named({ ttlS: 0, latencyMs: 100 }), node: 'dns', value: ints(600, 86_400), metric: p50, moves: 'down' },
  'dns.latencyMs': { design: named({ ttlS: 0, latencyMs: 5 }), node: 'dns', value: ints(200, 1000), metric: p50, moves: 'up' },

  'cdn.capacityObjects': { design: edge({ capacityObjects: 10 }), node: 'cdn', value: ints(5000, 10_000), metric: cdnHits, moves: 'up' },
  'cdn.ttlS': { design: edge({ ttlS: 0.5 }), node: 'cdn', value: ints(3600, 604_800), metric: cdnHits, moves: 'up' },
  'cdn.edgeLatencyMs': { design: edge({ edgeLatencyMs: 1 }, 100), node: 'cdn', value: ints(200, 1000), metric: p50, moves: 'up' },
  'cdn.eviction': { design: edge({ capacityObjects: 100, eviction: 'lfu' }), node: 'cdn', value: one('fifo'), metric: cdnHits, moves: 'down' },

  'loadBalancer.rateLimitRps': { design: limited({ rateLimitRps: 0 }, 200), node: 'lb', value: ints(10, 100), metric: errors, moves: 'up' },
  'loadBalancer.burst': { design: limited({ rateLimitRps: 150, burst: 1 }, 100), node: 'lb', value: ints(500, 1000), metric: errors, moves: 'down' },
  'loadBalancer.algorithm': { design: balanced({ algorithm: 'round-robin' }, [{ serviceMs: 1 }, { serviceMs: 100 }]), node: 'lb', value: one('least-connections'), metric: p95, moves: 'down' },
  'loadBalancer.healthCheckS': { design: balanced({ healthCheckS: 0.5 }, [{}, {}], [{ tS: EDIT_S + 4, action: 'kill', target: 'web-1' }]), node: 'lb', value: ints(60, 300), metric: errors, moves: 'up' },

  'web.breakerFailures': { design: lossyDb({ breakerFailures: 0 }), node: 'web', value: ints(1, 20), metric: (r) => r.nodes.x.errors, moves: 'down' },
  'web.breakerWindowS': { design: lossyDb({ breakerFailures: 50, breakerWindowS: 0.1 }), node: 'web', value: reals(5, 60), metric: (r) => r.nodes.x.errors, moves: 'down' },
  'web.breakerOpenS': { design: lossyDb({ breakerFailures: 5, breakerWindowS: 10, breakerOpenS: 0.1 }), node: 'web', value: ints(5, 60), metric: (r) => r.nodes.x.errors, moves: 'down' },
  'web.workers': { design: behindWeb('nosql', {}), node: 'web', value: ints(1, 2), metric: utilisation('web'), moves: 'up' },
  'web.serviceMs': { design: behindWeb('nosql', {}), node: 'web', value: ints(100, 500), metric: p50, moves: 'up' },
  'web.serviceDist': { design: design([{ id: 'users', kind: 'client', params: { rps: 100, mix: READS_ONLY } }, { id: 'web', kind: 'web', params: { workers: 100, serviceMs: 20 } }], [['users', 'web']], sim), node: 'web', value: one('constant'), metric: p99, moves: 'down' },
  'web.queueLimit': { design: overloaded({}, {}), node: 'web', value: ints(0, 10), metric: errors, moves: 'up' },
  'web.timeoutMs': { design: overloaded({}, {}), node: 'web', value: ints(1, 500), metric: timeouts, moves: 'up' },
  'web.sessions': { design: balanced({ algorithm: 'round-robin' }), node: 'web-1', value: one('shared'), metric: sessionMisses, moves: 'down' },

  'cache.capacityKeys': { design: cached({ capacityKeys: 10 }), node: 'cache', value: ints(5000, 10_000), metric: cacheHits, moves: 'up' },
  'cache.eviction': { design: cached({ capacityKeys: 100, eviction: 'lfu' }), node: 'cache', value: one('fifo'), metric: cacheHits, moves: 'down' },
  'cache.ttlS': { design: cached({ ttlS: 0.5 }), node: 'cache', value: ints(3600, 86_400), metric: cacheHits, moves: 'up' },
  'cache.hitMs': { design: cached({ hitMs: 1 }, { count: 100 }), node: 'cache', value: ints(200, 1000), metric: p50, moves: 'up' },

  'database.workers': { design: behindWeb('database', { workers: 64, readMs: 10 }), node: 'x', value: ints(1, 4), metric: utilisation('x'), moves: 'up' },
  'database.readMs': { design: behindWeb('database', { readMs: 1, workers: 100 }), node: 'x', value: ints(50, 200), metric: p50, moves: 'up' },
  'database.writeMs': { design: behindWeb('database', { writeMs: 1, workers: 100 }, { static: 0, read: 0, write: 1, job: 0 }), node: 'x', value: ints(50, 200), metric: p50, moves: 'up' },
  'database.replicationLagMs': { design: replicated({}, { replicationLagMs: 10 }, { static: 0, read: 0.5, write: 0.5, job: 0 }), node: 'replica', value: ints(5000, 60_000), metric: staleReads, moves: 'up' },
  'database.failoverS': { design: replicated({ failoverS: 0 }, {}, { static: 0, read: 0, write: 1, job: 0 }, { scenario: [{ tS: EDIT_S + 2, action: 'kill', target: 'primary' }] }), node: 'primary', value: ints(60, 600), metric: errors, moves: 'up' },

  'sessionStore.workers': { design: behindWeb('sessionStore', { workers: 64 }), node: 'x', value: ints(1, 2), metric: utilisation('x'), moves: 'up' },
  'sessionStore.serviceMs': { design: behindWeb('sessionStore', { serviceMs: 0.1, workers: 1000 }), node: 'x', value: ints(100, 1000), metric: p50, moves: 'up' },

  'queue.capacity': { design: jobs({ capacity: 1_000_000 }, { workers: 1, serviceMs: 100 }), node: 'queue', value: ints(1, 50), metric: errors, moves: 'up' },

  'worker.workers': { design: jobs({}, { workers: 100, serviceMs: 100 }), node: 'jobs', value: ints(1, 5), metric: utilisation('jobs'), moves: 'up' },
  'worker.serviceMs': { design: jobs({}, { workers: 100, serviceMs: 10 }), node: 'jobs', value: ints(500, 5000), metric: utilisation('jobs'), moves: 'up' },

  // A size replaces the pool with one worker per vCPU: a small box on the same load runs hotter.
  'web.size': { design: behindWeb('nosql', {}), node: 'web', value: fc.constantFrom('m7i.large', 'm7i.xlarge'), metric: utilisation('web'), moves: 'up' },
  'database.size': { design: behindWeb('database', { workers: 64, readMs: 10 }), node: 'x', value: fc.constantFrom('r7i.large', 'r7i.xlarge'), metric: utilisation('x'), moves: 'up' },
  'sessionStore.size': { design: behindWeb('sessionStore', { workers: 64 }), node: 'x', value: fc.constantFrom('r7i.large', 'r7i.xlarge'), metric: utilisation('x'), moves: 'up' },
  'worker.size': { design: jobs({}, { workers: 100, serviceMs: 100 }), node: 'jobs', value: fc.constantFrom('m7i.large', 'm7i.xlarge'), metric: utilisation('jobs'), moves: 'up' },
  // A cache's size is the memory it rents: the price, from the edit on.
  'cache.size': { design: cached({}), node: 'cache', value: fc.constantFrom('r7i.24xlarge', 'r7i.48xlarge'), metric: (r) => r.cost.byNode.cache, moves: 'up' },

  'nosql.workers': { design: behindWeb('nosql', { workers: 64, serviceMs: 10 }), node: 'x', value: ints(1, 4), metric: utilisation('x'), moves: 'up' },
  'nosql.serviceMs': { design: behindWeb('nosql', { serviceMs: 1, workers: 100 }), node: 'x', value: ints(50, 200), metric: p50, moves: 'up' },

  'objectStore.workers': { design: behindWeb('objectStore', { workers: 64, serviceMs: 10 }, { static: 1, read: 0, write: 0, job: 0 }), node: 'x', value: ints(1, 4), metric: utilisation('x'), moves: 'up' },
  'objectStore.serviceMs': { design: behindWeb('objectStore', { serviceMs: 1, workers: 100 }, { static: 1, read: 0, write: 0, job: 0 }), node: 'x', value: ints(50, 200), metric: p50, moves: 'up' },

  'dataCenter.interRegionLatencyMs': { design: design([{ id: 'users', kind: 'client', params: { rps: 100, region: 'us-east', mix: READS_ONLY } }, { id: 'dc', kind: 'dataCenter', params: { region: 'eu-west', interRegionLatencyMs: 10 } }, { id: 'web', kind: 'web', parent: 'dc', params: { workers: 100, serviceMs: 1 } }], [['users', 'web']], sim), node: 'dc', value: ints(500, 1000), metric: p50, moves: 'up' },

  'monitoring.alertRules.errorRatePct': { design: watched({ alertRules: { errorRatePct: 100, p99Ms: 600_000, utilizationPct: 100 } }), node: 'mon', value: ints(0, 10), metric: alerts('error rate'), moves: 'up' },
  'monitoring.alertRules.p99Ms': { design: watched({ alertRules: { errorRatePct: 100, p99Ms: 600_000, utilizationPct: 100 } }), node: 'mon', value: ints(1, 5), metric: alerts('p99'), moves: 'up' },
  'monitoring.alertRules.utilizationPct': { design: watched({ alertRules: { errorRatePct: 100, p99Ms: 600_000, utilizationPct: 100 } }), node: 'mon', value: ints(1, 50), metric: alerts('utilisation'), moves: 'up' },
  'monitoring.autoFailover': { design: replicated({ failoverS: 5 }, {}, { static: 0, read: 0, write: 1, job: 0 }, { monitoring: { autoFailover: false }, scenario: [{ tS: EDIT_S + 2, action: 'kill', target: 'primary' }] }), node: 'mon', value: one(true), metric: errors, moves: 'down' },
  'monitoring.bootS': { design: ramping, node: 'mon', value: ints(30, 60), metric: utilisation('web'), moves: 'up' },
  'monitoring.autoRollback': { design: badCanary, node: 'mon', value: one(true), metric: errors, moves: 'down' },
  'monitoring.autoscale': { design: hot, node: 'mon', value: one(true), metric: utilisation('web'), moves: 'down' },
};

/** `path` set to `value` as an updateNodeParams patch (groups one level deep). */
const patchOf = (path: string, value: unknown): Record<string, unknown> => {
  const [head, leaf] = path.split('.');
  return leaf === undefined ? { [head]: value } : { [head]: { [leaf]: value } };
};

function runWith(d: Design, seed: number, edit?: { node: string; patch: Record<string, unknown> }): RunReport {
  const s = createSimulation(d, { seed });
  advance(s, EDIT_S * 1000);
  if (edit) expect(updateNodeParams(s, edit.node, edit.patch)).toBe(true);
  advance(s, Infinity);
  return report(s);
}

const LIVE = ALL_PARAMS.filter((p) => p.spec.applies === 'live').map((p) => ({ ...p, key: `${p.kind}.${p.path}` }));

describe('every live parameter moves the metric it should', () => {
  it('has a probe for each live parameter of the registry, and none for a parameter that is not live', () => {
    expect(Object.keys(PROBES).sort()).toEqual(LIVE.map((p) => p.key).sort());
  });

  it.each(LIVE.filter((p) => PROBES[p.key]).map((p) => [p.key, p] as const))('%s', (key, p) => {
    const probe = PROBES[key];
    const path = p.path;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), probe.value, (seed, value) => {
        const base = probe.metric(runWith(probe.design, seed));
        const edited = probe.metric(runWith(probe.design, seed, { node: probe.node, patch: patchOf(path, value) }));
        // More than a 10% move (and more than noise around zero) in the stated direction.
        const margin = Math.abs(base) * 0.1 + 1e-6;
        const moved = probe.moves === 'up' ? edited > base + margin : edited < base - margin;
        if (!moved) throw new Error(`${key} → ${JSON.stringify(value)} (seed ${seed}): metric ${base} → ${edited}, expected it to go ${probe.moves}`);
      }),
      { seed: 12, numRuns: 2 },
    );
  });
});
