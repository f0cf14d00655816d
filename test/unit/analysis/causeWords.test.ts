import { describe, expect, it } from 'vitest';
import { CAUSE_WORDS, causeRows, causeWords } from '../../../src/analysis/causeWords';
import { CAUSES } from '../../../src/engine/state';

describe('cause words', () => {
  it('names every cause the engine counts, in plain words for a list, a sentence and a trace', () => {
    for (const cause of CAUSES) {
      const words = CAUSE_WORDS[cause];
      expect(words.label, cause).toMatch(/^[a-z]/);
      expect(words.label, cause).not.toBe(cause);
      expect(words.clause, cause).toMatch(/^[a-z][a-z ]+/);
      expect(words.reason, cause).toMatch(/^(its?|the|there|a) /);
    }
    expect(Object.keys(CAUSE_WORDS).sort()).toEqual([...CAUSES].sort());
    expect(CAUSE_WORDS.partitioned.label).toBe('timed out in a partition');
    expect(CAUSE_WORDS.rateLimited.label).toBe('refused by the rate limiter (429)');
    expect(CAUSE_WORDS.lost.label).toBe('lost (loss fault)');
    expect(CAUSE_WORDS.queueFull.label).toBe('queue full');
    expect(CAUSE_WORDS.nodeDown.label).toBe('node down');
  });

  it('reads a cause this build does not know as its own name', () => {
    expect(causeWords('gremlins')).toEqual({ label: 'gremlins', clause: 'gremlins', reason: 'gremlins' });
    expect(causeWords('toString').label).toBe('toString');
  });
});

describe('causeRows', () => {
  it('lists the causes most first, each with its share of the failures', () => {
    const rows = causeRows({ nodeDown: 100, lost: 300, partitioned: 600 });
    expect(rows.map((r) => r.cause)).toEqual(['partitioned', 'lost', 'nodeDown']);
    expect(rows.map((r) => r.label)).toEqual(['timed out in a partition', 'lost (loss fault)', 'node down']);
    expect(rows.map((r) => r.share)).toEqual([0.6, 0.3, 0.1]);
    expect(rows.map((r) => r.count)).toEqual([600, 300, 100]);
  });

  it('breaks ties by label and leaves out causes that failed nothing', () => {
    const rows = causeRows({ timeout: 5, queueFull: 5, lost: 0, nodeDown: undefined, badVersion: Number.NaN });
    expect(rows.map((r) => r.label)).toEqual(['queue full', 'timed out waiting in a queue']);
    expect(rows.every((r) => r.share === 0.5)).toBe(true);
  });

  it('is empty when nothing failed', () => {
    expect(causeRows({})).toEqual([]);
    expect(causeRows({ lost: 0 })).toEqual([]);
  });
});
