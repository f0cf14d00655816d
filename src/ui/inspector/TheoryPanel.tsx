import { useCallback } from 'react';
import { cacheBeside, isStation, queueBeside } from '../../analysis/besideTheory';
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
 * the measured numbers; a cache's hit ratio next to Che's approximation. Figures are averaged over
 * the run so far, its first tenth left out as warm-up; the arrival rate is the last second's.
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

  const settled = points.slice(Math.floor(points.length / 10));
  const mean = (pick: (p: (typeof points)[number]) => number | undefined): number => {
    const values = settled.map(pick).filter((v): v is number => v !== undefined);
    return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
  };
  const measured = { lambdaRps: live.rps, utilization: mean((p) => p.nodes[node.id]?.utilization), queueMean: mean((p) => p.nodes[node.id]?.queueLength) };
  const b = queueBeside(design, node, measured);
  if (!b || settled.length === 0) return null;
  // The engine times every request's wait; a frame from before it did (none yet) falls back to Little's law.
  const waitMeasuredMs = live.waitMs ?? (measured.lambdaRps > 0 ? (measured.queueMean / measured.lambdaRps) * 1000 : 0);
  return (
    <section className="theory" data-testid="theory" aria-label="Theory beside the measurement">
      <h3 className="inspector__section">Theory beside the measurement</h3>
      <p className="theory__intro">M/M/c with c = {b.servers} workers, mean service {num(b.serviceMs, 1)} ms, at the measured arrival rate.</p>
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
