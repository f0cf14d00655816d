import { describe, expect, it } from 'vitest';
import { checkCommand } from '../../../src/worker/checkCommand';
import { isSimSpeed } from '../../../src/worker/protocol';
import { fakeDesign } from './fakeEngine';

describe('protocol', () => {
  it('accepts every well-formed command', () => {
    const good = [
      { type: 'start', runId: 1, design: fakeDesign(), seed: 1, speed: 'max' },
      { type: 'restart', runId: 2, design: fakeDesign(), seed: 1 },
      { type: 'pause' }, { type: 'resume' }, { type: 'stop' },
      { type: 'step', ms: 100 },
      { type: 'setSpeed', speed: 100 },
      { type: 'kill', id: 'db' }, { type: 'restore', id: 'db' },
      { type: 'updateParams', id: 'web', params: { workers: 2 } },
      { type: 'setClientRate', id: 'users', rps: 0 },
      { type: 'scenario', faults: [] },
      { type: 'scenario', faults: [{ tS: 12, action: 'slow', target: 'web', factor: 3 }] },
    ];
    for (const cmd of good) expect(checkCommand(cmd)).toEqual({ ok: true, command: cmd });
  });

  it('names what is wrong with a bad command', () => {
    const reasons = [
      [{ type: 'start', design: fakeDesign(), seed: 1, speed: 1 }, 'runId'],
      [{ type: 'start', runId: 1, seed: 1, speed: 1 }, 'design'],
      [{ type: 'setSpeed', speed: 2 }, 'speed'],
      [{ type: 'step', ms: -5 }, 'positive'],
      [{ type: 'kill' }, 'node id'],
      [{ type: 'setClientRate', id: 'u', rps: Number.NaN }, 'rps'],
      ['pause', 'object'],
      [{ type: 'scenario' }, 'list of faults'],
      [{ type: 'scenario', faults: [{ tS: 1, action: 'slow', target: 'web', factor: 0 }] }, 'scenario fault #1'],
    ] as const;
    for (const [cmd, word] of reasons) {
      const checked = checkCommand(cmd);
      expect(checked.ok).toBe(false);
      if (!checked.ok) expect(checked.reason).toContain(word);
    }
  });

  it('knows the four speeds', () => {
    expect([1, 10, 100, 'max', 2, '10'].map(isSimSpeed)).toEqual([true, true, true, true, false, false]);
  });
});
