/**
 * Builds the runtime state of a simulation from a design: one NodeRt per node with its params,
 * region, route tiers (from the model's routeTiers, so the engine and the SPOF analysis agree),
 * balancer targets, DB clusters, queues' consumers, shard maps, clients, and the first events.
 */
import { FlagSet, IntTable } from './lib/intTable';
import { hashString } from './lib/hash';
import { REGIONS, REQUEST_TYPES, type Design, type DesignNode } from '../model';
import { balancerPool, pickRule, routeTiers } from '../model/routing';
import { dataCenterOf, membersOf, replicasOf, workTargets } from '../model/graph';
import type { RunOptions } from './api';
import { EV_HEALTH, EV_WARMUP, SimState, type ArrivalObserver } from './state';
import { scheduleScenario } from './scenario';
import { K, NodeRt, ReplStream, nodeStream, type Cluster, type Tier } from './nodeState';
import { applyParams } from './params';
import { KIND_BEHAVIOUR } from './dispatch';
import { LatencyHistogram } from './histogram';
import { buildClient, scheduleNextArrival } from './components/client';
import { buildShardState } from './components/shardRouter';
import { peakOfferedRps } from './sampling';
import { refusals, RunRefusedError } from './feasibility';
import { OutcomeTally } from './outcomes';
import { balancerClasses, flowClassCount, routeTable, serviceNames, ServiceTally, tallyNames } from './services';

/** Extra options the tests use. */
export interface BuildOptions extends RunOptions {
  /** Summary and node figures count only from this simulated second on (default 0). */
  warmupS?: number;
  /** Called with every arrival as it is drawn (the common-random-numbers tests compare two designs' arrivals). */
  onArrival?: ArrivalObserver;
  /** Count outcomes by client and request type for requests arriving in [fromS, toS) (outcomes.ts). */
  outcomes?: { fromS: number; toS: number };
}

/** A fresh simulation of a (deep-copied) design at time 0. */
export function buildSimulation(input: Design, options: BuildOptions = {}): SimState {
  const design: Design = structuredClone(input);
  const sim = new SimState(design, options, KIND_BEHAVIOUR);
  const refused = refusals(design, sim.sampleK, sim.durationMs / 1000, sim.maxEvents);
  if (refused.length > 0) throw new RunRefusedError(refused);
  const graph = sim.graph;
  design.nodes.forEach((node, idx) => {
    const n = new NodeRt(idx, node, K[node.kind], sim.stream(nodeStream(node.id)));
    sim.nodes.push(n);
    sim.byId.set(node.id, idx);
  });
  const edgeIndex = new Map<string, number>();
  design.edges.forEach((e, i) => { sim.edgeIds.push(e.id); edgeIndex.set(`${e.source}\u0000${e.target}`, i); });
  sim.edgeCount = new Float64Array(design.edges.length);
  sim.edgeLastRps = new Float64Array(design.edges.length);
  const edgeOf = (from: string, to: string): number => edgeIndex.get(`${from}\u0000${to}`) ?? -1;
  const idxOf = (node: DesignNode): number => sim.byId.get(node.id)!;
  sim.routeTable = routeTable(design);
  sim.routeCost = Float64Array.from(sim.routeTable.map((r) => r.cost));
  sim.flowClasses = flowClassCount(sim.routeTable);
  const services = serviceNames(design);
  if (services.length > 0) sim.services = new ServiceTally(tallyNames(services));

  for (const n of sim.nodes) {
    const dc = dataCenterOf(graph, n.id);
    if (dc) {
      n.dc = idxOf(dc);
      n.regionIdx = dc.kind === 'dataCenter' ? REGIONS.indexOf(dc.params.region) : -1;
      n.interRegionMs = dc.kind === 'dataCenter' ? dc.params.interRegionLatencyMs : 0;
    }
    if (n.code === K.dataCenter) n.members = membersOf(graph, n.id).map(idxOf);
    const targets = workTargets(graph, n.id);
    REQUEST_TYPES.forEach((type, t) => {
      n.routes[t] = routeTiers(n.design, type, targets)
        .filter((tier) => tier.length > 0)
        .map((tier): Tier => ({ targets: tier.map(idxOf), edges: tier.map((x) => edgeOf(n.id, x.id)), rr: 0, rule: pickRule(n.design, tier), keySalt: hashString(tier.map((x) => x.id).sort().join('\u0000')) }));
    });
    const ofKind = (kind: DesignNode['kind']) => targets.filter((x) => x.kind === kind);
    if (n.code === K.web) {
      n.sessions = new FlagSet();
      const stores = ofKind('sessionStore');
      n.sessionStores = stores.map(idxOf);
      n.sessionEdges = stores.map((store) => edgeOf(n.id, store.id));
    }
    if (n.code === K.web || n.code === K.worker) n.caches = ofKind('cache').map(idxOf);
    if (n.code === K.loadBalancer) {
      // Every server behind it, whatever its service: the rules pick among them per request (balancerClasses).
      const pool = balancerPool(targets);
      n.lbTargets = pool.map(idxOf);
      n.lbEdges = pool.map((t) => edgeOf(n.id, t.id));
      n.knownDown = n.lbTargets.map(() => 0);
    }
    if (n.code === K.web && n.design.kind === 'web') n.serviceIdx = services.indexOf(n.design.params.service);
    if (n.code === K.queue) {
      n.consumers = ofKind('worker').map(idxOf);
      n.consumerEdges = ofKind('worker').map((w) => edgeOf(n.id, w.id));
    }
    if (n.code === K.monitoring && sim.monitoring < 0) sim.monitoring = n.idx;
    applyParams(sim, n);
  }
  for (const q of sim.nodes) {
    q.consumers.forEach((w, k) => { sim.nodes[w].sources.push(q.idx); sim.nodes[w].sourceEdges.push(q.consumerEdges[k]); });
  }
  buildClusters(sim);
  let userBase = 0;
  let maxKeys = 1;
  for (const n of sim.nodes) {
    if (n.design.kind !== 'client') continue;
    const client = buildClient(sim, n.design, n.idx, userBase);
    sim.clients.push(client);
    userBase += client.users;
    maxKeys = Math.max(maxKeys, n.design.params.keys.count);
  }
  sim.totalUsers = userBase;
  if (options.outcomes) sim.outcomes = new OutcomeTally(options.outcomes.fromS * 1000, options.outcomes.toS * 1000, sim.clients.length);
  for (const n of sim.nodes) {
    if (n.code !== K.shardRouter) continue;
    const shards = workTargets(graph, n.id).filter((t) => t.kind === 'database' || t.kind === 'nosql');
    n.shard = buildShardState(n, shards.map((s) => sim.nodes[idxOf(s)]), shards.map((s) => edgeOf(n.id, s.id)), maxKeys);
  }
  buildAutoscaleSlots(sim);
  for (const n of sim.nodes) {
    if (n.code !== K.loadBalancer) continue;
    const classes = balancerClasses(n, n.lbTargets.map((t) => sim.nodes[t].design), sim.routeTable, services);
    if (classes) { n.lbClass = classes.targets; n.lbClassOwner = classes.owner; n.lbClassRr = new Int32Array(classes.targets.length); }
  }
  if (sim.sampleK > 1) logSampling(sim);
  scheduleStart(sim, design, options);
  return sim;
}

/** Says at t = 0 that the run is sampled, and which pools it makes coarse enough to overstate queueing. */
function logSampling(sim: SimState): void {
  const k = sim.sampleK;
  sim.log(`sampled run: each simulated request stands for ${k.toLocaleString('en-US')} real ones (${Math.round(peakOfferedRps(sim.design)).toLocaleString('en-US')} req/s at peak); counts and rates are real`);
  const coarse = sim.nodes.filter((n) => n.isStation && n.active && n.workers < COARSE_POOL).map((n) => n.id);
  if (coarse.length > 0) {
    const names = coarse.length > 3 ? `${coarse.slice(0, 3).join(', ')} and ${coarse.length - 3} more` : coarse.join(', ');
    sim.log(`${names}: fewer than ${COARSE_POOL} workers per sample, so their queueing delay is overstated; give them more workers for a closer figure`, 'warn');
  }
}

/** Below this many sampled workers a pool's waits grow visibly coarser than the real pool's (sampling.ts). */
const COARSE_POOL = 4;

/** Every primary (or shard, or lone database) heads a cluster with its replicas. */
function buildClusters(sim: SimState): void {
  for (const n of sim.nodes) {
    if (n.design.kind !== 'database') continue;
    n.repl = new ReplStream();
    n.repl.lagHist = new LatencyHistogram();
  }
  const inCluster = new Set<number>();
  for (const n of sim.nodes) {
    if (n.design.kind !== 'database' || n.design.params.role === 'replica') continue;
    const replicas = replicasOf(sim.graph, n.id).map((r) => sim.byId.get(r.id)!).filter((r) => !inCluster.has(r));
    const cluster: Cluster = { index: sim.clusters.length, original: n.idx, current: n.idx, replicas, committed: 0, latest: new IntTable(), lastWriter: new IntTable(), epoch: 0 };
    sim.clusters.push(cluster);
    n.cluster = cluster;
    for (const r of replicas) { sim.nodes[r].cluster = cluster; inCluster.add(r); }
    if (replicas.length > 0) sim.hasReplicas = true;
  }
  // A replica with no primary wired to it serves reads of its own (never stale) data.
  for (const n of sim.nodes) {
    if (n.design.kind !== 'database' || n.cluster) continue;
    const cluster: Cluster = { index: sim.clusters.length, original: n.idx, current: n.idx, replicas: [], committed: 0, latest: new IntTable(), lastWriter: new IntTable(), epoch: 0 };
    sim.clusters.push(cluster);
    n.cluster = cluster;
  }
}

/** Spare web servers for autoscaling, one set per balancer with web servers behind it. */
function buildAutoscaleSlots(sim: SimState): void {
  if (sim.monitoring < 0) return;
  const m = sim.nodes[sim.monitoring].design;
  const max = m.kind === 'monitoring' ? m.params.autoscaleMax : 0;
  if (max <= 0) return;
  for (const lb of sim.nodes.slice()) {
    if (lb.code !== K.loadBalancer) continue;
    const template = lb.lbTargets.map((t) => sim.nodes[t]).find((t) => t.code === K.web);
    if (!template) continue;
    const slots: number[] = [];
    for (let k = 1; k <= max; k++) {
      const design = { ...template.design, id: `${lb.id}+web-${k}`, label: undefined } as DesignNode;
      const clone = new NodeRt(sim.nodes.length, design, K.web, sim.stream(nodeStream(design.id)));
      clone.routes = template.routes;
      clone.caches = template.caches;
      clone.sessionStores = template.sessionStores;
      clone.sessionEdges = template.sessionEdges;
      clone.sessions = new FlagSet();
      clone.regionIdx = template.regionIdx;
      clone.interRegionMs = template.interRegionMs;
      clone.dc = template.dc;
      clone.serviceIdx = template.serviceIdx;
      clone.autoscaled = true;
      clone.active = false;
      clone.everActive = false;
      applyParams(sim, clone);
      sim.nodes.push(clone);
      sim.byId.set(clone.id, clone.idx);
      if (clone.dc >= 0) sim.nodes[clone.dc].members.push(clone.idx);
      lb.lbTargets.push(clone.idx);
      lb.lbEdges.push(-1);
      lb.knownDown.push(1);
      slots.push(clone.idx);
    }
    sim.autoscale.slots.set(lb.idx, slots);
  }
}

/** First arrivals, health checks, scenario faults and the end of the warm-up. */
function scheduleStart(sim: SimState, design: Design, options: BuildOptions): void {
  sim.clients.forEach((c, i) => scheduleNextArrival(sim, c, i));
  for (const n of sim.nodes) if (n.code === K.loadBalancer) sim.queue.push(n.healthCheckMs, EV_HEALTH, n.idx, -1, 0);
  scheduleScenario(sim, design.scenario, options.scenario ?? []);
  if (sim.warmupMs > 0) sim.queue.push(sim.warmupMs, EV_WARMUP, -1, -1, 0);
}
