import { useCallback } from 'react';
import { ownEntry, type DesignNode } from '../../model';
import { FLAT_HOURLY, HOURS_PER_MONTH, USAGE_PRICES } from '../../model/pricing';
import { chosenSize, hourlyPriceOf, pricedSize, scalingOf, sizesOf, uslThroughput } from '../../model/sizing';
import { USAGE_OF_KIND } from '../../model/cost';
import { useStore, type StoreState } from '../../store';
import { formatPercent } from '../run/liveFormat';
import { formatUsd } from '../run/moneyFormat';
import { UslCurve } from './UslCurve';
import './cost.css';

/**
 * What the selected node costs: its box and list price (or what it is billed for by use), its
 * share of the running design's cost, and for a sized pool how throughput grows with the size.
 */
export function CostSection({ node }: { node: DesignNode }) {
  const share = useStore(useCallback((s: StoreState) => (s.live.cost ? ownEntry(s.live.cost.byNode, node.id) : undefined), [node.id]));
  const total = useStore((s: StoreState) => s.live.cost?.hourlyUsd);
  if (node.kind === 'client') return null;
  const sizes = sizesOf(node.kind);
  const usl = scalingOf(node.kind)?.usl;
  const chosen = chosenSize(node);
  const priced = pricedSize(node);
  const hourly = hourlyPriceOf(node);
  const byUse = USAGE_OF_KIND[node.kind] ?? [];
  const flat = FLAT_HOURLY[node.kind];
  const largest = sizes[sizes.length - 1];

  return (
    <section className="inspector__cost" data-testid="inspector-cost">
      <h3 className="inspector__section">Cost</h3>
      {priced && (
        <p className="cost__line" data-testid="node-price">
          {chosen ? '' : 'Custom, priced as '}<strong>{priced.name}</strong> ({priced.vcpu} vCPU, {priced.memoryGiB} GiB):{' '}
          {formatUsd(hourly)} an hour, {formatUsd(hourly * HOURS_PER_MONTH)} a month.
        </p>
      )}
      {!priced && flat && <p className="cost__line" data-testid="node-price">{flat.label}: {formatUsd(hourly)} an hour.</p>}
      {byUse.length > 0 && (
        <p className="cost__line">
          {priced || flat ? 'Plus, by use: ' : 'Billed by use: '}
          {byUse.map((u) => `${USAGE_PRICES[u].label.toLowerCase()} ${formatUsd(USAGE_PRICES[u].usd)} per ${USAGE_PRICES[u].per === 1 ? '' : `${USAGE_PRICES[u].per.toLocaleString('en-US')} `}${USAGE_PRICES[u].unit}`).join('; ')}.
        </p>
      )}
      {!priced && !flat && byUse.length === 0 && <p className="cost__line">Not priced.</p>}
      {share !== undefined && total !== undefined && (
        <p className="cost__line" data-testid="node-cost-share">
          In this run: <strong>{formatUsd(share)} an hour</strong>, {formatPercent(total > 0 ? share / total : 0)} of the design’s {formatUsd(total)}.
        </p>
      )}
      {usl && priced && (
        <figure className="cost__curve">
          <UslCurve sizes={sizes} usl={usl} marked={priced} sized={chosen !== undefined} />
          <figcaption className="field__help" data-testid="usl-caption">
            {chosen
              ? `${priced.name} does ${uslThroughput(priced.vcpu, usl).toFixed(1)} vCPUs’ worth of work at full load for ${formatUsd(hourly)} an hour; `
              : 'Custom: its own pool, scaling linearly (dashed). A size follows the curve; '}
            {priced === largest ? 'there is no bigger box.' : `the largest, ${largest.name}, does ${uslThroughput(largest.vcpu, usl).toFixed(1)} for ${formatUsd(largest.usdPerHour)}.`}
          </figcaption>
        </figure>
      )}
    </section>
  );
}
