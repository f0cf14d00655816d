/**
 * The CLI proper (see main.ts): runs the engine headless through run.ts and sets the exit code
 * (0 ran, 2 refused input or design, 1 internal error). With --json, stdout holds one JSON object.
 */
import { runCliWith } from './run';

/** Runs the CLI on `argv` (arguments after the script name). */
export function runCli(argv: string[]): void {
  process.exitCode = runCliWith(argv, {
    out: (text) => { process.stdout.write(text); },
    err: (text) => { process.stderr.write(text); },
    errIsTTY: Boolean(process.stderr.isTTY),
  });
}
