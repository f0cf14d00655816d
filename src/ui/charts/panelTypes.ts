import type { SeriesPoint } from '../../engine/api';

/** One line on a chart. `key` is a plain generated key (s0, s1…): node ids may hold any character, and a key is also a DOM key. */
export interface ChartSeries {
  key: string;
  name: string;
  color: string;
  dash: string;
  axis: 'left' | 'right';
}

/** One x position: simulated seconds, then a value (or null for a gap) per series key. */
export type ChartRow = { tS: number } & Record<string, number | null>;

export interface PanelData {
  rows: ChartRow[];
  series: ChartSeries[];
  /** A one-line reading shown under the chart (the shard skew). */
  note?: string;
}

export interface NameContext {
  nodeNames: Record<string, string>;
  shardNames: Record<string, string>;
}

/** A panel described as data; `build` returns null when the design has nothing to show here. */
export interface PanelSpec {
  id: string;
  title: string;
  unit: string;
  rightUnit?: string;
  /** One line: what this shows, for the tooltip. */
  hint: string;
  /** The quiet message when `build` returns null. */
  emptyText: string;
  /** Fixed left-axis range (percentages); otherwise it fits the data. */
  leftDomain?: [number, number];
  build(points: readonly SeriesPoint[], names: NameContext): PanelData | null;
}
