import { memo, useMemo } from 'react';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { LINE_WIDTH_PX, TICK_FONT_PX } from './palette';
import type { PanelData } from './panelTypes';
import { formatAxisSeconds, timeTicks } from './timeTicks';

/** Fixed chart size in px; without it the chart fills its panel's width (recharts' `responsive`). */
export interface ChartSize { width: number; height: number }

export const CHART_HEIGHT_PX = 190;

interface TimeChartProps {
  data: PanelData;
  unit: string;
  rightUnit?: string;
  leftDomain?: [number, number];
  size?: ChartSize;
  /** Charts sharing it show their tooltips at the same simulated second. */
  syncId?: string;
}

const TICK = { fontSize: TICK_FONT_PX };

/** Three significant digits: enough to compare, short enough to read from the back of a room. */
export const formatValue = (value: number): string =>
  Math.abs(value) >= 1000 ? Math.round(value).toLocaleString('en') : String(Number(value.toPrecision(3)));

const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumSignificantDigits: 3 });
/** Axis ticks stay narrow at any scale ("250K", "1M"), so a million-request run's axis is not clipped. */
export const formatTick = (value: number): string => (Math.abs(value) >= 10_000 ? compact.format(value) : formatValue(value));

/** A line chart of one panel over simulated seconds; live data, so every animation is off. */
export const TimeChart = memo(function TimeChart({ data, unit, rightUnit, leftDomain, size, syncId }: TimeChartProps) {
  const hasRight = data.series.some((s) => s.axis === 'right');
  const rows = data.rows;
  const ticks = useMemo(() => (rows.length === 0 ? [] : timeTicks(rows[0].tS, rows[rows.length - 1].tS)), [rows]);
  const unitOf = (dataKey: unknown): string =>
    data.series.find((s) => s.key === dataKey)?.axis === 'right' ? (rightUnit ?? '') : unit;
  const sizing = size
    ? { width: size.width, height: size.height }
    : { responsive: true, style: { width: '100%', height: CHART_HEIGHT_PX } };
  return (
    <LineChart data={rows} {...sizing} syncId={syncId} margin={{ top: 8, right: hasRight ? 4 : 16, bottom: 0, left: 0 }}>
      <CartesianGrid strokeDasharray="3 3" stroke="#d0d0d0" />
      <XAxis dataKey="tS" type="number" domain={['dataMin', 'dataMax']} ticks={ticks}
        tick={TICK} tickFormatter={formatAxisSeconds} />
      <YAxis yAxisId="left" niceTicks="snap125" domain={leftDomain ?? [0, 'auto']} tick={TICK} width={52}
        tickFormatter={formatTick} allowDataOverflow={leftDomain !== undefined} />
      {hasRight && <YAxis yAxisId="right" niceTicks="snap125" orientation="right" domain={[0, 'auto']} tick={TICK} width={44} tickFormatter={formatTick} />}
      <Tooltip isAnimationActive={false} labelFormatter={(tS) => `t = ${String(tS)} s`}
        formatter={(value, name, item) => [typeof value === 'number' ? `${formatValue(value)} ${unitOf(item.dataKey)}` : '–', name]} />
      {/* Legend in series order (p50, p95, p99), not recharts' default alphabetical order. */}
      <Legend wrapperStyle={{ fontSize: TICK_FONT_PX }} itemSorter={null} />
      {data.series.map((s) => (
        <Line key={s.key} yAxisId={s.axis} dataKey={s.key} name={s.name} type="linear"
          stroke={s.color} strokeDasharray={s.dash} strokeWidth={LINE_WIDTH_PX}
          dot={false} activeDot={{ r: 4 }} isAnimationActive={false} connectNulls={false} />
      ))}
    </LineChart>
  );
});
