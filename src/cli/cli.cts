/**
 * The CLI proper (see main.ts): runs the engine headless through run.ts and sets the exit code
 * (0 ran, 2 refused input or design, 1 internal error). With --json, stdout holds one JSON object.
 * `check …` grades designs against a stage (check/run.ts); its worker threads run this same file,
 * which then serves grading instead.
 */
import { runCheckCli } from './check/run';
import { isGraderThread, serveGrading } from './check/pool';
import { runCliWith } from './run';

/** Runs the CLI on `argv` (arguments after the script name). */
export function runCli(argv: string[]): void {
  if (isGraderThread()) { serveGrading(); return; }
  const io = {
    out: (text: string) => { process.stdout.write(text); },
    err: (text: string) => { process.stderr.write(text); },
    errIsTTY: Boolean(process.stderr.isTTY),
  };
  if (argv[0] === 'check') {
    // Only the bundle (a .cjs file) can be started as a worker thread; from the sources, grade here.
    const script = typeof __filename === 'string' && __filename.endsWith('.cjs') ? __filename : undefined;
    void runCheckCli(argv.slice(1), io, script).then((code) => { process.exitCode = code; });
    return;
  }
  process.exitCode = runCliWith(argv, io);
}
