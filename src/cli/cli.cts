/**
 * The CLI proper (see main.ts): runs the engine headless through run.ts, a load sweep through
 * sweepCommand.ts when the first argument is `sweep`, or grades designs against a stage
 * (check/run.ts) when it is `check`, and sets the exit code (0 ran, 2 refused input or design,
 * 1 internal error). With --json, stdout holds one JSON object. Sweep and grading worker threads
 * run this same file, which then serves their tasks instead (each thread's workerData names its role).
 */
import { runCheckCli } from './check/run';
import { isGraderThread, serveGrading } from './check/pool';
import { EXIT, runCliWith } from './run';
import { runSweepCli } from './sweepCommand';
import { isSweepThread, serveSweepThread } from './sweepThreads';

/** The file a worker thread can run: the built bundle; none when the CLI runs from TypeScript. */
const threadScript = (): string | null => (/\.c?js$/.test(__filename) ? __filename : null);

/** Runs the CLI on `argv` (arguments after the script name). */
export function runCli(argv: string[]): void {
  if (isGraderThread()) { serveGrading(); return; }
  if (isSweepThread()) { serveSweepThread(); return; }
  const io = {
    out: (text: string) => { process.stdout.write(text); },
    err: (text: string) => { process.stderr.write(text); },
    errIsTTY: Boolean(process.stderr.isTTY),
  };
  if (argv[0] === 'check') {
    void runCheckCli(argv.slice(1), io, threadScript() ?? undefined).then((code) => { process.exitCode = code; });
    return;
  }
  if (argv[0] === 'sweep') {
    runSweepCli(argv.slice(1), io, threadScript()).then((code) => { process.exitCode = code; }, (err: unknown) => {
      io.err(`sim: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = EXIT.internalError;
    });
    return;
  }
  process.exitCode = runCliWith(argv, io);
}
