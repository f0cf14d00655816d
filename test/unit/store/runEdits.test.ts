import { describe, expect, it } from 'vitest';
import { createSimulation, report, advance } from '../../../src/engine';
import { ALL_PARAMS, makeNode, emptyDesign, type Design, type DesignNode } from '../../../src/model';
import { classifyDesignChange, resampleNeed, withLiveRates } from '../../../src/store/runEdits';
import { createAppStore, memoryStorage, type SimPortFactory } from '../../../src/store';
import type { SimRequest } from '../../../src/worker';

/** A design holding one node of `node`'s kind, and a copy with `path` set to `value`. */
function edited(node: DesignNode, path: string, value: unknown): [Design, Design] {
  const before = { ...emptyDesign(), nodes: [node] };
  const [head, leaf] = path.split('.');
  const params = node.params as unknown as Record<string, unknown>;
  const next = leaf === undefined ? { ...params, [head]: value } : { ...params, [head]: { ...(params[head] as object), [leaf]: value } };
  return [before, { ...before, nodes: [{ ...node, params: next } as DesignNode] }];
}

/** A value of a leaf param other than its default. */
function otherValue(spec: (typeof ALL_PARAMS)[number]['spec']): unknown {
  if (spec.type === 'number') return spec.default === spec.max ? spec.min : spec.max;
  if (spec.type === 'toggle') return !spec.default;
  return spec.options.find((o) => o !== spec.default);
}

describe('classifyDesignChange follows each parameter’s `applies` in its kind file', () => {
  it.each(ALL_PARAMS.map((p) => [`${p.kind}.${p.path}`, p] as const))('%s', (_name, p) => {
    const node = makeNode(p.kind, 'n1', { x: 0, y: 0 }) as DesignNode;
    const [before, after] = edited(node, p.path, otherValue(p.spec));
    const change = classifyDesignChange(before, after);
    if (p.spec.applies === 'live') expect(change.kind).toBe('params');
    else expect(change).toEqual({ kind: 'structure', reason: `“${p.spec.label}” takes effect only when the run starts` });
  });

  it('a client’s users restart the run (the engine sizes its per-user tables from them at the start)', () => {
    const [before, after] = edited(makeNode('client', 'u', { x: 0, y: 0 }) as DesignNode, 'users', 50_000);
    expect(classifyDesignChange(before, after)).toMatchObject({ kind: 'structure', reason: '“Users” takes effect only when the run starts' });
  });
});

describe('resampleNeed: a rate past the sampling threshold restarts the run sampled', () => {
  const oneClient = (rps: number): Design => ({ ...emptyDesign(), nodes: [makeNode('client', 'u', { x: 0, y: 0 }, { rps }) as DesignNode] });

  it('an exact run pushed to 1M req/s restarts sampled, and the engine accepts that run', () => {
    const need = resampleNeed(1, withLiveRates(oneClient(20_000), { u: 1_000_000 }));
    expect(need?.k).toBe(50);
    expect(need?.message).toMatch(/restarted sampled: 1,000,000 req\/s at peak is past the 50,000 req\/s/);
    const d = withLiveRates({ ...oneClient(20_000), nodes: [...oneClient(20_000).nodes, makeNode('web', 'w', { x: 0, y: 0 }, { workers: 1000, serviceMs: 1 }) as DesignNode], edges: [{ id: 'e1', source: 'u', target: 'w', kind: 'request' }] }, { u: 1_000_000 });
    const sim = createSimulation(d, { durationS: 1 });
    advance(sim, 500);
    expect(report(sim).summary.sampleK).toBe(need?.k);
  });

  it('a sampled run brought back under the threshold restarts exact; one that stays within its k goes on', () => {
    expect(resampleNeed(50, oneClient(10_000))?.message).toMatch(/restarted exact/);
    expect(resampleNeed(50, oneClient(200_000))).toBeUndefined();
    expect(resampleNeed(1, oneClient(40_000))).toBeUndefined();
  });

  it('the slider restarts a running exact run with the new rate in the design and says so', () => {
    const sent: SimRequest[] = [];
    const port: SimPortFactory = () => ({ send: (r) => { sent.push(r); return sent.length; }, terminate: () => undefined });
    const store = createAppStore({ storage: memoryStorage(), simPort: port });
    const users = store.getState().addNode('client', { x: 0, y: 0 })!;
    const web = store.getState().addNode('web', { x: 300, y: 0 })!;
    store.getState().connect(users, web);
    store.getState().updateParam(users, 'rps', 20_000);
    store.getState().startRun();
    store.getState().setClientRate(users, 30_000);
    expect(sent.at(-1)).toEqual({ type: 'setClientRate', id: users, rps: 30_000 });
    store.getState().setClientRate(users, 1_000_000);
    const restart = sent.find((r) => r.type === 'restart');
    expect(restart?.type === 'restart' && restart.design.nodes.find((n) => n.id === users)?.params).toMatchObject({ rps: 1_000_000 });
    expect(store.getState().toasts.at(-1)?.text).toMatch(/restarted sampled/);
    // The saved design keeps its own rate; the slider's stays a live override.
    expect(store.getState().design.nodes.find((n) => n.id === users)?.params).toMatchObject({ rps: 20_000 });
    store.getState().setClientRate(users, 500);
    expect(store.getState().toasts.at(-1)?.text).toMatch(/restarted exact/);
  });
});
