import type { ReactFlowState } from '@xyflow/react';
import type { Box } from './minimapRoom';

/** Every node's box in the canvas's units, as React Flow has measured it (a child of a data center at its absolute place). */
export function* nodeBoxes(s: ReactFlowState): Generator<Box> {
  for (const node of s.nodeLookup.values()) {
    const { x, y } = node.internals.positionAbsolute;
    yield { x, y, width: node.measured.width ?? 0, height: node.measured.height ?? 0 };
  }
}
