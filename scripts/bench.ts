/**
 * `npm run bench`: how fast the engine runs, against the bare event loop it is built on.
 * (a) the same flat-array heap doing trivial work (pop, schedule one follow-up event);
 * (b) the engine on the final-chapter design (test/fixtures/engine-final-chapter.json: GeoDNS,
 *     two data centers, CDN, balancers, 8 web servers, caches, sharded primaries with replicas,
 *     queues and workers, session stores, NoSQL, monitoring) at 10,000 requests per second.
 * Prints events/s for both, the ratio (b)/(a), simulated requests and simulated seconds per wall
 * second, and peak heap; each figure is the median of 5 runs. Then two scale figures:
 * (c) the same design at 1,000,000 req/s (test/fixtures/engine-million.json), sampled: k, speed
 *     against real time, peak heap;
 * (d) the final-chapter design for 10 simulated minutes: peak heap sampled every simulated 10 s,
 *     and how many series points the report keeps (rolled up, so bounded).
 *
 * The engine is measured as it ships: bundled into one module, as Vite bundles it for the page and
 * the worker. Loaded file by file through tsx, every cross-module call goes through a getter on
 * the module's exports object, which costs this engine about 40% of its speed; a bundle calls
 * directly. esbuild (already installed by tsx and vite) makes the bundle in ~100 ms. Bundling also
 * sidesteps Node's ESM loader not seeing lz-string's named exports (see src/cli/main.ts).
 */
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as EngineModule from '../src/engine';
import type * as ModelModule from '../src/model';
import type * as QueueModule from '../src/engine/eventQueue';

type Bundle = typeof EngineModule & Pick<typeof ModelModule, 'parseDesignJson'> & Pick<typeof QueueModule, 'EventQueue'>;

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));

function loadBundle(): Bundle {
  const esbuild = require('esbuild') as typeof import('esbuild');
  const out = join(mkdtempSync(join(tmpdir(), 'bench-')), 'engine.cjs');
  const result = esbuild.buildSync({
    stdin: {
      contents: "export * from './src/engine'; export { parseDesignJson } from './src/model'; export { EventQueue } from './src/engine/eventQueue';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true, platform: 'node', format: 'cjs', target: 'node20', write: false, logLevel: 'error',
  });
  writeFileSync(out, result.outputFiles[0].contents);
  return require(out) as Bundle;
}

const bundle = loadBundle();
const engine = bundle;
const model = bundle;
const { EventQueue } = bundle;

const RUNS = 5;
const FIXTURE = fileURLToPath(new URL('../test/fixtures/engine-final-chapter.json', import.meta.url));
const MILLION = fileURLToPath(new URL('../test/fixtures/engine-million.json', import.meta.url));

function loadDesign(path: string): ModelModule.Design {
  const parsed = model.parseDesignJson(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.value;
}

const heapMb = (): number => process.memoryUsage().heapUsed / 1e6;

/** Runs `design` for `durationS` in 10 s steps; wall time, the report, and the heap's high-water mark. */
function longRun(design: ModelModule.Design, durationS: number) {
  (globalThis as { gc?: () => void }).gc?.();
  const baseMb = heapMb();
  let peakMb = baseMb;
  const start = process.hrtime.bigint();
  const sim = engine.createSimulation(design, { durationS, maxEvents: 2e9 });
  for (let t = 10_000; !engine.isDone(sim); t += 10_000) {
    engine.advance(sim, t);
    engine.takeFrame(sim); // as the worker does, so frame buffers are exercised too
    peakMb = Math.max(peakMb, heapMb());
  }
  const r = engine.report(sim);
  const s = Number(process.hrtime.bigint() - start) / 1e9;
  return { s, r, peakMb, baseMb };
}

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
  const design = loadDesign(FIXTURE);
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

  const million = longRun(loadDesign(MILLION), 60);
  const m = million.r.summary;
  console.log(`1,000,000 req/s, 60 s  sampled 1:${m.sampleK}, ${(60 / million.s).toFixed(1)}× real time (target ≥ 1×), ${fmt(m.throughputRps)} req/s served, ` +
    `${(m.errorRate * 100).toFixed(2)}% errors, p99 ${Math.round(m.latencyMs.p99)} ms, peak heap ${million.peakMb.toFixed(0)} MB`);
  const tenMinutes = longRun(design, 600);
  console.log(`10 simulated minutes   final design at ${fmt(offered)} req/s: peak heap ${tenMinutes.peakMb.toFixed(0)} MB (${tenMinutes.baseMb.toFixed(0)} MB before), ` +
    `${tenMinutes.r.series.length} series points kept, ${tenMinutes.r.events.length} events, ${tenMinutes.s.toFixed(1)} s wall`);
}

main();
