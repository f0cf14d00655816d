import { useCallback } from 'react';
import { nodeName, type NodeOfKind } from '../../model';
import { store, useStore, type StoreState } from '../../store';
import { formatCount } from './liveFormat';
import { rateToSlider, SLIDER_STEPS, sliderMax, sliderToRate } from './rateSlider';

const selectNodes = (s: StoreState) => s.design.nodes;

/** One slider per client: drag it and the running simulation's arrival rate follows at once. */
export function ClientRates() {
  const nodes = useStore(selectNodes);
  const clients = nodes.filter((n): n is NodeOfKind<'client'> => n.kind === 'client');
  if (clients.length === 0) return null;
  return (
    <div className="client-rates" role="group" aria-label="Client traffic">
      {clients.map((client) => <ClientRate key={client.id} client={client} />)}
    </div>
  );
}

function ClientRate({ client }: { client: NodeOfKind<'client'> }) {
  const designRps = client.params.rps;
  const override = useStore(useCallback((s: StoreState) => s.run.clientRates[client.id], [client.id]));
  const rps = override ?? designRps;
  const max = sliderMax(designRps);
  const name = nodeName(client);
  return (
    <label className="client-rate" title="Requests per second sent by these users, live (the design keeps its own value)">
      <span className="client-rate__name">{name}</span>
      <input
        type="range"
        min={0}
        max={SLIDER_STEPS}
        value={rateToSlider(rps, max)}
        onChange={(e) => store.getState().setClientRate(client.id, sliderToRate(Number(e.target.value), max))}
        aria-label={`Request rate of ${name}`}
        aria-valuetext={`${formatCount(rps)} requests per second`}
        data-testid={`rate-${client.id}`}
      />
      <output className="client-rate__value" data-testid={`rate-value-${client.id}`}>{formatCount(rps)} rps</output>
    </label>
  );
}
