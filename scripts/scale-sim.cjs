#!/usr/bin/env node
/**
 * `scale-sim` (package.json `bin`) and `npm run sim`: runs the compiled CLI with node alone.
 * A missing or stale bundle is rebuilt first (scripts/cliBundle.cjs), so an edited engine never
 * runs as its old self. Arguments and output: src/cli/args.ts.
 */
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS on purpose: it starts faster. */
void require('./cliBundle.cjs').cliBundleAt().launch();
