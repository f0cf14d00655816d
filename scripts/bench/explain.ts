/**
 * The bench's figures for "Explain every number" (docs/explain.md):
 * - tracing's cost: the final-chapter design with 1 in DEFAULT_TRACE_EVERY requests traced against
 *   the same run untraced, alternating, as the median of the pairs' ratios of events per CPU second (CPU, not wall:
 *   on a shared machine the wall clock measures the neighbours);
 * - the load sweep's wall time: `scale-sim sweep` on the final-chapter design, 12 loads of 30
 *   simulated seconds on every core, as a user runs it (BENCH_SWEEP_SECONDS shortens each load, and
 *   the output says so). One run by default, because one takes minutes of every core (about 4 on
 *   two); BENCH_SWEEP_RUNS=3 gives the median of 3 and every run's time.
 */
import { spawnSync } from 'node:child_process';
import type * as EngineModule from '../../src/engine';
import type { Design } from '../../src/model';

type Engine = Pick<typeof EngineModule, 'createSimulation' | 'advance' | 'report' | 'eventsProcessed' | 'DEFAULT_TRACE_EVERY'>;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function eventsPerSecond(engine: Engine, design: Design, traceEvery: number): { eventsPerS: number; traces: number } {
  const cpuS = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
  const start = cpuS();
  const sim = engine.createSimulation(design, { series: true, traceEvery });
  engine.advance(sim, Infinity);
  const r = engine.report(sim);
  const s = cpuS() - start;
  return { eventsPerS: engine.eventsProcessed(sim) / s, traces: r.traces?.length ?? 0 };
}

/** Traced against untraced runs of the same design, alternating which goes first. */
export function tracingCost(engine: Engine, design: Design, pairs: number): void {
  const { DEFAULT_TRACE_EVERY } = engine;
  const plain: number[] = [];
  const traced: number[] = [];
  let traces = 0;
  for (let i = 0; i < pairs; i++) {
    const order = i % 2 === 0 ? [0, DEFAULT_TRACE_EVERY] : [DEFAULT_TRACE_EVERY, 0];
    for (const every of order) {
      const r = eventsPerSecond(engine, design, every);
      (every === 0 ? plain : traced).push(r.eventsPerS);
      if (every > 0) traces = r.traces;
    }
  }
  // The median of each pair's ratio: a pair runs back to back, so it shares the machine's moment.
  const ratio = median(traced.map((t, i) => t / plain[i]));
  const cost = (1 - ratio) * 100;
  console.log(`tracing 1 in ${DEFAULT_TRACE_EVERY}          ${Math.round(median(traced)).toLocaleString('en-US')} events per CPU s traced against ${Math.round(median(plain)).toLocaleString('en-US')} untraced, ` +
    `${pairs} alternating pairs: ratio ${ratio.toFixed(3)}, cost ${cost.toFixed(1)}% (${traces.toLocaleString('en-US')} traces a run)   (target cost < 5%: ${cost < 5 ? 'met' : 'NOT MET'})`);
}

/** `scale-sim sweep` as a whole process, BENCH_SWEEP_RUNS times (default 1): the median wall time, and each run's. */
export function sweepWallTime(cli: string, designPath: string, cwd: string): void {
  const seconds = Number(process.env.BENCH_SWEEP_SECONDS ?? 30);
  const runs = Math.max(1, Math.floor(Number(process.env.BENCH_SWEEP_RUNS ?? 1)));
  const steps = 12;
  const walls: number[] = [];
  let knee: number | null = null;
  let points = 0;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [cli, 'sweep', designPath, '--steps', String(steps), '--seconds', String(seconds), '--json'], { cwd, encoding: 'utf8', maxBuffer: 1 << 26 });
    walls.push(Number(process.hrtime.bigint() - start) / 1e9);
    if (r.status !== 0) throw new Error(`sweep exited ${r.status}: ${r.stderr.slice(-500)}`);
    const out = JSON.parse(r.stdout) as { points: unknown[]; knee: { rps: number | null } };
    knee = out.knee.rps;
    points = out.points.length;
  }
  const variant = seconds === 30 ? '' : ` (shortened by BENCH_SWEEP_SECONDS: ${seconds} s a load, not 30)`;
  const how = runs === 1
    ? 'one run by design: a run takes minutes of every core; BENCH_SWEEP_RUNS=3 gives the median of 3'
    : `median of ${runs} runs (${walls.map((w) => w.toFixed(1)).join(', ')} s)`;
  console.log(`load sweep               final design, ${steps} loads × ${seconds} s on every core: ${median(walls).toFixed(1)} s wall, ${how}${variant}; ` +
    `${points} points, knee ${knee === null ? 'none' : `${Math.round(knee).toLocaleString('en-US')} req/s`}`);
}
