import * as edits from './designEdits';
import * as scenario from './scenarioEdits';
import type { SliceCreator, StoreState } from './types';
import type { DesignSlice } from './state/design';

/** How far the run going on has played, in seconds (null when none is running or paused): the scenario's history ends there. */
export const selectPlayedS = (s: StoreState): number | null =>
  s.run.status === 'running' || s.run.status === 'paused' ? s.live.tMs / 1000 : null;

/** Says so when a fault asked for in the part already played was placed at "now" instead. */
function sayPlacedAtNow(state: StoreState, askedS: number, placedS: number): void {
  if (placedS > askedS + 0.05) state.showToast(`The run has already played that part: the fault was placed at ${Number(placedS.toFixed(1))} s, now, and lands at once.`, 'info');
}

export const createDesignSlice: SliceCreator<DesignSlice> = (_set, get) => ({
  addNode: (kind, centre) => {
    const result = edits.addNode(get().design, kind, centre);
    if (!result.ok) { get().showToast(result.errors.join(' '), 'warning'); return undefined; }
    get().commit(result.value.design);
    get().select([result.value.id]);
    return result.value.id;
  },

  moveNodes: (moves, gestureKey) => get().commit(edits.moveNodes(get().design, moves), { coalesceKey: gestureKey }),

  settleDropped: (ids, gestureKey) => get().commit(edits.settleIntoGroups(get().design, ids), { coalesceKey: gestureKey }),

  resizeGroup: (id, size, position, gestureKey) =>
    get().commit(edits.resizeGroup(get().design, id, size, position), { coalesceKey: gestureKey }),

  connect: (source, target) => {
    const result = edits.connect(get().design, source, target);
    if (!result.ok) {
      const reason = result.errors.join(' ');
      get().showToast(reason, 'warning');
      return { ok: false, reason };
    }
    get().commit(result.value.design);
    return { ok: true, id: result.value.id };
  },

  updateParam: (id, path, value) => {
    const result = edits.setParam(get().design, id, path, value);
    if (!result.ok) return result.errors;
    // Typing in one field is one undo step, not one per keystroke.
    get().commit(result.value, { coalesceKey: `param:${id}:${path}` });
    return undefined;
  },

  setServiceRules: (id, rules) => {
    const result = edits.setServiceRules(get().design, id, rules);
    if (!result.ok) return result.errors;
    get().commit(result.value, { coalesceKey: `rules:${id}` });
    return undefined;
  },

  setClientRoutes: (id, routes) => {
    const result = edits.setClientRoutes(get().design, id, routes);
    if (!result.ok) return result.errors;
    get().commit(result.value, { coalesceKey: `routes:${id}` });
    return undefined;
  },

  resetParams: (id) => {
    const result = edits.resetParams(get().design, id);
    if (!result.ok) { get().showToast(result.errors.join(' '), 'warning'); return; }
    get().commit(result.value);
  },

  rename: (id, label) => get().commit(edits.renameNode(get().design, id, label), { coalesceKey: `label:${id}` }),

  renameDesign: (name) => get().commit(edits.renameDesign(get().design, name), { coalesceKey: 'design-name' }),

  setParent: (id, parentId) => {
    const result = edits.setParent(get().design, id, parentId);
    if (!result.ok) { get().showToast(result.errors.join(' '), 'warning'); return; }
    get().commit(result.value);
  },

  duplicate: (ids) => {
    const targets = ids ?? get().selection.nodeIds;
    if (!targets.length) return;
    const result = edits.duplicateNodes(get().design, targets);
    if (!result.ok) { get().showToast(result.errors.join(' '), 'warning'); return; }
    get().commit(result.value.design);
    get().select(result.value.ids);
  },

  deleteElements: (nodeIds, edgeIds) => {
    const { selection } = get();
    get().commit(edits.removeElements(get().design, nodeIds ?? selection.nodeIds, edgeIds ?? (nodeIds ? [] : selection.edgeIds)));
    get().pruneSelection();
  },

  addFault: (fault) => {
    const result = scenario.addFault(get().design, fault, selectPlayedS(get()));
    if (!result.ok) return result.errors;
    get().commit(result.value);
    sayPlacedAtNow(get(), fault.tS, result.value.scenario[result.value.scenario.length - 1].tS);
    return undefined;
  },

  moveFault: (index, tS, gestureKey) => {
    const result = scenario.moveFault(get().design, index, tS, selectPlayedS(get()));
    if (!result.ok) { get().showToast(result.errors.join(' '), 'warning'); return; }
    get().commit(result.value, { coalesceKey: gestureKey });
    sayPlacedAtNow(get(), tS, result.value.scenario[index].tS);
  },

  removeFault: (index) => {
    const result = scenario.removeFault(get().design, index, selectPlayedS(get()));
    if (!result.ok) { get().showToast(result.errors.join(' '), 'warning'); return; }
    get().commit(result.value);
  },

  loadDesign: (design) => {
    get().commit(design);
    get().clearSelection();
  },
});
