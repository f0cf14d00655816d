/**
 * The CLI proper (see main.ts): runs the engine headless. Exit 0 on a run, 2 on a bad design, link
 * or arguments (a message on stderr, no stack trace). With --json, stdout holds one JSON object.
 */
import { advance, createSimulation, report, simTimeMs, type RunReport } from '../engine';
import { parseArgs, USAGE } from './args';
import { loadDesign } from './load';
import { formatReport } from './format';

/** Simulated time per step: small enough for a smooth progress bar, large enough to be cheap. */
const STEP_MS = 1000;
/** Show progress only once a run has taken this long (and only on a terminal or for long runs). */
const PROGRESS_AFTER_MS = 2000;

function exitWith(message: string): never {
  process.stderr.write(`sim: ${message}\n`);
  process.exit(2);
}

/** Runs the CLI on `argv` (arguments after the script name). */
export function runCli(argv: string[]): void {
  try {
    run(argv);
  } catch (err) {
    // A bug, not a bad input: say so in one line, still without a stack trace.
    process.stderr.write(`sim: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  }
}

function run(argv: string[]): void {
  const parsed = parseArgs(argv);
  if (!parsed.ok) exitWith(`${parsed.error}\n${USAGE}`);
  const args = parsed.args;
  if (args.help) { process.stdout.write(`${USAGE}\n`); return; }
  const loaded = loadDesign(args.source);
  if (!loaded.ok) exitWith(loaded.errors.join('\n'));
  const design = loaded.value;
  const ids = new Set(design.nodes.map((n) => n.id));
  for (const f of args.faults) {
    if (!ids.has(f.target)) exitWith(`--${f.action} ${f.target}@${f.tS}: there is no node "${f.target}" (nodes: ${[...ids].join(', ')})`);
  }
  const sim = createSimulation(design, { seed: args.seed, durationS: args.seconds, scenario: args.faults, sampleK: args.sampleK });
  const totalMs = (args.seconds ?? design.sim.durationS) * 1000;
  const started = Date.now();
  let shown = false;
  for (let t = STEP_MS; ; t += STEP_MS) {
    advance(sim, Math.min(t, totalMs));
    const elapsed = Date.now() - started;
    if (elapsed > PROGRESS_AFTER_MS) { drawProgress(simTimeMs(sim) / totalMs); shown = true; }
    if (t >= totalMs || sim.done) break;
  }
  if (shown) process.stderr.write('\r\x1b[K');
  const result: RunReport = report(sim);
  if (args.json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else process.stdout.write(`${formatReport(design.name, result)}\n`);
}

let lastDecile = -1;

function drawProgress(fraction: number): void {
  // Off a terminal (a log file, CI) one line per 10% is plenty.
  if (!process.stderr.isTTY) {
    const decile = Math.floor(fraction * 10);
    if (decile === lastDecile) return;
    lastDecile = decile;
  }
  const width = 30;
  const filled = Math.round(Math.min(1, fraction) * width);
  const bar = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.round(fraction * 100)}%`;
  process.stderr.write(process.stderr.isTTY ? `\r${bar}` : `${bar}\n`);
}
