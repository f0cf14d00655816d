import { describe, expect, it, vi } from 'vitest';
import { lazyChunk } from '../../../src/store/lazyChunk';

describe('a chunk left out of the first load', () => {
  it('is fetched once however many ask, and kept', async () => {
    const fetch = vi.fn(() => Promise.resolve('value'));
    const arrived = vi.fn();
    const chunk = lazyChunk(fetch, arrived);
    expect(chunk.now()).toBeUndefined();
    await expect(Promise.all([chunk.load(), chunk.load()])).resolves.toEqual(['value', 'value']);
    await chunk.load();
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(arrived).toHaveBeenCalledTimes(1);
    expect(chunk.now()).toBe('value');
  });

  it('forgets a failed fetch, so the next call tries again', async () => {
    const fetch = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce('value');
    const chunk = lazyChunk<string>(fetch);
    await expect(chunk.load()).rejects.toThrow('offline');
    expect(chunk.now()).toBeUndefined();
    await expect(chunk.load()).resolves.toBe('value');
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
