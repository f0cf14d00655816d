import { memo, useCallback } from 'react';
import type { NodeLive } from '../../engine/api';
import type { Kind } from '../../model';
import type { StoreState } from '../../store';
import { useLiveValue } from '../run/useLiveValue';
import { formatCount, formatMs, formatPercent, type NodeHealth } from '../run/liveFormat';
import { liveOf } from './useNodeHealth';

/** What the badge says for a kind: the one number that matters most for it, then load. */
export function badgeText(kind: Kind, live: NodeLive): string {
  // A node out of service still says why when the run knows ("down · booting the new version").
  if (live.down) return ['down', ...(live.faults ?? [])].join(' · ');
  const parts: string[] = live.faults ? [...live.faults] : [];
  if (live.breaker && live.breaker !== 'closed') parts.push(breakerText(live));
  if ((kind === 'cache' || kind === 'cdn') && live.hitRatio !== undefined) parts.push(`hit ${formatPercent(live.hitRatio)}`);
  if (live.replicationLagMs !== undefined) parts.push(`lag ${formatMs(live.replicationLagMs)}`);
  if (live.loadShare !== undefined) parts.push(`share ${formatPercent(live.loadShare)}`);
  if (kind !== 'client' && kind !== 'dns') parts.push(`busy ${formatPercent(live.utilization)}`);
  if (live.queueLength >= 1) parts.push(`q ${formatCount(live.queueLength)}`);
  if (parts.length === 0 || kind === 'client') parts.push(`${formatCount(live.rps)} rps`);
  return parts.join(' · ');
}

/** "breaker open" and, when the run says which, the dependencies whose breaker is in that state ("breaker open: media-db"). */
function breakerText(live: NodeLive): string {
  const deps = live.breakers ? Object.entries(live.breakers).filter(([, state]) => state === live.breaker).map(([dep]) => dep) : [];
  return deps.length > 0 ? `breaker ${live.breaker}: ${deps.join(', ')}` : `breaker ${live.breaker}`;
}

/**
 * The compact live badge under a node: utilisation colour and the kind's key figure. It reads its
 * own text from the store, so a frame re-renders two hundred small badges, not two hundred nodes.
 */
export const LiveBadge = memo(function LiveBadge({ id, kind, health }: { id: string; kind: Kind; health: NodeHealth }) {
  const text = useLiveValue(useCallback((s: StoreState) => {
    const live = liveOf(s, id);
    // Killed a moment ago, the frame saying so may not be here yet.
    if (health === 'down' && !live?.down) return 'down';
    return live ? badgeText(kind, live) : '';
  }, [id, kind, health]));
  return <div className={`live-badge live-badge--${health}`} data-testid="live-badge" data-health={health} title={text || undefined}>{text}</div>;
});
