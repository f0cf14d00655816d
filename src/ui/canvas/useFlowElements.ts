import { useCallback, useMemo, useRef, useState } from 'react';
import { edgeWarningsById, useStore, type StoreState } from '../../store';
import { ownEntry } from '../../model';
import { trafficLevel } from '../run/liveFormat';
import { useLiveValue } from '../run/useLiveValue';
import { BREAKER_HALF_OPEN_LEVEL, BREAKER_OPEN_LEVEL, buildFlowEdges, buildFlowNodes, type Dimensions, type EdgeCache, type EdgeLevels, type NodeCache } from './flowElements';

/** The design's edge warnings (edgeWarningsById), the same Map while the design's structure keeps them. */
const selectEdgeWarnings = (s: StoreState) => edgeWarningsById(s.design);

const selectNodes = (s: StoreState) => s.design.nodes;
const selectEdges = (s: StoreState) => s.design.edges;
const selectSelectedNodeIds = (s: StoreState) => s.selection.nodeIds;
const selectSelectedEdgeIds = (s: StoreState) => s.selection.edgeIds;

/**
 * The sizes React Flow measured for each node. They are view state, not design: kept here so each
 * rebuilt node object carries them (React Flow would otherwise treat it as unmeasured and hide it).
 */
export function useMeasuredSizes() {
  const [measured, setMeasured] = useState<ReadonlyMap<string, Dimensions>>(() => new Map());
  const record = useCallback((updates: { id: string; dimensions: Dimensions }[]) => {
    if (!updates.length) return;
    setMeasured((current) => {
      let next: Map<string, Dimensions> | undefined;
      for (const { id, dimensions } of updates) {
        const old = current.get(id);
        if (old && old.width === dimensions.width && old.height === dimensions.height) continue;
        next ??= new Map(current);
        next.set(id, dimensions);
      }
      return next ?? current;
    });
  }, []);
  return [measured, record] as const;
}

/** React Flow nodes derived from the store's design, unchanged nodes keeping their identity. */
export function useFlowNodes(measured: ReadonlyMap<string, Dimensions>) {
  const nodes = useStore(selectNodes);
  const selectedIds = useStore(selectSelectedNodeIds);
  const cache = useRef<NodeCache>(new Map());
  return useMemo(() => buildFlowNodes(nodes, new Set(selectedIds), measured, cache.current), [nodes, selectedIds, measured]);
}

/**
 * Traffic levels of all edges as one string ("e1:3 e2:0"; ids cannot hold spaces), or '' while editing. A string, so the
 * edges re-render only when some edge's traffic changes by a decade, not on every frame.
 */
const selectLevelKey = (s: StoreState): string => {
  // Until the first frame there is no traffic to show: pressing Run does not touch the edges.
  if (s.run.status === 'idle' || s.live.summary === null) return '';
  return s.design.edges.map((e) => `${e.id}:${edgeLevel(s, e.source, e.target, e.id)}`).join(' ');
};

/** An edge's traffic level, or a breaker level when its sender's circuit breaker on its target is open or half-open. */
function edgeLevel(s: StoreState, source: string, target: string, id: string): number {
  const breakers = s.live.nodes[source]?.breakers;
  const breaker = breakers ? ownEntry(breakers, target) : undefined;
  if (breaker === 'open') return BREAKER_OPEN_LEVEL;
  if (breaker === 'half-open') return BREAKER_HALF_OPEN_LEVEL;
  return trafficLevel(s.live.edgeRps[id]);
}

function parseLevels(key: string): EdgeLevels | undefined {
  if (key === '') return undefined;
  return new Map(key.split(' ').map((pair) => {
    const at = pair.lastIndexOf(':');
    return [pair.slice(0, at), Number(pair.slice(at + 1))] as const;
  }));
}

/** React Flow edges derived from the store's design, animated by traffic during a run. */
export function useFlowEdges() {
  const edges = useStore(selectEdges);
  const selectedIds = useStore(selectSelectedEdgeIds);
  // A transition: restyling a few hundred edges can wait a frame behind the store.
  const levelKey = useLiveValue(selectLevelKey);
  const cache = useRef<EdgeCache>(new Map());
  const levels = useMemo(() => parseLevels(levelKey), [levelKey]);
  const warnings = useStore(selectEdgeWarnings);
  return useMemo(() => buildFlowEdges({ edges }, new Set(selectedIds), cache.current, levels, warnings), [edges, selectedIds, levels, warnings]);
}
