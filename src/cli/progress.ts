/** A progress bar on stderr: redrawn in place on a terminal, one line per 10% in a log. */
import type { CliIo } from './io';

export function progressBar(io: CliIo): (fraction: number) => void {
  let lastDecile = -1;
  return (fraction) => {
    // Off a terminal (a log file, CI) one line per 10% is plenty.
    if (!io.errIsTTY) {
      const decile = Math.floor(fraction * 10);
      if (decile === lastDecile) return;
      lastDecile = decile;
    }
    const width = 30;
    const filled = Math.round(Math.min(1, fraction) * width);
    const bar = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.round(fraction * 100)}%`;
    io.err(io.errIsTTY ? `\r${bar}` : `${bar}\n`);
  };
}
