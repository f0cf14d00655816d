/**
 * A session-store edge from a web server with local sessions is marked unused on the canvas, as
 * the engine (it never sends there) and the SPOF analysis (it ignores the store) treat it.
 */
import { describe, expect, it } from 'vitest';
import { edgeWarnings, type Design } from '../../../src/model';
import { findSpofs } from '../../../src/model/spof';
import { runDesign } from '../../../src/engine';
import { buildFlowEdges } from '../../../src/ui/canvas/flowElements';
import { design } from '../engine/helpers';

const withSessions = (sessions: 'local' | 'shared'): Design => design(
  [
    { id: 'users', kind: 'client', params: { rps: 50 } },
    { id: 'lb', kind: 'loadBalancer' },
    { id: 'web-1', kind: 'web', params: { sessions } },
    { id: 'web-2', kind: 'web', params: { sessions } },
    { id: 'sessions', kind: 'sessionStore' },
  ],
  [['users', 'lb'], ['lb', 'web-1'], ['lb', 'web-2'], ['web-1', 'sessions'], ['web-2', 'sessions']],
  { durationS: 10 },
);

describe('edge warnings: a session store behind local sessions', () => {
  it('marks each web → session-store edge unused, naming both ends and the fix', () => {
    const local = withSessions('local');
    const warnings = edgeWarnings(local);
    expect(warnings.map((w) => w.edgeId)).toEqual(['e3', 'e4']);
    expect(warnings[0].text).toMatch(/^Unused: web-1 keeps sessions in its own memory .* never asks sessions\. Set its Sessions to shared/);
  });

  it('says nothing once the servers share sessions (the store is then used, and flagged)', () => {
    const shared = withSessions('shared');
    expect(edgeWarnings(shared)).toEqual([]);
    expect(findSpofs(shared).map((f) => f.id)).toContain('sessions');
  });

  it('agrees with the engine and the SPOF analysis: with local sessions the store gets no traffic and is no SPOF', () => {
    const local = withSessions('local');
    expect(runDesign(local, { seed: 3 }).nodes.sessions.served).toBe(0);
    expect(findSpofs(local).map((f) => f.id)).not.toContain('sessions');
    // The same wiring with shared sessions does use the store: the check above can tell.
    expect(runDesign(withSessions('shared'), { seed: 3 }).nodes.sessions.served).toBeGreaterThan(0);
  });

  it('reaches the canvas: the edge is labelled unused and its aria-label carries the reason', () => {
    const local = withSessions('local');
    const warnings = new Map(edgeWarnings(local).map((w) => [w.edgeId, w.text]));
    const edges = buildFlowEdges(local, new Set(), new Map(), undefined, warnings);
    const unused = edges.find((e) => e.id === 'e3')!;
    expect(unused.label).toBe('unused');
    expect(unused.className).toContain('edge-unused');
    expect(unused.ariaLabel).toContain('keeps sessions in its own memory');
    expect(edges.find((e) => e.id === 'e1')!.className).not.toContain('edge-unused');
  });
});
