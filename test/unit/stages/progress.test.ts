import { describe, expect, it } from 'vitest';
import { completion, decodeProgress, emptyProgress, isStagePassed, nextStageId, recordCheck, resetStage } from '../../../src/stages/progress';

const ids = ['1', '2', '3'];
const fail = { passed: false, results: [{ passed: true }, { passed: false }] };
const pass = { passed: true, results: [{ passed: true }, { passed: true }] };

describe('stage progress', () => {
  it('records checks and keeps a pass', () => {
    let p = emptyProgress();
    p = recordCheck(p, '1', fail);
    expect(p.stages['1']).toEqual({ passed: false, bestGoalsMet: 1, goalsTotal: 2, checks: 1 });
    p = recordCheck(p, '1', pass);
    p = recordCheck(p, '1', fail);
    expect(p.stages['1']).toEqual({ passed: true, bestGoalsMet: 2, goalsTotal: 2, checks: 3 });
    expect(isStagePassed(p, '1')).toBe(true);
    expect(nextStageId(p, ids)).toBe('2');
    expect(completion(p, ids)).toEqual({ passed: 1, total: 3 });
  });

  it('does not mutate and keeps identity when nothing changes', () => {
    const p = emptyProgress();
    const q = recordCheck(p, '2', pass);
    expect(p.stages).toEqual({});
    expect(resetStage(p, '2')).toBe(p);
    expect(resetStage(q, '2').stages).toEqual({});
  });

  it('decodes saved progress without throwing, dropping what it cannot trust', () => {
    expect(decodeProgress(null, ids)).toEqual(emptyProgress());
    expect(decodeProgress('garbage', ids)).toEqual(emptyProgress());
    expect(decodeProgress({ stages: [] }, ids)).toEqual(emptyProgress());
    const saved = { version: 1, stages: { 1: { passed: true, bestGoalsMet: 3, goalsTotal: 3, checks: 2 }, 2: { passed: 'yes' }, 99: { passed: true }, 3: { passed: false, checks: -4, bestGoalsMet: 'x' } } };
    expect(decodeProgress(saved, ids).stages).toEqual({
      1: { passed: true, bestGoalsMet: 3, goalsTotal: 3, checks: 2 },
      3: { passed: false, bestGoalsMet: 0, goalsTotal: 0, checks: 0 },
    });
    expect(decodeProgress(JSON.parse('{"stages":{"__proto__":{"passed":true}}}'), ids).stages).toEqual({});
  });
});
