import { memo, useCallback } from 'react';
import type { NodeLive } from '../../engine/api';
import type { Kind } from '../../model';
import { useStore, type StoreState } from '../../store';
import './live.css';
import { formatCount, formatMs, formatPercent, nodeHealth, type NodeHealth } from '../run/liveFormat';

/** What the badge says for a kind: the one number that matters most for it, then load. */
export function badgeText(kind: Kind, live: NodeLive): string {
  if (live.down) return 'down';
  const parts: string[] = [];
  if ((kind === 'cache' || kind === 'cdn') && live.hitRatio !== undefined) parts.push(`hit ${formatPercent(live.hitRatio)}`);
  if (live.replicationLagMs !== undefined) parts.push(`lag ${formatMs(live.replicationLagMs)}`);
  if (live.loadShare !== undefined) parts.push(`share ${formatPercent(live.loadShare)}`);
  if (kind !== 'client' && kind !== 'dns') parts.push(`busy ${formatPercent(live.utilization)}`);
  if (live.queueLength >= 1) parts.push(`q ${formatCount(live.queueLength)}`);
  if (parts.length === 0 || kind === 'client') parts.push(`${formatCount(live.rps)} rps`);
  return parts.join(' · ');
}

/** The node's live state during a run (undefined while editing), as one string-free selector pair. */
export function useNodeLive(id: string): { live: NodeLive | undefined; health: NodeHealth | undefined } {
  const live = useStore(useCallback((s: StoreState) => (s.run.status === 'idle' ? undefined : s.live.nodes[id]), [id]));
  const killed = useStore(useCallback((s: StoreState) => s.run.status !== 'idle' && s.run.killedIds.includes(id), [id]));
  return { live, health: nodeHealth(live, killed) };
}

/** The compact live badge under a node: utilisation colour and the kind's key figure. */
export const LiveBadge = memo(function LiveBadge({ kind, live, health }: { kind: Kind; live: NodeLive | undefined; health: NodeHealth }) {
  const text = health === 'down' ? 'down' : live ? badgeText(kind, live) : '';
  return <div className={`live-badge live-badge--${health}`} data-testid="live-badge" data-health={health}>{text}</div>;
});
