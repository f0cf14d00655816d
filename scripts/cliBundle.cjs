/**
 * The compiled CLI: one plain-JavaScript file, dist-cli/scale-sim.cjs, that node runs with no
 * TypeScript at run time (`npm run build` makes it; scripts/scale-sim.cjs runs it).
 *
 * A stale bundle must never run old code silently, so the bundle's second line records every source
 * file that went into it with its size, mtime and a digest of all their bytes (plus package-lock.json,
 * tsconfig.json and this recipe). A run first stats those files (about 1 ms); only when a size or an
 * mtime differs (an edit, or a fresh checkout) does it hash the bytes, and only when the digest differs
 * does it rebuild (about 0.3 s, esbuild, loaded only then).
 *
 * Start-up: what is left of a run's start is mostly V8 compiling the bundle, so the compiled code is
 * kept in a V8 code cache beside the bundle and reused while it matches. Nothing else loads before
 * the CLI runs: node:crypto and esbuild are required only when the bundle must be hashed or rebuilt.
 *
 * CommonJS on purpose: it loads faster than an ES module, and the start-up budget is 150 ms.
 */
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS on purpose: it starts faster. */
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const vm = require('node:vm');

const ROOT = path.join(__dirname, '..');

/** Bump when the build options below change, so bundles made the old way count as stale. */
const RECIPE = 'cli-bundle-6';
/** Files outside the import graph that still change what the bundle does. */
const ALWAYS_HASHED = ['package-lock.json', 'tsconfig.json'];
const HEADER_PREFIX = '// scale-sim-inputs ';
const inputsOf = (files) => [...ALWAYS_HASHED, ...files];

function writeAtomically(file, data, mode = 0o644) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, data, { mode });
  fs.renameSync(temp, file);
}

/** The bundle of the project at `root` (its src/cli/cli.cts), in `root`/dist-cli. */
function cliBundleAt(root = ROOT) {
  const bundlePath = path.join(root, 'dist-cli', 'scale-sim.cjs');
  const cachePath = `${bundlePath}.v8cache`;

  /** sha1 over the recipe and the files' bytes (paths relative to root); null when one is missing. */
  function digestOf(files) {
    // Required here, not at the top: loading node:crypto costs a run ~30 ms, and most runs never hash.
    const hash = require('node:crypto').createHash('sha1').update(RECIPE);
    for (const file of inputsOf(files)) {
      let bytes;
      try {
        bytes = fs.readFileSync(path.join(root, file));
      } catch {
        return null;
      }
      hash.update(`\0${file}\0`).update(bytes);
    }
    return hash.digest('hex');
  }

  /** [size, mtimeMs] of each input, or null when one is missing. */
  function statsOf(files) {
    const out = [];
    for (const file of inputsOf(files)) {
      const st = fs.statSync(path.join(root, file), { throwIfNoEntry: false });
      if (st === undefined) return null;
      out.push([st.size, st.mtimeMs]);
    }
    return out;
  }

  const sameStats = (a, b) => a !== null && a.length === b.length && a.every((x, i) => x[0] === b[i][0] && x[1] === b[i][1]);

  /** The bundle's text and its recorded inputs, or null when there is none (or no readable header). */
  function readBundle() {
    let text;
    try {
      text = fs.readFileSync(bundlePath, 'utf8');
    } catch {
      return null;
    }
    const start = text.indexOf('\n') + 1;
    const end = text.indexOf('\n', start);
    if (start === 0 || end < 0 || !text.startsWith(HEADER_PREFIX, start)) return null;
    try {
      const header = JSON.parse(text.slice(start + HEADER_PREFIX.length, end));
      if (typeof header.digest !== 'string' || !Array.isArray(header.files) || !Array.isArray(header.stats)) return null;
      return { text, header };
    } catch {
      return null;
    }
  }

  /**
   * Why the bundle cannot run as it is ('missing' or 'stale'), or null when it matches the sources.
   * `bundle` is a readBundle() result (read once per run, reused to run it).
   */
  function bundleProblem(bundle = readBundle()) {
    if (bundle === null) return 'missing';
    const { header } = bundle;
    if (sameStats(statsOf(header.files), header.stats)) return null;
    return digestOf(header.files) === header.digest ? null : 'stale';
  }

  /** Builds the bundle and writes it atomically, so a concurrent run never reads half a file. */
  async function buildCliBundle() {
    let esbuild;
    try {
      esbuild = require('esbuild');
    } catch {
      throw new Error('the CLI bundle must be (re)built, and esbuild is not installed: run `npm ci`, then `npm run build`.');
    }
    const result = await esbuild.build({
      // cli.cts, not main.ts: main.ts reaches cli.cts through createRequire, which a bundler cannot follow.
      stdin: { contents: "import { runCli } from './src/cli/cli.cts'; runCli(process.argv.slice(2));", resolveDir: root, loader: 'ts' },
      bundle: true, platform: 'node', format: 'cjs', target: 'node20', write: false, metafile: true,
      minify: true, legalComments: 'none', logLevel: 'error', absWorkingDir: root,
    });
    // Our own sources only: packages count through package-lock.json; "ns:path" keys would be plugin modules.
    const files = Object.keys(result.metafile.inputs).filter((f) => !f.startsWith('node_modules/') && f !== '<stdin>' && !/^[\w-]+:/.test(f)).sort();
    // Stats before the digest: a file edited in between then looks changed, and is hashed next run.
    const stats = statsOf(files);
    const digest = digestOf(files);
    if (digest === null || stats === null) throw new Error('a source file vanished while the CLI was being built; run it again.');
    const text = `#!/usr/bin/env node\n${HEADER_PREFIX}${JSON.stringify({ digest, files, stats })}\n${result.outputFiles[0].text}`;
    writeAtomically(bundlePath, text, 0o755);
    fs.rmSync(cachePath, { force: true });
    return { files: files.length, bytes: Buffer.byteLength(text) };
  }

  /**
   * Runs the bundle in this process through a V8 code cache. When there is no usable cache, one is
   * written as the process exits, so it holds the functions this run compiled (the engine's too).
   */
  function runBundle(text) {
    let cachedData;
    try {
      cachedData = fs.readFileSync(cachePath);
    } catch {
      cachedData = undefined;
    }
    // The shebang line becomes a comment: inside the module wrapper it would be a syntax error.
    const script = new vm.Script(Module.wrap(`//${text.slice(2)}`), { filename: bundlePath, cachedData });
    if (cachedData === undefined || script.cachedDataRejected) {
      process.once('exit', () => {
        try {
          writeAtomically(cachePath, script.createCachedData());
        } catch {
          // A read-only checkout: the next run compiles again, nothing worse.
        }
      });
    }
    const mod = { exports: {} };
    script.runInThisContext().call(mod.exports, mod.exports, require, mod, bundlePath, path.dirname(bundlePath));
  }

  /** Runs the CLI: rebuilds the bundle first when it is missing or stale, saying so on stderr. */
  async function launch() {
    let bundle = readBundle();
    const problem = bundleProblem(bundle);
    if (problem !== null) {
      try {
        process.stderr.write(`sim: ${problem === 'missing' ? 'building the CLI' : 'the sources changed; rebuilding the CLI'}…\n`);
        await buildCliBundle();
        bundle = readBundle();
        if (bundle === null) throw new Error('the new bundle cannot be read back');
      } catch (err) {
        process.stderr.write(`sim: cannot build the CLI: ${err instanceof Error ? err.message : String(err)}\n`);
        process.exit(1);
      }
    }
    runBundle(bundle.text);
  }

  return { bundlePath, readBundle, bundleProblem, buildCliBundle, launch };
}

module.exports = { cliBundleAt };

// `node scripts/cliBundle.cjs`: build it (part of `npm run build`).
if (require.main === module) {
  cliBundleAt().buildCliBundle().then(({ files, bytes }) => {
    console.log(`CLI bundle: dist-cli/scale-sim.cjs  ${(bytes / 1024).toFixed(0)} KB from ${files} source files`);
  }, (err) => {
    console.error(`CLI bundle: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  });
}
