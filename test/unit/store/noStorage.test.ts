// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/store';
import { SAVE_FAILED_BANNER } from '../../../src/store/autosave';
import { bootStore } from '../../../src/store/boot';

describe('no storage at all (full, or blocked in private mode)', () => {
  it('says so in the banner at start, with the export at hand', () => {
    const store = createAppStore({ storage: undefined });
    const stop = bootStore(store, undefined);
    expect(store.getState().banner).toEqual(SAVE_FAILED_BANNER);
    stop();
  });
});
