import { describe, expect, it } from 'vitest';
import { makeNode, type Design } from '../../../src/model';
import { decodeDesignPayload } from '../../../src/model/decoding';
import { encodeDesignPayload } from '../../../src/model/shareLink';
import { createAppStore, memoryStorage } from '../../../src/store';

/** Users → web-1 → db, plus two data centers, on a 60 s run. */
function loaded() {
  const store = createAppStore({ storage: memoryStorage() });
  const design: Design = {
    ...store.getState().design,
    nodes: [
      makeNode('client', 'users', { x: 0, y: 0 }),
      makeNode('web', 'web-1', { x: 200, y: 0 }),
      makeNode('database', 'db', { x: 400, y: 0 }),
      makeNode('dataCenter', 'dc-east', { x: 0, y: 300 }),
      makeNode('dataCenter', 'dc-west', { x: 600, y: 300 }),
    ],
    sim: { ...store.getState().design.sim, durationS: 60 },
  };
  store.getState().loadDesign(design);
  return store;
}

describe('the fault timeline\'s scenario edits', () => {
  it('add, move and remove faults, each one undoable step', () => {
    const store = loaded();
    const s = () => store.getState();
    expect(s().addFault({ tS: 10, action: 'slow', target: 'web-1', factor: 5 })).toBeUndefined();
    expect(s().addFault({ tS: 20, action: 'partition', target: 'dc-east', peer: 'dc-west' })).toBeUndefined();
    expect(s().design.scenario).toEqual([
      { tS: 10, action: 'slow', target: 'web-1', factor: 5 },
      { tS: 20, action: 'partition', target: 'dc-east', peer: 'dc-west' },
    ]);

    s().moveFault(0, 12.345, 'drag-1');
    expect(s().design.scenario[0].tS).toBe(12.3);
    s().removeFault(1);
    expect(s().design.scenario).toHaveLength(1);

    s().undo();
    expect(s().design.scenario.map((f) => f.tS)).toEqual([12.3, 20]);
    s().undo();
    expect(s().design.scenario[0].tS).toBe(10);
    s().undo();
    s().undo();
    expect(s().design.scenario).toEqual([]);
    s().redo();
    expect(s().design.scenario).toHaveLength(1);
  });

  it('key presses on one mark are one step; the time stays within the run', () => {
    const store = loaded();
    const s = () => store.getState();
    s().addFault({ tS: 58, action: 'kill', target: 'web-1' });
    for (let i = 0; i < 5; i++) s().moveFault(0, s().design.scenario[0].tS + 1, 'fault-keys:0');
    expect(s().design.scenario[0].tS).toBe(60);
    s().moveFault(0, -4, 'fault-keys:0');
    expect(s().design.scenario[0].tS).toBe(0);
    s().undo();
    expect(s().design.scenario[0].tS).toBe(58);
  });

  it('refuses what a design file would refuse, with the reason, and changes nothing', () => {
    const store = loaded();
    const s = () => store.getState();
    const before = s().design;
    expect(s().addFault({ tS: 5, action: 'slow', target: 'users', factor: 5 })?.join(' ')).toMatch(/no service time to slow/);
    expect(s().addFault({ tS: 5, action: 'loss', target: 'db', pct: 150 })?.join(' ')).toMatch(/pct must be above 0 and at most 100 \(got 150\)/);
    expect(s().addFault({ tS: Number.NaN, action: 'kill', target: 'db' })?.join(' ')).toMatch(/tS/);
    expect(s().addFault({ tS: 5, action: 'partition', target: 'dc-east', peer: 'db' })?.join(' ')).toMatch(/peer "db" is a/);
    expect(s().addFault({ tS: 5, action: 'kill', target: 'nobody' })?.join(' ')).toMatch(/"nobody" is not a node/);
    expect(s().design).toBe(before);
    expect(s().history.past).toHaveLength(1); // the loadDesign only
  });

  it('an edited scenario travels in the share link', () => {
    const store = loaded();
    store.getState().addFault({ tS: 15, action: 'flap', target: 'web-1', periodS: 3 });
    store.getState().moveFault(0, 25);
    const opened = decodeDesignPayload(encodeDesignPayload(store.getState().design));
    expect(opened.ok && opened.value.scenario).toEqual([{ tS: 25, action: 'flap', target: 'web-1', periodS: 3 }]);
  });
});
