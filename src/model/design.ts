import { defaultsOf } from './params';
import { KIND_SPECS, type Kind, type ParamsOf } from './kinds';
import type { FaultEvent } from './faults';
import type { ClientRoute, ServiceRule } from './services';

/** The design-file format version this code writes; older files are migrated forward on load. */
export const DESIGN_VERSION = 3;

export interface Position { x: number; y: number }
export interface Size { width: number; height: number }

interface NodeBase<K extends Kind> {
  /** Stable id; edges and scenarios reference it. */
  id: string;
  kind: K;
  /** Display name; the id is shown when absent. */
  label?: string;
  position: Position;
  /** The data center this node sits in. */
  parent?: string;
  /** Only groups (data centers) have a size. */
  size?: Size;
  params: ParamsOf<K>;
}

/**
 * Fields only some kinds hold, all optional (docs/services.md): users may declare routes, a load
 * balancer may hold rules giving request types and routes to services.
 */
type KindFields<K extends Kind> =
  K extends 'client' ? { routes?: ClientRoute[] }
  : K extends 'loadBalancer' ? { rules?: ServiceRule[] }
  : unknown;

/** A node: a discriminated union keyed by `kind`, so `params` is typed by the kind. */
export type DesignNode = { [K in Kind]: NodeBase<K> & KindFields<K> }[Kind];
export type NodeOfKind<K extends Kind> = Extract<DesignNode, { kind: K }>;

/** request: a call that waits for an answer; replication: primary → replica; async: into or out of a queue. */
export type EdgeKind = 'request' | 'replication' | 'async';
export const EDGE_KINDS: readonly EdgeKind[] = ['request', 'replication', 'async'];

export interface DesignEdge {
  id: string;
  source: string;
  target: string;
  kind: EdgeKind;
}

export interface SimSettings {
  seed: number;
  durationS: number;
  /** Cost of each hop inside a data center; 0 makes the model a pure queueing network. */
  hopLatencyMs: number;
}

export interface Design {
  version: number;
  name: string;
  nodes: DesignNode[];
  edges: DesignEdge[];
  sim: SimSettings;
  /** Faults to inject during a run; travels with share links so a run can be reproduced. */
  scenario: FaultEvent[];
}

export const DEFAULT_SIM: SimSettings = { seed: 1, durationS: 60, hopLatencyMs: 1 };

export const defaultParams = <K extends Kind>(kind: K): ParamsOf<K> =>
  defaultsOf(KIND_SPECS[kind].params) as ParamsOf<K>;

/** A new node of `kind` with every parameter at its default. */
export function makeNode<K extends Kind>(kind: K, id: string, position: Position, params?: Partial<ParamsOf<K>>): NodeOfKind<K> {
  const node = { id, kind, position, params: { ...defaultParams(kind), ...params } } as NodeOfKind<K>;
  if (kind === 'dataCenter') node.size = { width: 520, height: 360 };
  return node;
}

export const emptyDesign = (name = 'Untitled design'): Design => ({
  version: DESIGN_VERSION,
  name,
  nodes: [],
  edges: [],
  sim: { ...DEFAULT_SIM },
  scenario: [],
});

/** The name shown for a node: its label, or its id. */
export const nodeName = (node: DesignNode): string => node.label?.trim() || node.id;
