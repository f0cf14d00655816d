/**
 * `npm run sim -- <design.json | share-URL> [--seconds N] [--seed N] [--sample K] [--kill id@t] [--restore id@t] [--json] [--strict]`
 *
 * Why a CommonJS hop: src/model/codec.ts imports named exports from lz-string, a CommonJS package
 * whose exports Node's ESM loader cannot see (Vite and Vitest interop hide this). Loaded through
 * require, tsx compiles the CLI and the model as CommonJS, where those imports work. Once codec.ts
 * uses lz-string's default export, this file can import './cli.cts' directly.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const cli = require('./cli.cts') as { runCli(argv: string[]): void };
cli.runCli(process.argv.slice(2));
