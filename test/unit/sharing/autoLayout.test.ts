import { describe, expect, it } from 'vitest';
import { galleryEntry } from '../../../src/gallery';
import { layoutDesign } from '../../../src/ui/layout/autoLayout';

describe('auto-layout (Tidy)', () => {
  it('keeps every node, edge and data-center membership, and lays requests out left to right', async () => {
    const entry = galleryEntry('global-site');
    expect(entry).toBeDefined();
    const design = entry!.design;
    // Scramble the positions so the test does not pass just because the input was already tidy.
    const messy = { ...design, nodes: design.nodes.map((n, i) => ({ ...n, position: { x: (i * 37) % 11, y: (i * 53) % 7 } })) };
    const laid = await layoutDesign(messy);

    expect(laid.edges).toEqual(design.edges);
    expect(laid.nodes.map((n) => [n.id, n.kind, n.parent])).toEqual(design.nodes.map((n) => [n.id, n.kind, n.parent]));
    const byId = new Map(laid.nodes.map((n) => [n.id, n]));
    // Data centers are sized to hold their members, whose positions are relative to the group.
    for (const dc of laid.nodes.filter((n) => n.kind === 'dataCenter')) {
      expect(dc.size!.width).toBeGreaterThan(0);
      for (const member of laid.nodes.filter((n) => n.parent === dc.id)) {
        expect(member.position.x).toBeGreaterThanOrEqual(0);
        expect(member.position.x).toBeLessThan(dc.size!.width);
        expect(member.position.y).toBeLessThan(dc.size!.height);
      }
    }
    // Between two top-level nodes (same coordinate frame), a request flows rightwards.
    for (const e of laid.edges) {
      const s = byId.get(e.source)!;
      const t = byId.get(e.target)!;
      if (!s.parent && !t.parent && e.kind === 'request') expect(t.position.x).toBeGreaterThan(s.position.x);
    }
  });
});
