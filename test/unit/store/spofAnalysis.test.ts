import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyDesign, makeNode, type Design } from '../../../src/model';

const SPOF = '../../../src/model/spof';
const oneServer: Design = { ...emptyDesign('One'), nodes: [makeNode('client', 'users', { x: 0, y: 0 }), makeNode('web', 'web-1', { x: 300, y: 0 })], edges: [{ id: 'e1', source: 'users', target: 'web-1', kind: 'request' }] };

describe('the SPOF analysis, fetched on demand (src/store/spofAnalysis.ts)', () => {
  afterEach(() => { vi.doUnmock(SPOF); vi.resetModules(); });

  it('marks nothing until it arrives, then the store says so and the same design shows its findings', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => { release = resolve; });
    vi.resetModules();
    vi.doMock(SPOF, async () => { await held; return vi.importActual(SPOF); });
    const { createAppStore, spofsById } = await import('../../../src/store');
    const app = createAppStore();
    app.getState().resetDesign(oneServer);
    expect(app.getState().spofAnalysisReady).toBe(false);
    expect(spofsById(app.getState().design).size).toBe(0);
    release();
    await vi.waitFor(() => expect(app.getState().spofAnalysisReady).toBe(true));
    expect(spofsById(app.getState().design).get('web-1')?.reason).toBeTruthy();
  });

  it('a failed fetch is tried again by the next design that needs it', async () => {
    vi.resetModules();
    vi.doMock(SPOF, () => { throw new Error('offline'); });
    const analysis = await import('../../../src/store/spofAnalysis');
    await expect(analysis.loadSpofAnalysis()).rejects.toThrow();
    vi.doUnmock(SPOF);
    const { spofsById } = await import('../../../src/store/derived');
    expect(spofsById(oneServer).size).toBe(0);
    await vi.waitFor(() => expect(analysis.spofAnalysisNow()).toBeDefined());
    expect(spofsById({ ...oneServer }).get('web-1')).toBeDefined();
  });
});
