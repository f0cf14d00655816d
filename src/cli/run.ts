/**
 * The CLI's work, apart from the process (cli.cts wires it to stdin/stdout and the exit code), so
 * tests run it in-process. Exit codes: 0 ran; 2 the arguments, the input or the design was refused
 * (a message on stderr says why, no stack trace), including a valid design the engine declines to
 * run; 1 only for a real internal error. Notes the decoder makes (unknown fields left out, ids
 * renamed) go to stderr as warnings; --strict refuses the design instead.
 */
import { advance, createSimulation, report, RunRefusedError, simTimeMs, type RunReport } from '../engine';
import { idProblem, visibleId } from '../model';
import { faultTargetProblem } from '../model/faultTargets';
import { faultFlag, parseArgs, USAGE } from './args';
import { formatReport } from './format';
import { loadDesign } from './load';
import type { CliIo } from './io';
import { progressBar } from './progress';

export const EXIT = { ran: 0, internalError: 1, refused: 2 } as const;

export type { CliIo } from './io';

/** Simulated time per step: small enough for a smooth progress bar, large enough to be cheap. */
const STEP_MS = 1000;
/** Show progress only once a run has taken this long. */
const PROGRESS_AFTER_MS = 2000;

/** A refusal of the user's input: exit 2 with this message. */
class Refused extends Error {}

/** Runs the CLI on `argv` (arguments after the script name) and returns the exit code. */
export function runCliWith(argv: readonly string[], io: CliIo): number {
  try {
    run(argv, io);
    return EXIT.ran;
  } catch (err) {
    if (err instanceof Refused) {
      io.err(`sim: ${err.message}\n`);
      return EXIT.refused;
    }
    if (err instanceof RunRefusedError) {
      io.err(`sim: the engine will not run this design: ${err.reasons.join(' ')}\n`);
      return EXIT.refused;
    }
    // A bug, not a bad input: say so in one line, still without a stack trace.
    io.err(`sim: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT.internalError;
  }
}

function run(argv: readonly string[], io: CliIo): void {
  const parsed = parseArgs(argv);
  if (!parsed.ok) throw new Refused(`${parsed.error}\n${USAGE}`);
  const args = parsed.args;
  if (args.help) { io.out(`${USAGE}\n`); return; }
  const loaded = loadDesign(args.source);
  if (!loaded.ok) throw new Refused(loaded.errors.join('\n'));
  for (const w of loaded.warnings) io.err(`sim: warning: ${w}\n`);
  if (args.strict && loaded.warnings.length) {
    const n = loaded.warnings.length;
    throw new Refused(`refused (--strict): the design was read with ${n === 1 ? 'a warning' : `${n} warnings`} (above); fix ${n === 1 ? 'it' : 'them'}, or run without --strict.`);
  }
  const design = loaded.value;
  const ids = new Set(design.nodes.map((n) => n.id));
  const kindOf = (id: string) => design.nodes.find((n) => n.id === id)?.kind;
  for (const f of args.faults) {
    const flag = faultFlag({ ...f, target: visibleId(f.target) });
    const problem = idProblem(f.target);
    if (problem) throw new Refused(`${flag}: the id ${problem}`);
    if (f.action !== 'deploy' && !ids.has(f.target)) throw new Refused(`${flag}: there is no node "${f.target}" (nodes: ${[...ids].join(', ')})`);
    const misfit = faultTargetProblem(f, kindOf, design);
    if (misfit) throw new Refused(`${flag}: ${misfit}`);
  }
  const sim = createSimulation(design, { seed: args.seed, durationS: args.seconds, scenario: args.faults, sampleK: args.sampleK, traceEvery: args.traceEvery });
  const totalMs = (args.seconds ?? design.sim.durationS) * 1000;
  const started = Date.now();
  const progress = progressBar(io);
  let shown = false;
  for (let t = STEP_MS; ; t += STEP_MS) {
    advance(sim, Math.min(t, totalMs));
    if (Date.now() - started > PROGRESS_AFTER_MS) { progress(simTimeMs(sim) / totalMs); shown = true; }
    if (t >= totalMs || sim.done) break;
  }
  if (shown && io.errIsTTY) io.err('\r\x1b[K');
  const result: RunReport = report(sim);
  io.out(args.json ? `${JSON.stringify(result)}\n` : `${formatReport(design.name, result)}\n`);
}
