// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyDesign, makeNode, type Design } from '../../../src/model';
import { shareFragment } from '../../../src/model/shareLink';
import { createAppStore, editorLinkFor, memoryStorage } from '../../../src/store';
import { bootStore } from '../../../src/store/boot';
import { idbLibrary } from '../../../src/store/library/idbLibrary';
import { saveAutosave } from '../../../src/store/persistence';

const design = (name: string): Design => ({ ...emptyDesign(name), nodes: [makeNode('web', 'web-1', { x: 0, y: 0 })], edges: [] });

describe('the embed (?embed=1)', () => {
  afterEach(() => { vi.restoreAllMocks(); window.history.replaceState(null, '', '/'); });

  it('never reads or writes the visitor’s storage, nor opens IndexedDB, while it shows and runs a design', async () => {
    window.history.replaceState(null, '', `/?embed=1${shareFragment(design('Shown'))}`);
    const touched: string[] = [];
    for (const method of ['getItem', 'setItem', 'removeItem'] as const) {
      vi.spyOn(Storage.prototype, method).mockImplementation(function (this: Storage, ...args: unknown[]) { touched.push(`${method}(${String(args[0])})`); return null; });
    }
    const open = vi.spyOn(indexedDB, 'open');
    vi.resetModules();
    const app = await import('../../../src/store');
    expect(app.isEmbedPage()).toBe(true);
    // As main.tsx boots it: an embed always waits for the decoder.
    await app.beforeBoot();
    expect(app.bootEmbed(app.store, window.location.hash)).toEqual([]);
    expect(app.store.getState().design.name).toBe('Shown');
    // What a visitor can do in the embed: move the view, change the speed, open stages' texts.
    app.store.getState().setSpeed(10);
    app.store.getState().persistCanvas();
    await app.store.getState().whenLibrarySettled();
    expect(touched).toEqual([]);
    expect(open).not.toHaveBeenCalled();
  });

  it('“Open in Scale Playground” is a share link: the editor keeps the visitor’s own design first', async () => {
    const embedHref = `https://example.test/play/?embed=1&lang=en${shareFragment(design('Shown'))}`;
    const link = new URL(editorLinkFor(embedHref));
    expect(link.search).toBe('?lang=en');
    expect(link.hash).toBe(shareFragment(design('Shown')));

    // The visitor's own editor, in the tab the link opens.
    const storage = memoryStorage();
    saveAutosave(storage, { ...design('Visitor’s own'), nodes: [makeNode('cache', 'cache-1', { x: 0, y: 0 })] });
    const store = createAppStore({ storage, library: idbLibrary('embed-open-test') });
    window.history.replaceState(null, '', `/${link.search}${link.hash}`);
    const stop = bootStore(store, storage);
    expect(store.getState().design.name).toBe('Shown');
    await store.getState().whenLibrarySettled();
    await store.getState().refreshLibrary();
    const kept = store.getState().library.entries!.find((e) => e.kept);
    expect(kept?.title).toMatch(/^Visitor’s own — kept before opening a link, /);
    expect(kept?.design?.nodes.map((n) => n.kind)).toEqual(['cache']);
    stop();
  });
});
