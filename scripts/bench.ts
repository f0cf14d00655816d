/**
 * `npm run bench`: how fast the engine runs, against the bare event loop it is built on.
 * (a) the same flat-array heap doing trivial work (pop, schedule one follow-up event);
 * (b) the engine on the final-chapter design (test/fixtures/engine-final-chapter.json: GeoDNS,
 *     two data centers, CDN, balancers, 8 web servers, caches, sharded primaries with replicas,
 *     queues and workers, session stores, NoSQL, monitoring) at 10,000 requests per second.
 * Prints events/s for both, the ratio (b)/(a), simulated requests and simulated seconds per wall
 * second, and peak heap; each figure is the median of 5 runs.
 *
 * The engine is loaded through require: Node's ESM loader cannot see lz-string's named exports,
 * which src/model/codec.ts imports (see src/cli/main.ts); tsx compiles required files as CommonJS.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type * as EngineModule from '../src/engine';
import type * as ModelModule from '../src/model';
import type * as QueueModule from '../src/engine/eventQueue';

const require = createRequire(import.meta.url);
const engine = require('../src/engine/index.ts') as typeof EngineModule;
const model = require('../src/model/index.ts') as typeof ModelModule;
const { EventQueue } = require('../src/engine/eventQueue.ts') as typeof QueueModule;

const RUNS = 5;
const FIXTURE = fileURLToPath(new URL('../test/fixtures/engine-final-chapter.json', import.meta.url));

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** (a) The bare loop: ~5,000 pending events, each pop schedules one event a random time later. */
function bareLoop(events: number): { eventsPerS: number } {
  const q = new EventQueue(8192);
  let seed = 12345;
  const uniform = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) | 0) >>> 0) / 4294967296;
  for (let i = 0; i < 5000; i++) q.push(uniform() * 100, 1, i, i, 0);
  let sink = 0;
  const start = process.hrtime.bigint();
  for (let i = 0; i < events; i++) {
    const h = q.pop();
    const node = q.evNode[h];
    sink += q.evReq[h];
    q.release(h);
    q.push(i * 0.02 + uniform() * 100, 1, node, i, 0);
  }
  const s = Number(process.hrtime.bigint() - start) / 1e9;
  if (sink === -1) console.log(sink);
  return { eventsPerS: events / s };
}

/** (b) The engine on the final-chapter design. */
function engineRun(design: ModelModule.Design): { eventsPerS: number; requestsPerS: number; simSecondsPerS: number; events: number } {
  const start = process.hrtime.bigint();
  const sim = engine.createSimulation(design, { series: true });
  engine.advance(sim, Infinity);
  const r = engine.report(sim);
  const s = Number(process.hrtime.bigint() - start) / 1e9;
  const events = engine.eventsProcessed(sim);
  return { eventsPerS: events / s, requestsPerS: r.summary.requests / s, simSecondsPerS: r.summary.durationS / s, events };
}

function main(): void {
  const parsed = model.parseDesignJson(readFileSync(FIXTURE, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const design = parsed.value;
  const offered = design.nodes.reduce((sum, n) => sum + (n.kind === 'client' ? n.params.rps : 0), 0);
  engineRun(design); // warm the JIT
  bareLoop(2_000_000);
  const bare: number[] = [];
  const runs: ReturnType<typeof engineRun>[] = [];
  let peakHeapMb = 0;
  for (let i = 0; i < RUNS; i++) {
    bare.push(bareLoop(10_000_000).eventsPerS);
    runs.push(engineRun(design));
    peakHeapMb = Math.max(peakHeapMb, process.memoryUsage().heapUsed / 1e6);
  }
  const bareEps = median(bare);
  const engineEps = median(runs.map((r) => r.eventsPerS));
  const fmt = (x: number) => Math.round(x).toLocaleString('en-US');
  console.log(`bare event loop        ${fmt(bareEps)} events/s`);
  console.log(`engine (final design)  ${fmt(engineEps)} events/s  (${fmt(runs[0].events)} events per ${design.sim.durationS} s run at ${fmt(offered)} req/s)`);
  console.log(`ratio engine/bare      ${(engineEps / bareEps).toFixed(2)}   (target ≥ 0.30)`);
  console.log(`simulated requests     ${fmt(median(runs.map((r) => r.requestsPerS)))} per wall second   (target ≥ 250,000)`);
  console.log(`simulated time         ${median(runs.map((r) => r.simSecondsPerS)).toFixed(1)}× real time at ${fmt(offered)} req/s   (target ≥ 25×)`);
  console.log(`peak heap              ${peakHeapMb.toFixed(0)} MB`);
}

main();
