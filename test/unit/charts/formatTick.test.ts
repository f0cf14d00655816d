import { describe, expect, it } from 'vitest';
import { formatTick, formatValue } from '../../../src/ui/charts/TimeChart';

describe('chart numbers', () => {
  it('axis ticks stay short at a million requests a second; tooltips keep every digit', () => {
    expect([0, 2.5, 950, 9_999, 20_000, 250_000, 1_000_000, 1_250_000].map(formatTick)).toEqual(['0', '2.5', '950', '9,999', '20K', '250K', '1M', '1.25M']);
    expect(formatValue(1_000_000)).toBe('1,000,000');
  });
});
