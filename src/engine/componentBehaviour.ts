/**
 * What one kind's engine file (src/engine/components/<kind>.ts) hands the core: how its nodes take
 * a request, what they do when their station has served one, and how their design params become
 * runtime fields. components/index.ts lists one per kind; dispatch.ts turns the list into tables
 * indexed by kind code, so the hot path makes one array lookup and no Map lookup.
 */
import type { Kind } from '../model';
import type { NodeRt } from './nodeState';
import type { NodeHandler, SimState } from './state';

export interface ComponentBehaviour<K extends Kind = Kind> {
  readonly kind: K;
  /** A request reaches a node of the kind (absent: the kind takes no requests, e.g. users, groups). */
  readonly arrive?: NodeHandler;
  /** The node's station finished serving a request (absent: the kind has no station). */
  readonly served?: NodeHandler;
  /** Copies n.design.params into the runtime fields the hot path reads (at build and on a live edit). */
  readonly applyParams?: (sim: SimState, n: NodeRt) => void;
}

export const defineBehaviour = <const K extends Kind>(behaviour: ComponentBehaviour<K>): ComponentBehaviour<K> => behaviour;
