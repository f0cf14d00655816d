import { ChevronDown, ChevronRight, Info, ShieldCheck, TriangleAlert } from 'lucide-react';
import { useMemo, useState } from 'react';
import { KIND_SPECS, nodeName } from '../../model';
import { nodesById, spofServedFlows, spofsById, store, useStore, type StoreState } from '../../store';
import './warnings.css';

const selectDesign = (s: StoreState) => s.design;

/**
 * The single points of failure of the design, listed over the canvas with the reason and the
 * chapter's fix. Derived from the design on every edit, so adding a second server clears its line.
 */
export function SpofPanel() {
  const design = useStore(selectDesign);
  // Closed at first: a count over the canvas; the reasons and fixes are one click away.
  const [open, setOpen] = useState(false);
  // Keyed on the findings, not the design: dragging a node must not rebuild the list.
  const spofs = spofsById(design);
  const findings = useMemo(() => [...spofs.values()], [spofs]);
  const byId = nodesById(design);
  if (design.nodes.length === 0) return null;

  // The analysis asks what a failure takes from users: with none on the canvas, or none that any
  // server answers yet (not wired, or sending nothing), it has nothing to find, and "no single point
  // of failure" would pass a lone server, or one nobody reaches, as safe.
  if (findings.length === 0) {
    const served = spofServedFlows(design);
    // The analysis has not arrived yet: no verdict rather than a green one.
    if (served === undefined) return null;
    const users = KIND_SPECS.client.label;
    const idle = !design.nodes.some((n) => n.kind === 'client')
      ? `Add ${users} to find single points of failure`
      : served === 0 ? `No server answers ${users} yet: nothing to check for single points of failure` : null;
    return idle ? (
      <div className="spof-panel spof-panel--idle" data-testid="spof-panel" role="status">
        <Info size={16} aria-hidden="true" /> {idle}
      </div>
    ) : (
      <div className="spof-panel spof-panel--clear" data-testid="spof-panel" role="status">
        <ShieldCheck size={16} aria-hidden="true" /> No single point of failure
      </div>
    );
  }
  return (
    <section className="spof-panel" data-testid="spof-panel" aria-label="Single points of failure">
      <button type="button" className="spof-panel__toggle" onClick={() => setOpen(!open)} aria-expanded={open}>
        {open ? <ChevronDown size={16} aria-hidden="true" /> : <ChevronRight size={16} aria-hidden="true" />}
        <TriangleAlert size={16} aria-hidden="true" className="spof-panel__icon" />
        <span data-testid="spof-count">{findings.length === 1 ? '1 single point of failure' : `${findings.length} single points of failure`}</span>
      </button>
      {open && (
        <ul className="spof-panel__list">
          {findings.map((f) => {
            const node = byId.get(f.id);
            return (
              <li key={f.id}>
                <button type="button" className="spof-panel__item" onClick={() => store.getState().select([f.id])} data-testid={`spof-item-${f.id}`}>
                  <strong>{node ? nodeName(node) : f.id}</strong>
                  <span className="spof-panel__reason">{f.reason}</span>
                  <span className="spof-panel__hint">Fix: {f.hint}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
