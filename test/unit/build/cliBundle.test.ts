/**
 * The compiled CLI (scripts/cliBundle.cjs): built on demand, rebuilt when a source changes, never
 * run stale. Tried on a tiny project in a temp folder, so the real sources are never edited, and
 * once on the real project through the `scale-sim` launcher.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

interface CliBundle {
  bundlePath: string;
  bundleProblem(): 'missing' | 'stale' | null;
  buildCliBundle(): Promise<{ files: number; bytes: number }>;
}
const require = createRequire(import.meta.url);
const modulePath = fileURLToPath(new URL('../../../scripts/cliBundle.cjs', import.meta.url));
const { cliBundleAt } = require(modulePath) as { cliBundleAt(root: string): CliBundle };
const projectRoot = fileURLToPath(new URL('../../..', import.meta.url));

const root = mkdtempSync(join(tmpdir(), 'sp-cli-bundle-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const write = (file: string, text: string) => {
  mkdirSync(join(root, file, '..'), { recursive: true });
  writeFileSync(join(root, file), text);
};
write('package-lock.json', '{}');
write('tsconfig.json', '{}');
write('src/cli/word.ts', "export const word = 'one';\n");
write('src/cli/cli.cts', "import { word } from './word';\nexport function runCli(argv: string[]): void { process.stdout.write(`${word} ${argv.join(',')}\\n`); }\n");

write('launch.cjs', `void require(${JSON.stringify(modulePath)}).cliBundleAt(__dirname).launch();\n`);

/** Runs the tiny project's CLI as `scale-sim` does, in a fresh process. */
const launch = (...args: string[]) => spawnSync(process.execPath, [join(root, 'launch.cjs'), ...args], { encoding: 'utf8' });

describe('the compiled CLI bundle', () => {
  const bundle = cliBundleAt(root);

  it('is built on first use, then reused with a code cache', () => {
    expect(bundle.bundleProblem()).toBe('missing');
    const first = launch('a', 'b');
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toBe('one a,b\n');
    expect(first.stderr).toMatch(/building the CLI/);
    expect(readFileSync(bundle.bundlePath, 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
    expect(existsSync(`${bundle.bundlePath}.v8cache`)).toBe(true);

    const second = launch('c');
    expect(second.stdout).toBe('one c\n');
    expect(second.stderr).toBe('');
  });

  it('is not rebuilt when only a timestamp changed (a fresh checkout)', () => {
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(root, 'src/cli/word.ts'), later, later);
    expect(bundle.bundleProblem()).toBeNull();
  });

  it('never runs stale: an edited source (even of the same size) is rebuilt before it runs', () => {
    write('src/cli/word.ts', "export const word = 'two';\n");
    expect(bundle.bundleProblem()).toBe('stale');
    const run = launch('x');
    expect(run.stdout).toBe('two x\n');
    expect(run.stderr).toMatch(/sources changed; rebuilding/);
    expect(bundle.bundleProblem()).toBeNull();
  });

  it('counts the lock file and tsconfig as inputs, and a damaged bundle as missing', async () => {
    write('package-lock.json', '{ "lockfileVersion": 3 }');
    expect(bundle.bundleProblem()).toBe('stale');
    await bundle.buildCliBundle();
    expect(bundle.bundleProblem()).toBeNull();
    write('tsconfig.json', '{ "compilerOptions": {} }');
    expect(bundle.bundleProblem()).toBe('stale');
    await bundle.buildCliBundle();
    writeFileSync(bundle.bundlePath, '#!/usr/bin/env node\nconsole.log("old")\n');
    expect(bundle.bundleProblem()).toBe('missing');
    expect(launch().stdout).toBe('two \n');
  });

  it('says why when the build fails, with exit 1 and no stack trace', () => {
    write('src/cli/word.ts', 'export const word = ;\n');
    const run = launch();
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/cannot build the CLI/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    write('src/cli/word.ts', "export const word = 'one';\n");
  });

  it('runs the real project with node alone: `scale-sim --help`', () => {
    const run = spawnSync(process.execPath, [join(projectRoot, 'scripts/scale-sim.cjs'), '--help'], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^usage: /);
    expect(cliBundleAt(projectRoot).bundleProblem()).toBeNull();
  }, 30_000);
});
