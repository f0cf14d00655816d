import { useCallback } from 'react';
import { cacheBeside, isStation, measurementWindow, queueBeside } from '../../analysis/besideTheory';
import type { DesignNode } from '../../model';
import { useStore, type StoreState } from '../../store';
import './theory.css';

const selectDesign = (s: StoreState) => s.design;
const selectPoints = (s: StoreState) => s.series.points;
const selectSeconds = (s: StoreState) => s.live.tMs / 1000;

const num = (x: number, digits = 2): string => (Number.isFinite(x) ? x.toFixed(digits) : '∞');
const pct = (x: number): string => (Number.isFinite(x) ? `${(x * 100).toFixed(1)}%` : '∞');

/**
 * Theory beside the measurement, for the selected node during a run: a queueing node's measured
 * arrival rate, utilisation, queue and wait next to M/M/c (Erlang C) at that rate, Little's law on
 * the measured numbers; a cache's hit ratio next to Che's approximation. Every queue figure is
 * averaged over one window (measurementWindow: the run since the node was last down, its first
 * tenth left out), so the rate, the utilisation and the queue describe the same traffic.
 */
export function TheoryPanel({ node }: { node: DesignNode }) {
  const design = useStore(selectDesign);
  const points = useStore(selectPoints);
  const seconds = useStore(selectSeconds);
  const live = useStore(useCallback((s: StoreState) => s.live.nodes[node.id], [node.id]));
  if (!live) return null;

  if (node.kind === 'cache' && live.hitRatio !== undefined) {
    const b = cacheBeside(design, node, live.hitRatio, seconds);
    if (!b) return null;
    return (
      <section className="theory" data-testid="theory" aria-label="Theory beside the measurement">
        <h3 className="inspector__section">Theory beside the measurement</h3>
        <table className="theory__table">
          <thead><tr><th scope="col" /><th scope="col">measured</th><th scope="col">Che (LRU)</th></tr></thead>
          <tbody><tr><th scope="row">hit ratio</th><td data-testid="theory-measured-hit">{pct(live.hitRatio)}</td><td data-testid="theory-predicted-hit">{pct(b.predicted)}</td></tr></tbody>
        </table>
        <p className="theory__note" data-testid="theory-note">{b.note}</p>
      </section>
    );
  }
  if (!isStation(node)) return null;

  if (live.down) return <TheoryNote text={`${node.label || node.id} is down: it serves nothing, so there is no queue to set beside theory. Restore it and the comparison starts again from then.`} />;
  const measured = measurementWindow(points, node.id);
  if (!measured) return <TheoryNote text="Measuring: the comparison appears after the run’s first seconds." />;
  const b = queueBeside(design, node, measured);
  if (!b) return null;
  // The engine times every request's wait, over the whole run: beside a window that starts at a
  // restore, the window's own Little's law (Lq / λ) is the wait that matches the other rows.
  const waitMeasuredMs = live.waitMs !== undefined && !measured.sinceRestore ? live.waitMs : measured.lambdaRps > 0 ? (measured.queueMean / measured.lambdaRps) * 1000 : 0;
  return (
    <section className="theory" data-testid="theory" aria-label="Theory beside the measurement">
      <h3 className="inspector__section">Theory beside the measurement</h3>
      <p className="theory__intro">M/M/c with c = {b.servers} workers, mean service {num(b.serviceMs, 1)} ms, at the measured arrival rate{measured.sinceRestore ? ', measured since it came back' : ''}.</p>
      <table className="theory__table">
        <thead><tr><th scope="col" /><th scope="col">measured</th><th scope="col">M/M/c</th></tr></thead>
        <tbody>
          <tr><th scope="row">arrivals λ</th><td>{num(measured.lambdaRps, 0)}/s</td><td>—</td></tr>
          <tr><th scope="row">utilisation ρ</th><td data-testid="theory-measured-util">{pct(measured.utilization)}</td><td data-testid="theory-predicted-util">{pct(b.predicted.utilization)}</td></tr>
          <tr><th scope="row">mean queue Lq</th><td data-testid="theory-measured-queue">{num(measured.queueMean)}</td><td data-testid="theory-predicted-queue">{num(b.predicted.queueMean)}</td></tr>
          <tr><th scope="row">mean wait Wq</th><td data-testid="theory-measured-wait">{num(waitMeasuredMs)} ms</td><td>{num(b.predicted.waitMs)} ms</td></tr>
        </tbody>
      </table>
      <p className="theory__little">Little’s law, L = λW: {num(b.inSystemMean)} in the node at {num(measured.lambdaRps, 0)}/s means {num(b.littleTimeMs)} ms in it (M/M/c: {num(b.predicted.timeInNodeMs)} ms).</p>
      <p className="theory__note" data-testid="theory-note">{b.note}</p>
    </section>
  );
}

/** The section's heading and one line, when there is nothing to compare yet (or now). */
function TheoryNote({ text }: { text: string }) {
  return (
    <section className="theory" data-testid="theory" aria-label="Theory beside the measurement">
      <h3 className="inspector__section">Theory beside the measurement</h3>
      <p className="theory__note" data-testid="theory-note">{text}</p>
    </section>
  );
}
