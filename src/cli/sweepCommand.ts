/**
 * `npm run sim -- sweep <design> [--from R] [--to R] [--steps N] [--seconds S] [--threads N] [--target …] [--json]`:
 * the design at a series of offered loads, on every core, with a progress bar on stderr; prints a
 * table, or with --json `{ points, knee }` (docs/explain.md). Exit codes as for a run (run.ts).
 */
import { availableParallelism } from 'node:os';
import { DEFAULT_TARGETS, planSweep, summarizeSweep, SWEEP_DEFAULTS, type SweepPoint } from '../analysis/sweep';
import type { CliIo } from './io';
import { loadDesign } from './load';
import { progressBar } from './progress';
import { EXIT } from './run';
import { formatSweep } from './sweepFormat';
import { parseSweepArgs, SWEEP_USAGE } from './sweepArgs';
import { runOnThreads } from './sweepThreads';

/** `script`: the file a worker thread can run to serve loads (null: run them in this thread). */
export async function runSweepCli(argv: readonly string[], io: CliIo, script: string | null): Promise<number> {
  const parsed = parseSweepArgs(argv);
  if (!parsed.ok) { io.err(`sim: ${parsed.error}\n${SWEEP_USAGE}\n`); return EXIT.refused; }
  const args = parsed.args;
  if (args.help) { io.out(`${SWEEP_USAGE}\n`); return EXIT.ran; }
  const loaded = loadDesign(args.source);
  if (!loaded.ok) { io.err(`sim: ${loaded.errors.join('\n')}\n`); return EXIT.refused; }
  for (const w of loaded.warnings) io.err(`sim: warning: ${w}\n`);
  const design = loaded.value;
  const plan = planSweep(design, { fromRps: args.fromRps, toRps: args.toRps, steps: args.steps, seconds: args.seconds });
  if (!plan.ok) { io.err(`sim: ${plan.error}\n`); return EXIT.refused; }
  const progress = progressBar(io);
  let done = 0;
  progress(0);
  const outcomes = await runOnThreads(plan.tasks, args.threads ?? availableParallelism(), script, () => { done++; progress(done / plan.tasks.length); });
  if (io.errIsTTY) io.err('\r\x1b[K');
  const points: SweepPoint[] = [];
  for (const o of outcomes) {
    if ('point' in o) points.push(o.point);
    else io.err(`sim: warning: the load ${o.task.offeredRps} req/s did not run: ${o.error}\n`);
  }
  if (points.length === 0) { io.err('sim: no load of the sweep could run (reasons above)\n'); return EXIT.refused; }
  const result = summarizeSweep(points, { ...DEFAULT_TARGETS, ...(args.serviceTargets && { services: args.serviceTargets }) });
  io.out(args.json ? `${JSON.stringify(result)}\n` : `${formatSweep(design.name, args.seconds ?? SWEEP_DEFAULTS.seconds, result)}\n`);
  return EXIT.ran;
}
