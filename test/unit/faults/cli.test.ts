/** The CLI's general fault flag: `--fault action:target@t[:value]`, beside --kill and --restore. */
import { describe, expect, it } from 'vitest';
import { faultFlag, parseArgs } from '../../../src/cli/args';

const faultsOf = (...argv: string[]) => {
  const r = parseArgs(['d.json', ...argv]);
  if (!r.ok) throw new Error(r.error);
  return r.args.faults;
};
const errorOf = (...argv: string[]) => {
  const r = parseArgs(['d.json', ...argv]);
  if (r.ok) throw new Error(`expected a refusal, got ${JSON.stringify(r.args.faults)}`);
  return r.error;
};

describe('--fault', () => {
  it('reads each action with its value, next to --kill and --restore', () => {
    expect(faultsOf('--kill', 'web-1@5', '--fault', 'slow:web-1@10:5', '--fault', 'loss:db@12.5:20', '--fault', 'partition:dc-east@15:dc-west', '--fault', 'flap:web-2@20:3', '--fault', 'heal:web-1@30', '--restore', 'web-1@40')).toEqual([
      { tS: 5, action: 'kill', target: 'web-1' },
      { tS: 10, action: 'slow', target: 'web-1', factor: 5 },
      { tS: 12.5, action: 'loss', target: 'db', pct: 20 },
      { tS: 15, action: 'partition', target: 'dc-east', peer: 'dc-west' },
      { tS: 20, action: 'flap', target: 'web-2', periodS: 3 },
      { tS: 30, action: 'heal', target: 'web-1' },
      { tS: 40, action: 'restore', target: 'web-1' },
    ]);
  });

  it.each([
    [['slow:web-1@10'], /slow needs a value after a last colon \(its factor\)/],
    [['heal:web-1@10:3'], /heal takes no value/],
    [['melt:web-1@10'], /the action must be one of kill, restore, slow, loss, partition, flap, heal/],
    [['slow:web-1@10:0.2'], /factor must be from 1 to 1000 \(got 0.2\)/],
    [['loss:db@10:120'], /pct must be above 0 and at most 100/],
    [['flap:web-1@10:x'], /periodS must be a number/],
    [['web-1'], /--fault needs action:id@seconds\[:value\]/],
  ])('refuses %j with a message saying what it needs', (argv, message) => {
    expect(errorOf('--fault', ...argv)).toMatch(message);
  });

  it('writes a fault back as the flag that makes it, for messages', () => {
    expect(faultFlag({ tS: 10, action: 'loss', target: 'db', pct: 20 })).toBe('--fault loss:db@10:20');
    expect(faultFlag({ tS: 3, action: 'kill', target: 'web-1' })).toBe('--kill web-1@3');
  });
});
