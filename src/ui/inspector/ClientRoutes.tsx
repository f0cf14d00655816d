/**
 * A client's declared routes (docs/services.md): named parts of one request type's traffic, each
 * with its share and its cost at a web server. Every change goes through the store, which checks
 * the list as a design file's and says why when it refuses; a refused draft stays on screen.
 */
import { Plus, X } from 'lucide-react';
import { useState } from 'react';
import { MAX_ROUTES, REQUEST_TYPES, type ClientRoute, type NodeOfKind, type RequestType } from '../../model';
import { store } from '../../store';
import './services.css';

/** One row as typed: numbers stay text until the row is committed, so a half-typed value is not lost. */
interface Draft { name: string; type: RequestType; sharePct: string; cost: string }

const draftOf = (r: ClientRoute): Draft => ({ name: r.name, type: r.type, sharePct: String(Math.round(r.share * 1000) / 10), cost: String(r.cost) });
const routeOf = (d: Draft) => ({ name: d.name.trim(), type: d.type, share: d.sharePct.trim() === '' ? Number.NaN : Number(d.sharePct) / 100, cost: d.cost.trim() === '' ? Number.NaN : Number(d.cost) });

/** A fresh name: route-1, route-2… not yet taken. */
function freshName(drafts: readonly Draft[]): string {
  for (let i = 1; ; i++) if (!drafts.some((d) => d.name === `route-${i}`)) return `route-${i}`;
}

export function ClientRoutes({ node }: { node: NodeOfKind<'client'> }) {
  const saved = node.routes ?? [];
  const [drafts, setDrafts] = useState<Draft[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const rows = drafts ?? saved.map(draftOf);

  const commit = (next: Draft[]) => {
    const refused = store.getState().setClientRoutes(node.id, next.map(routeOf));
    setError(refused ? refused.join(' ') : null);
    setDrafts(refused ? next : null);
  };
  const change = (i: number, patch: Partial<Draft>) => setDrafts(rows.map((d, j) => (j === i ? { ...d, ...patch } : d)));
  const changeNow = (i: number, patch: Partial<Draft>) => commit(rows.map((d, j) => (j === i ? { ...d, ...patch } : d)));
  const onBlur = () => { if (drafts !== null) commit(drafts); };

  return (
    <section className="service-rules" aria-label="Routes" data-testid="client-routes">
      <h3 className="inspector__section">Routes</h3>
      <p className="field__help">
        Name parts of a request type's traffic (for example: upload, 10% of the writes, 20× a page's work); a balancer's rules can
        send a route to its own service. The request mix stays as it is.
      </p>
      {rows.map((d, i) => (
        <fieldset key={i} className="service-rules__row client-routes__row" data-testid={`route-${i}`} onBlur={onBlur}>
          <legend className="field__label">Route {i + 1}</legend>
          <label>Name<input type="text" className="field__input" value={d.name} onChange={(e) => change(i, { name: e.target.value })} data-testid={`route-${i}-name`} /></label>
          <label>Type
            <select className="field__input field__select" value={d.type} onChange={(e) => changeNow(i, { type: e.target.value as RequestType })} data-testid={`route-${i}-type`}>
              {REQUEST_TYPES.map((t) => <option key={t} value={t}>{t}</option>)}
            </select>
          </label>
          <label>Share of the type (%)<input type="number" className="field__input" value={d.sharePct} min={0} max={100} step="any" onChange={(e) => change(i, { sharePct: e.target.value })} data-testid={`route-${i}-share`} /></label>
          <label>Cost (× a page)<input type="number" className="field__input" value={d.cost} min={0.01} max={1000} step="any" onChange={(e) => change(i, { cost: e.target.value })} data-testid={`route-${i}-cost`} /></label>
          <button type="button" className="button" aria-label={`Remove route ${d.name || i + 1}`} onClick={() => commit(rows.filter((_, j) => j !== i))} data-testid={`route-${i}-remove`}>
            <X size={14} aria-hidden="true" /> Remove
          </button>
        </fieldset>
      ))}
      {rows.length < MAX_ROUTES && (
        <button type="button" className="button" onClick={() => commit([...rows, { name: freshName(rows), type: 'write', sharePct: '10', cost: '1' }])} data-testid="route-add">
          <Plus size={14} aria-hidden="true" /> Add a route
        </button>
      )}
      {error && <p className="field__error" role="alert" data-testid="route-error">{error}</p>}
    </section>
  );
}
