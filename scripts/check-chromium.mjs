// Fails early, with the fix, when no Chromium is installed, instead of an obscure Playwright error.
import { existsSync } from 'node:fs';
import { chromiumPath } from './chromium-path.mjs';

const path = chromiumPath();
if (!existsSync(path)) {
  console.error(`No Chromium found (looked at $CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser).
The end-to-end tests drive a system Chromium; Playwright cannot download its own browser here.
Install it with:   sudo apt-get update && sudo apt-get install -y chromium
or point CHROMIUM_PATH at a Chromium or Chrome binary.`);
  process.exit(1);
}
