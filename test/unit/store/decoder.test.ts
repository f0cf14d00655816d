// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyDesign, makeNode } from '../../../src/model';
import { shareFragment } from '../../../src/model/shareLink';

const DECODING = '../../../src/model/decoding';
const offline = () => { throw new Error('Failed to fetch dynamically imported module'); };

/** Fresh store modules whose decoder chunk cannot be fetched (the network is down). */
async function withoutDecoder() {
  vi.resetModules();
  vi.doMock(DECODING, offline);
  const decoder = await import('../../../src/store/decoder');
  const store = await import('../../../src/store');
  return { decoder, store };
}

describe('the design decoder, fetched on demand (src/store/decoder.ts)', () => {
  afterEach(() => { vi.doUnmock(DECODING); vi.resetModules(); });

  it('rejects when its chunk cannot be fetched, and the next call fetches it again', async () => {
    const { decoder } = await withoutDecoder();
    await expect(decoder.loadDecoder()).rejects.toThrow();
    expect(decoder.decoderNow()).toBeUndefined();
    vi.doUnmock(DECODING);
    const loaded = await decoder.loadDecoder();
    expect(decoder.decoderNow()).toBe(loaded);
    expect(loaded.decodeDesign(emptyDesign('Back')).ok).toBe(true);
  });

  it('refuses a parameter, route or fault edit with the reason while it is missing, and changes nothing', async () => {
    const { decoder, store } = await withoutDecoder();
    const app = store.createAppStore();
    app.getState().resetDesign({ ...emptyDesign('Mine'), nodes: [makeNode('web', 'web-1', { x: 0, y: 0 }), makeNode('client', 'users', { x: -200, y: 0 })] });
    const before = app.getState().design;
    expect(app.getState().updateParam('web-1', 'workers', 16)).toEqual([decoder.DECODER_MISSING]);
    expect(app.getState().setClientRoutes('users', [])).toEqual([decoder.DECODER_MISSING]);
    expect(app.getState().addFault({ tS: 5, action: 'kill', target: 'web-1' })).toEqual([decoder.DECODER_MISSING]);
    expect(app.getState().design).toBe(before);
    // Each refusal started a fetch; once one gets through, the same edit is taken.
    vi.doUnmock(DECODING);
    await decoder.loadDecoder();
    expect(app.getState().updateParam('web-1', 'workers', 16)).toBeUndefined();
    expect(app.getState().design.nodes[0].params).toMatchObject({ workers: 16 });
  });

  it('refuses a link or a file with a banner while it is missing, leaving the design alone', async () => {
    const { decoder, store } = await withoutDecoder();
    const app = store.createAppStore();
    const before = app.getState().design;
    expect(app.getState().openSharedPayload(shareFragment(emptyDesign('Shared')).replace('#d=', ''))).toBe(false);
    expect(app.getState().banner?.details).toEqual([decoder.DECODER_MISSING]);
    expect(app.getState().openDesignText(JSON.stringify(emptyDesign('File')), '“f.json”')).toBe(false);
    expect(app.getState().banner?.title).toContain('could not be opened');
    expect(app.getState().design).toBe(before);
  });

  it('pauses saving when another tab saves and its design cannot be read, so neither overwrites the other', async () => {
    const { store } = await withoutDecoder();
    const storage = store.memoryStorage();
    const app = store.createAppStore({ storage });
    const stop = store.startAutosave(app, storage, 100);
    const theirs = JSON.stringify({ savedAt: '2026-12-02T00:00:00.000Z', design: emptyDesign('Theirs') });
    storage.setItem(store.STORAGE_KEYS.autosave, theirs);
    window.dispatchEvent(new StorageEvent('storage', { key: store.STORAGE_KEYS.autosave, newValue: theirs }));
    await vi.waitFor(() => expect(app.getState().tabConflict).toBe(true));
    expect(app.getState().banner?.title).toContain('Another tab saved a design');
    app.getState().addNode('web', { x: 0, y: 0 });
    app.getState().persistCanvas();
    expect(storage.getItem(store.STORAGE_KEYS.autosave)).toBe(theirs);
    stop();
  });
});

describe('what boot waits for', () => {
  it('the decoder only when there is an autosave or a design link to read', async () => {
    const { bootReadsDesign } = await import('../../../src/store/boot');
    const { memoryStorage, STORAGE_KEYS } = await import('../../../src/store');
    expect(bootReadsDesign(memoryStorage(), '')).toBe(false);
    expect(bootReadsDesign(undefined, '#stage=3')).toBe(false);
    expect(bootReadsDesign(memoryStorage({ [STORAGE_KEYS.autosave]: '{}' }), '')).toBe(true);
    expect(bootReadsDesign(undefined, shareFragment(emptyDesign('Shared')))).toBe(true);
  });
});
