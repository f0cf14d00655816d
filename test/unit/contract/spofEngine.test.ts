/**
 * The contract between the SPOF panel and the engine (docs/routing.md): a node is flagged as a
 * single point of failure exactly when killing it leaves some users' requests of some type
 * failing for the rest of the run.
 *
 * "For the rest of the run" is measured, not guessed. The node dies at KILL_S; every mechanism
 * that routes around a failure has had its time by SETTLE_S (DNS TTL, health checks, promotion of
 * a replica without monitoring, timeouts: see the parameters set below); the requests that arrive
 * in [SETTLE_S, END_S) are counted by client and type (outcomes.ts), and a request that has not
 * finished by the end of the run (DURATION_S, a margin after END_S) counts as failed. A (client,
 * type) pair is failing when any of its counted requests is not done (FAIL_SHARE = 0): once every
 * mechanism has settled a healthy path loses nothing, while a broken one may lose only the
 * requests of a few keys (a shard behind a keyed tier, with Zipf-skewed keys). The
 * baseline is the same run with nothing killed: the analysis calls a pair served exactly when
 * the baseline run does not fail it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canConnect, REQUEST_TYPES, type Design, type DesignNode, type Kind } from '../../../src/model';
import { findSpofs } from '../../../src/model/spof';
import { advance, createSimulation, type Simulation } from '../../../src/engine';
import { canServe } from '../../../src/model/spof';
import { buildGraph } from '../../../src/model/graph';
import { build, wiredDesignArb, type NodeSpec } from '../model/helpers';

const KILL_S = 1;
/** DNS TTL 3 s, health checks every 0.5 s, failover 0.5 s (2.5 s without monitoring), web timeout 2 s. */
const SETTLE_S = 8;
const END_S = 15;
const DURATION_S = 18;
const FAIL_SHARE = 0;

/** Parameters that let every failover mechanism finish well inside the settle time, and keep the load light. */
function settleFast(design: Design, shared: boolean[], geo: boolean, services: Services): Design {
  let web = 0;
  design.nodes.forEach((n: DesignNode, i) => {
    const p = n.params as Record<string, unknown>;
    switch (n.kind) {
      case 'client': Object.assign(p, { rps: 32, users: 200 }); break;
      case 'dns': Object.assign(p, { ttlS: 3, geo }); break;
      case 'loadBalancer':
        p.healthCheckS = 0.5;
        // Services (docs/services.md): pages own reads and static files, uploads own writes; jobs stay with the shared pool.
        if (services.rules) n.rules = [{ service: 'pages', types: ['read', 'static'], routes: [] }, { service: 'uploads', types: ['write'], routes: [] }];
        break;
      case 'database': p.failoverS = 0.5; break;
      case 'web': Object.assign(p, { workers: 64, timeoutMs: 2000, sessions: shared[i % shared.length] ? 'shared' : 'local', service: services.of[web++ % services.of.length] }); break;
      case 'worker': p.workers = 64; break;
      default: break;
    }
  });
  design.sim = { ...design.sim, seed: 7, durationS: DURATION_S };
  return design;
}

/**
 * Layered designs: users, maybe DNS and a CDN, balancers, web servers and a data tier, each pair
 * of kinds the edge rules allow wired with a coin flip (through canConnect, like the editor). The
 * wiring-heavy designs of the SPOF tests (wiredDesignArb) are mostly unserved, so they are mixed
 * in for their odd shapes, but layered ones are what exercises the failover rules.
 */
const LAYERS: [Kind, number, Record<string, unknown>?][] = [
  ['client', 2], ['dns', 2], ['cdn', 1], ['objectStore', 1], ['loadBalancer', 2], ['web', 3],
  ['cache', 2], ['database', 1], ['database', 2, { role: 'replica' }], ['nosql', 1], ['shardRouter', 1], ['database', 2, { role: 'shard' }],
  ['sessionStore', 2], ['queue', 1], ['worker', 2], ['dataCenter', 2],
];
const layeredDesignArb: fc.Arbitrary<Design> = fc.record({
  counts: fc.tuple(...LAYERS.map(([kind, max]) => fc.integer({ min: kind === 'client' || kind === 'web' ? 1 : 0, max }))),
  coins: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 400, maxLength: 400 }),
  parents: fc.array(fc.option(fc.nat(), { nil: null, freq: 2 }), { minLength: 30, maxLength: 30 }),
  density: fc.double({ min: 0.35, max: 0.9, noNaN: true }),
}).map(({ counts, coins, parents, density }) => {
  const specs: NodeSpec[] = [];
  LAYERS.forEach(([kind, , params], layer) => {
    for (let k = 0; k < counts[layer]; k++) specs.push([`${kind}${params?.role ?? ''}${k}`, kind, { ...(params ?? {}), ...(kind === 'client' ? { mix: { static: 0.25, read: 0.25, write: 0.25, job: 0.25 } } : {}) }]);
  });
  const dcs = specs.filter((x) => x[1] === 'dataCenter').map((x) => x[0]);
  specs.forEach((x, i) => { const p = parents[i % parents.length]; if (p !== null && dcs.length && x[1] !== 'dataCenter' && x[1] !== 'client') x[3] = dcs[p % dcs.length]; });
  const design = build(specs, []);
  let coin = 0;
  for (const source of design.nodes) {
    for (const target of design.nodes) {
      const verdict = canConnect(source, target, design.edges);
      if (!verdict.ok) continue;
      // A replica follows the first primary offered; other pairs by the coin.
      if (verdict.kind !== 'replication' && coins[coin++ % coins.length] > density) continue;
      design.edges.push({ id: `e${design.edges.length}`, source: source.id, target: target.id, kind: verdict.kind });
    }
  }
  return design;
});

/** Which service each web server belongs to, and whether the balancers hold rules (none of either: the design as before). */
interface Services { of: ('' | 'pages' | 'uploads')[]; rules: boolean }
const servicesArb: fc.Arbitrary<Services> = fc.oneof(
  { arbitrary: fc.constant<Services>({ of: [''], rules: false }), weight: 1 },
  { arbitrary: fc.record({ of: fc.array(fc.constantFrom<'' | 'pages' | 'uploads'>('', 'pages', 'uploads'), { minLength: 3, maxLength: 3 }), rules: fc.boolean() }), weight: 1 },
);
const contractDesignArb = fc.tuple(fc.oneof({ arbitrary: layeredDesignArb, weight: 4 }, { arbitrary: wiredDesignArb, weight: 1 }), fc.array(fc.boolean(), { minLength: 16, maxLength: 16 }), fc.boolean(), servicesArb)
  .map(([design, shared, geo, services]) => settleFast(design, shared, geo, services));

type Failing = Set<string>;

/** The (client, type) pairs the engine fails in the measured window, killing `victim` at KILL_S (none: baseline). */
function engineFailing(design: Design, victim?: string): Failing {
  const scenario = victim ? [{ tS: KILL_S, action: 'kill' as const, target: victim }] : [];
  const sim: Simulation = createSimulation(design, { scenario, sampleK: 1, series: false, outcomes: { fromS: SETTLE_S, toS: END_S } });
  advance(sim, DURATION_S * 1000);
  const o = sim.outcomes!;
  const failing: Failing = new Set();
  sim.clients.forEach((c, i) => {
    for (let t = 0; t < 4; t++) {
      const arrived = o.arrived[i * 4 + t];
      if (arrived > 0 && (arrived - o.done[i * 4 + t]) / arrived > FAIL_SHARE) failing.add(`${sim.nodes[c.node].id}/${REQUEST_TYPES[t]}`);
    }
  });
  return failing;
}

/** The pairs the analysis says the design serves with every node up. */
function analysisServed(design: Design): Set<string> {
  const graph = buildGraph(design);
  const served = new Set<string>();
  for (const c of design.nodes) {
    if (c.kind !== 'client') continue;
    for (const t of REQUEST_TYPES) if (c.params.mix[t] > 0 && c.params.rps > 0 && canServe(graph, c, t, new Set())) served.add(`${c.id}/${t}`);
  }
  return served;
}

/** Checks one design; returns a description of each disagreement. */
function disagreements(design: Design): string[] {
  const out: string[] = [];
  const baseline = engineFailing(design);
  const served = analysisServed(design);
  for (const c of design.nodes) {
    if (c.kind !== 'client') continue;
    for (const t of REQUEST_TYPES) {
      const pair = `${c.id}/${t}`;
      if (served.has(pair) === baseline.has(pair)) out.push(`baseline ${pair}: analysis says ${served.has(pair) ? 'served' : 'not served'}, engine ${baseline.has(pair) ? 'fails it' : 'serves it'}`);
    }
  }
  const flagged = new Set(findSpofs(design).map((f) => f.id));
  STATS.designs++; STATS.served += served.size; STATS.flagged += flagged.size;
  for (const victim of design.nodes) {
    if (victim.kind === 'client' || victim.kind === 'monitoring') continue;
    const after = engineFailing(design, victim.id); STATS.kills++;
    const lost = [...served].filter((pair) => !baseline.has(pair) && after.has(pair));
    if (flagged.has(victim.id) !== lost.length > 0) out.push(`kill ${victim.id}: panel ${flagged.has(victim.id) ? 'flags it' : 'does not flag it'}, engine ${lost.length ? `fails ${lost.join(', ')}` : 'fails nothing new'}`);
  }
  return out;
}

const STATS = { designs: 0, served: 0, flagged: 0, kills: 0 };
describe('the SPOF panel and the engine say the same thing', () => {
  it('on random valid designs, a node is flagged exactly when killing it leaves some users failing for the rest of the run', () => {
    fc.assert(fc.property(contractDesignArb, (design) => {
      const found = disagreements(design);
      expect(found, `${JSON.stringify({ nodes: design.nodes.map((n) => [n.id, n.kind, n.parent ?? null, n.kind === 'database' ? n.params.role : n.kind === 'web' ? `${n.params.sessions} ${n.params.service}` : n.kind === 'loadBalancer' ? (n.rules ? 'rules' : null) : n.kind === 'dns' ? n.params.geo : null]), edges: design.edges.map((e) => `${e.source}>${e.target}`) })}`).toEqual([]);
    }), { numRuns: Number(process.env.CONTRACT_RUNS ?? 150), seed: 12, endOnFailure: true });
    console.info('contract designs, served pairs, flagged nodes, kills:', STATS);
  }, 300_000);
});
