import { Copy, Trash2 } from 'lucide-react';
import { useShallow } from 'zustand/react/shallow';
import { nodeName } from '../../model';
import { edgeWarningsById, nodesById, store, useStore, type StoreState } from '../../store';
import { NodeInspector } from './NodeInspector';

/** The one selected node (stable object), or undefined. */
const selectSingleNode = (s: StoreState) =>
  s.selection.nodeIds.length === 1 ? nodesById(s.design).get(s.selection.nodeIds[0]) : undefined;
const selectCounts = (s: StoreState) => ({ nodes: s.selection.nodeIds.length, edges: s.selection.edgeIds.length });
const selectSingleEdge = (s: StoreState) =>
  s.selection.nodeIds.length === 0 && s.selection.edgeIds.length === 1 ? s.design.edges.find((e) => e.id === s.selection.edgeIds[0]) : undefined;

function EdgeSummary() {
  const edge = useStore(selectSingleEdge);
  const names = useStore(useShallow((s: StoreState) => {
    if (!edge) return [];
    const byId = nodesById(s.design);
    return [edge.source, edge.target].map((id) => { const n = byId.get(id); return n ? nodeName(n) : id; });
  }));
  const warning = useStore((s: StoreState) => (edge ? edgeWarningsById(s.design).get(edge.id) : undefined));
  if (!edge) return null;
  return (
    <div className="inspector__empty">
      <h2 className="inspector__title">Connection</h2>
      <p>{names[0]} → {names[1]}</p>
      <p className="inspector__muted">A {edge.kind} edge{edge.kind === 'replication' ? ': writes flow from the primary to this replica.' : edge.kind === 'async' ? ': work is handed over without waiting for it.' : ': the sender waits for the answer.'}</p>
      {warning && <p className="inspector__warning" role="note" data-testid="edge-warning">{warning}</p>}
      <button type="button" className="button button--danger" onClick={() => store.getState().deleteElements([], [edge.id])}>
        <Trash2 size={15} aria-hidden="true" /> Delete connection
      </button>
    </div>
  );
}

/** The right-hand panel: edits the selected component, or says what to do. */
export function Inspector() {
  const node = useStore(selectSingleNode);
  const counts = useStore(useShallow(selectCounts));
  let body;
  // Keyed by id: switching nodes remounts the form, dropping drafts typed for the previous one.
  if (node) body = <NodeInspector key={node.id} node={node} />;
  else if (counts.nodes > 1 || (counts.nodes >= 1 && counts.edges > 0)) {
    body = (
      <div className="inspector__empty">
        <h2 className="inspector__title">{counts.nodes} components selected</h2>
        {counts.edges > 0 && <p className="inspector__muted">and {counts.edges} connection{counts.edges > 1 ? 's' : ''}</p>}
        <div className="inspector__actions">
          <button type="button" className="button" onClick={() => store.getState().duplicate()} data-testid="inspector-duplicate"><Copy size={15} aria-hidden="true" /> Duplicate</button>
          <button type="button" className="button button--danger" onClick={() => store.getState().deleteElements()} data-testid="inspector-delete"><Trash2 size={15} aria-hidden="true" /> Delete</button>
        </div>
      </div>
    );
  } else if (counts.edges === 1) body = <EdgeSummary />;
  else {
    body = (
      <div className="inspector__empty">
        <h2 className="inspector__title">Inspector</h2>
        <p className="inspector__muted">Select a component to see and change its parameters.</p>
        <ul className="inspector__tips">
          <li><kbd>Shift</kbd>+click or <kbd>Shift</kbd>+drag to select several</li>
          <li><kbd>Ctrl/⌘</kbd>+<kbd>D</kbd> duplicates, <kbd>Delete</kbd> removes</li>
          <li><kbd>Ctrl/⌘</kbd>+<kbd>Z</kbd> undoes, <kbd>Shift</kbd>+<kbd>Ctrl/⌘</kbd>+<kbd>Z</kbd> redoes</li>
          <li>Drop components onto a Data center to place them in it</li>
        </ul>
      </div>
    );
  }
  return <aside className="inspector" aria-label="Inspector">{body}</aside>;
}
