/** The design-editing actions (designSlice.ts implements them). */
import type { Design, FaultEvent, Kind, Position, Size } from '../../model';
import type { ParamPath } from '../paramEdit';

export interface DesignSlice {
  /** Adds a component centred on `centre` (flow coordinates), selects it, returns its id. */
  addNode: (kind: Kind, centre: Position) => string | undefined;
  /** Moves nodes; pass the drag's `gestureKey` so a whole drag is one undo step. */
  moveNodes: (moves: { id: string; position: Position }[], gestureKey?: string) => void;
  /** After a drag: dropped nodes join (or leave) the data center under them. */
  settleDropped: (ids: string[], gestureKey?: string) => void;
  resizeGroup: (id: string, size: Size, position?: Position, gestureKey?: string) => void;
  /** Wires two nodes; a refusal shows canConnect's reason as a toast and returns it. */
  connect: (source: string, target: string) => { ok: true; id: string } | { ok: false; reason: string };
  /** Sets one parameter; returns the messages when the value is refused (and commits nothing). */
  updateParam: (id: string, path: ParamPath, value: unknown) => string[] | undefined;
  resetParams: (id: string) => void;
  /** Sets a load balancer's service rules (docs/services.md); returns the messages when they are refused. */
  setServiceRules: (id: string, rules: unknown) => string[] | undefined;
  /** Sets a client's declared routes (docs/services.md); returns the messages when they are refused. */
  setClientRoutes: (id: string, routes: unknown) => string[] | undefined;
  rename: (id: string, label: string) => void;
  renameDesign: (name: string) => void;
  setParent: (id: string, parentId: string | undefined) => void;
  /** Copies the selected nodes (default) or `ids`, and selects the copies. */
  duplicate: (ids?: string[]) => void;
  /** Deletes the selected nodes and edges (default) or the given ones. */
  deleteElements: (nodeIds?: string[], edgeIds?: string[]) => void;
  /** Adds a fault to the design's scenario (the fault timeline); returns the messages when it is refused. */
  addFault: (fault: FaultEvent) => string[] | undefined;
  /** Moves the scenario's fault at `index` to `tS` seconds (clamped to the run's length); moves with one `gestureKey` are one undo step. */
  moveFault: (index: number, tS: number, gestureKey?: string) => void;
  removeFault: (index: number) => void;
  /** Replaces the design as one undoable step (import, restore). */
  loadDesign: (design: Design) => void;
}
