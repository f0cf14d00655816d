import { useCallback } from 'react';
import type { NodeLive } from '../../engine/api';
import type { StoreState } from '../../store';
import { nodeHealth, type NodeHealth } from '../run/liveFormat';
import { useLiveValue } from '../run/useLiveValue';
// The health colours of a node's border are the canvas's own: they stay with the first load.
import './live.css';

export const liveOf = (s: StoreState, id: string): NodeLive | undefined => (s.run.status === 'idle' ? undefined : s.live.nodes[id]);
const killedNow = (s: StoreState, id: string): boolean => s.run.status !== 'idle' && s.run.killedIds.includes(id);

/**
 * The node's health during a run (undefined while editing). A string: the node around the badge
 * re-renders only when its colour changes, not on each of the ten frames a second.
 */
export function useNodeHealth(id: string): NodeHealth | undefined {
  return useLiveValue(useCallback((s: StoreState) => nodeHealth(liveOf(s, id), killedNow(s, id)), [id]));
}
