/**
 * A load balancer's service rules (docs/services.md): for each service behind it, which request
 * types and which declared routes it owns. Every change goes through the store, which checks it
 * like a design file and says why when it refuses.
 */
import { useState, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { NAMED_SERVICES, REQUEST_TYPES, type NamedService, type NodeOfKind, type RequestType, type ServiceRule } from '../../model';
import { store, useStore, type StoreState } from '../../store';
import './services.css';

/** The named services of the web servers this balancer sends to. */
const servicesBehind = (id: string) => (s: StoreState): string[] => {
  const byId = new Map(s.design.nodes.map((n) => [n.id, n]));
  const found = new Set<string>();
  for (const e of s.design.edges) {
    const t = e.source === id ? byId.get(e.target) : undefined;
    if (t?.kind === 'web' && t.params.service !== '') found.add(t.params.service);
  }
  return NAMED_SERVICES.filter((name) => found.has(name));
};

const ruleOf = (rules: readonly ServiceRule[], service: NamedService): ServiceRule =>
  rules.find((r) => r.service === service) ?? { service, types: [], routes: [] };

/** The rules with `service`'s replaced by `next` (dropped when it owns nothing). */
function withRule(rules: readonly ServiceRule[], next: ServiceRule): ServiceRule[] {
  const others = rules.filter((r) => r.service !== next.service);
  return next.types.length + next.routes.length > 0 ? [...others, next] : others;
}

const parseRoutes = (text: string): string[] => text.split(',').map((r) => r.trim()).filter(Boolean);

export function ServiceRules({ node }: { node: NodeOfKind<'loadBalancer'> }) {
  const behind = useStore(useShallow(servicesBehind(node.id)));
  const [error, setError] = useState<string | null>(null);
  const [extra, setExtra] = useState<NamedService[]>([]);
  const rules = node.rules ?? [];
  const shown = NAMED_SERVICES.filter((s) => behind.includes(s) || rules.some((r) => r.service === s) || extra.includes(s));
  const addable = NAMED_SERVICES.filter((s) => !shown.includes(s));

  const save = (next: ServiceRule) => {
    const refused = store.getState().setServiceRules(node.id, withRule(rules, next));
    setError(refused ? refused.join(' ') : null);
  };
  const toggleType = (service: NamedService, type: RequestType, on: boolean) => {
    const rule = ruleOf(rules, service);
    save({ ...rule, types: on ? REQUEST_TYPES.filter((t) => t === type || rule.types.includes(t)) : rule.types.filter((t) => t !== type) });
  };

  return (
    <section className="service-rules" aria-label="Service rules" data-testid="service-rules">
      <h3 className="inspector__section">Services</h3>
      <p className="field__help">
        Each service gets only the requests it owns; the rest go to servers with no service. Give web servers a service in their own
        inspector, then tick what each service owns here.
      </p>
      {shown.map((service) => {
        const rule = ruleOf(rules, service);
        return (
          <fieldset key={service} className="service-rules__row" data-testid={`rule-${service}`}>
            <legend className="field__label">{service}{!behind.includes(service) && <span className="service-rules__none"> · no server behind this balancer yet</span>}</legend>
            <div className="service-rules__types">
              {REQUEST_TYPES.map((type) => (
                <label key={type} className="field__toggle">
                  <input type="checkbox" checked={rule.types.includes(type)} onChange={(e) => toggleType(service, type, e.target.checked)} data-testid={`rule-${service}-${type}`} />
                  <span>{type}</span>
                </label>
              ))}
            </div>
            <RoutesField value={rule.routes} onCommit={(routes) => save({ ...rule, routes })} testId={`rule-${service}-routes`} />
          </fieldset>
        );
      })}
      {addable.length > 0 && (
        <select className="field__input field__select" value="" aria-label="Add a rule for a service"
          onChange={(e) => { const s = e.target.value as NamedService; if (s) setExtra((x) => [...x, s]); }} data-testid="rule-add">
          <option value="">Add a rule for a service…</option>
          {addable.map((s) => <option key={s} value={s}>{s}</option>)}
        </select>
      )}
      {error && <p className="field__error" role="alert" data-testid="rule-error">{error}</p>}
    </section>
  );
}

/** The routes a service owns, comma separated; committed on Enter or when the field is left. */
function RoutesField({ value, onCommit, testId }: { value: readonly string[]; onCommit: (routes: string[]) => void; testId: string }) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => { if (draft !== null) { onCommit(parseRoutes(draft)); setDraft(null); } };
  const onKeyDown = (e: KeyboardEvent) => { if (e.key === 'Enter') commit(); if (e.key === 'Escape') setDraft(null); };
  return (
    <label className="service-rules__routes">
      <span className="field__help">Routes it owns, comma separated (for example: upload)</span>
      <input type="text" className="field__input" value={draft ?? value.join(', ')}
        onChange={(e) => setDraft(e.target.value)} onBlur={commit} onKeyDown={onKeyDown} data-testid={testId} />
    </label>
  );
}
