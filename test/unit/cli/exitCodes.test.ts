/** The CLI's exit codes and stderr: 0 ran, 2 refused (input or design, with the reason), 1 only for a bug. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCliWith } from '../../../src/cli/run';

const dir = mkdtempSync(join(tmpdir(), 'sim-exit-'));
const file = (name: string, doc: unknown) => { const p = join(dir, name); writeFileSync(p, JSON.stringify(doc)); return p; };

const small = { version: 1, name: 'small', nodes: [{ id: 'users', kind: 'client', params: { rps: 50 } }, { id: 'web-1', kind: 'web' }], edges: [{ id: 'e1', source: 'users', target: 'web-1' }], sim: { durationS: 3 } };
/** Valid, but more simulated requests than the event budget can finish: the engine refuses it. */
const tooBig = { ...small, name: 'too big', nodes: [{ id: 'users', kind: 'client', params: { rps: 2_000_000 } }, small.nodes[1]], sim: { durationS: 86_400 } };
const typo = { ...small, nodes: [small.nodes[0], { id: 'web-1', kind: 'web', prams: { workers: 2 } }] };

function sim(argv: string[]) {
  let out = '';
  let err = '';
  const code = runCliWith(argv, { out: (t) => { out += t; }, err: (t) => { err += t; }, errIsTTY: false });
  return { code, out, err };
}

let paths: Record<string, string>;
beforeAll(() => { paths = { small: file('small.json', small), tooBig: file('too-big.json', tooBig), typo: file('typo.json', typo) }; });

describe('exit codes', () => {
  it('0 for a run, report on stdout, nothing on stderr', () => {
    const r = sim([paths.small, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).nodes['web-1'].kind).toBe('web');
    expect(r.err).toBe('');
  });

  it('2 for a design the engine declines to run, with its reason and not the internal-error wording', () => {
    const r = sim([paths.tooBig, '--sample', '1', '--json']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^sim: the engine will not run this design: .*event budget/);
    expect(r.err).not.toMatch(/internal error/);
    expect(r.out).toBe('');
  });

  it('2 for bad arguments, a missing file, a broken link and an unknown fault target', () => {
    for (const argv of [['--frobnicate'], [join(dir, 'nope.json')], ['https://example.org/#d=not-a-design'], [paths.small, '--kill', 'ghost@1']]) {
      const r = sim(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err, argv.join(' ')).toMatch(/^sim: \S/);
    }
  });

  it('a fault target that is no valid id is refused with the id rule', () => {
    const r = sim([paths.small, '--kill', 'web\u200B1@1']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('sim: --kill web\\u{200B}1@1: the id has characters an id may not hold; ids may hold only letters A–Z and a–z, digits and - _ . : (at most 64 characters)\n');
  });

  it('warnings on stderr and exit 0; --strict turns them into a refusal, exit 2', () => {
    const r = sim([paths.typo, '--json']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('sim: warning: node "web-1": unknown field "prams", did you mean "params"? It was left out.\n');
    expect(JSON.parse(r.out).summary.requests).toBeGreaterThan(0);
    const strict = sim([paths.typo, '--json', '--strict']);
    expect(strict.code).toBe(2);
    expect(strict.err).toContain('sim: warning: node "web-1": unknown field "prams"');
    expect(strict.err).toMatch(/refused \(--strict\)/);
    expect(strict.out).toBe('');
    expect(sim([paths.small, '--json', '--strict']).code).toBe(0);
  });

  it('a node called __proto__ is in the CLI report', () => {
    const proto = file('proto.json', { ...small, nodes: [small.nodes[0], { id: '__proto__', kind: 'web' }], edges: [{ id: 'e1', source: 'users', target: '__proto__' }] });
    const r = sim([proto, '--json']);
    expect(r.code).toBe(0);
    expect(Object.keys(JSON.parse(r.out).nodes)).toEqual(['__proto__']);
  });
});

describe('through the real process', () => {
  it('the exit code reaches the shell: 2 for an engine refusal', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', paths.tooBig, '--sample', '1'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/the engine will not run this design/);
  }, 30_000);
});
