import { Panel } from '@xyflow/react';

/** The three edge kinds and how each looks; the colours match styles.css. */
export function EdgeLegend() {
  return (
    <Panel position="top-left" className="edge-legend" aria-label="Edge kinds">
      <span className="edge-legend__item"><svg width="28" height="8" aria-hidden="true"><line x1="0" y1="4" x2="28" y2="4" className="legend-request" /></svg>request</span>
      <span className="edge-legend__item"><svg width="28" height="8" aria-hidden="true"><line x1="0" y1="4" x2="28" y2="4" className="legend-replication" /></svg>replication</span>
      <span className="edge-legend__item"><svg width="28" height="8" aria-hidden="true"><line x1="0" y1="4" x2="28" y2="4" className="legend-async" /></svg>async</span>
    </Panel>
  );
}
