import { existsSync } from 'node:fs';

/** Where the system Chromium is: $CHROMIUM_PATH, or the usual Debian/Ubuntu places. */
export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((p) => p && existsSync(p)) ?? '/usr/bin/chromium';
}
