/**
 * A line chart over simulated seconds, drawn as plain SVG. It replaced recharts here: recharts 3
 * renders each chart through its own store with synchronous updates, and mounting one chart took
 * 150–340 ms on a two-core machine (npm run bench:ui), so opening the dashboard froze the canvas.
 * This draws ~300 points × a few series as one path each: a redraw is a millisecond or two.
 */
import { memo, useLayoutEffect, useMemo, useRef, useState, type PointerEvent, type RefObject } from 'react';
import { linear, linePath, maxOf, nearestRow, niceTicks } from './chartGeometry';
import { useHoveredSecond } from './hoverSync';
import { LINE_WIDTH_PX, TICK_FONT_PX } from './palette';
import type { PanelData } from './panelTypes';
import { formatAxisSeconds, timeTicks } from './timeTicks';

/** Fixed chart size in px; without it the chart fills its panel's width. */
export interface ChartSize { width: number; height: number }

const CHART_HEIGHT_PX = 190;

interface TimeChartProps {
  data: PanelData;
  unit: string;
  rightUnit?: string;
  leftDomain?: [number, number];
  size?: ChartSize;
  /** Charts sharing it show the hovered moment together. */
  syncId?: string;
  /** Clicking the chart picks the second under the pointer (the latency chart opens its traces). */
  onPickSecond?: (tS: number) => void;
}

/** Three significant digits: enough to compare, short enough to read from the back of a room. */
export const formatValue = (value: number): string =>
  Math.abs(value) >= 1000 ? Math.round(value).toLocaleString('en') : String(Number(value.toPrecision(3)));

const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumSignificantDigits: 3 });
/** Axis ticks stay narrow at any scale ("250K", "1M"), so a million-request run's axis is not clipped. */
export const formatTick = (value: number): string => (Math.abs(value) >= 10_000 ? compact.format(value) : formatValue(value));

const GRID = '#d0d0d0';
const AXIS_TEXT = '#444';
const MARGIN = { top: 8, bottom: 22, left: 52 };

export const TimeChart = memo(function TimeChart({ data, unit, rightUnit, leftDomain, size, syncId, onPickSecond }: TimeChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const measured = useWidth(box, size === undefined);
  const width = size?.width ?? measured;
  const height = size?.height ?? CHART_HEIGHT_PX;
  const [hoverS, setHoverS] = useHoveredSecond(syncId);
  const geometry = useMemo(() => layout(data, width, height, leftDomain), [data, width, height, leftDomain]);
  const { rows, series } = data;
  const { x, yLeft, yRight, xTicks, leftTicks, rightTicks, plot } = geometry;
  const hoverIdx = hoverS === null ? -1 : nearestRow(rows, hoverS);
  const hovered = hoverIdx >= 0 ? rows[hoverIdx] : null;

  const secondAt = (e: PointerEvent<SVGSVGElement>): number | null => {
    if (rows.length === 0) return null;
    const bounds = e.currentTarget.getBoundingClientRect();
    const px = e.clientX - bounds.left;
    const tS = rows[0].tS + ((px - plot.left) / Math.max(1, plot.right - plot.left)) * (rows[rows.length - 1].tS - rows[0].tS);
    return rows[nearestRow(rows, tS)].tS;
  };
  const onMove = (e: PointerEvent<SVGSVGElement>) => {
    const tS = secondAt(e);
    if (tS !== null) setHoverS(tS);
  };
  const onPick = onPickSecond && ((e: PointerEvent<SVGSVGElement>) => {
    const tS = secondAt(e);
    if (tS !== null) onPickSecond(tS);
  });

  return (
    <div className="sp-chart" ref={box} style={size ? { width: size.width } : undefined}>
      {width > 0 && (
        <svg className={`sp-chart-svg${onPick ? ' sp-chart-svg--pick' : ''}`} width={width} height={height} role="img" onPointerMove={onMove} onPointerLeave={() => setHoverS(null)}
          onPointerUp={onPick}
          aria-label={`${series.map((s) => s.name).join(', ')} over simulated time, in ${unit}${rightUnit ? ` and ${rightUnit}` : ''}`}>
          <g className="sp-chart-grid-lines" stroke={GRID} strokeDasharray="3 3">
            {leftTicks.map((v) => <line key={`h${v}`} x1={plot.left} x2={plot.right} y1={yLeft(v)} y2={yLeft(v)} />)}
            {xTicks.map((t) => <line key={`v${t}`} x1={x(t)} x2={x(t)} y1={plot.top} y2={plot.bottom} />)}
          </g>
          <g fontSize={TICK_FONT_PX} fill={AXIS_TEXT}>
            {leftTicks.map((v) => <text key={`l${v}`} x={plot.left - 6} y={yLeft(v)} textAnchor="end" dominantBaseline="middle">{formatTick(v)}</text>)}
            {rightTicks.map((v) => <text key={`r${v}`} x={plot.right + 6} y={yRight(v)} textAnchor="start" dominantBaseline="middle">{formatTick(v)}</text>)}
            {xTicks.map((t) => <text key={`x${t}`} x={x(t)} y={plot.bottom + 16} textAnchor="middle">{formatAxisSeconds(t)}</text>)}
          </g>
          <g fill="none" strokeWidth={LINE_WIDTH_PX} strokeLinejoin="round">
            {series.map((s) => (
              <path key={s.key} className="sp-line" data-series={s.name} d={linePath(rows, s.key, x, s.axis === 'right' ? yRight : yLeft)}
                stroke={s.color} strokeDasharray={s.dash || undefined} />
            ))}
          </g>
          {hovered && (
            <g className="sp-chart-cursor">
              <line x1={x(hovered.tS)} x2={x(hovered.tS)} y1={plot.top} y2={plot.bottom} stroke="#888" />
              {series.map((s) => {
                const v = hovered[s.key];
                return v === null || v === undefined ? null : <circle key={s.key} cx={x(hovered.tS)} cy={(s.axis === 'right' ? yRight : yLeft)(v)} r={4} fill={s.color} />;
              })}
            </g>
          )}
        </svg>
      )}
      {hovered && (
        <div className="sp-chart-tooltip" role="status" style={tooltipPosition(x(hovered.tS), width)}>
          <div className="sp-chart-tooltip__time">t = {hovered.tS} s</div>
          {series.map((s) => {
            const v = hovered[s.key];
            return (
              <div key={s.key}>
                <span className="sp-chart-tooltip__swatch" style={{ background: s.color }} aria-hidden="true" />
                {s.name}: {v === null || v === undefined ? '–' : withUnit(v, s.name, s.axis === 'right' ? (rightUnit ?? '') : unit)}
              </div>
            );
          })}
        </div>
      )}
      <ul className="sp-chart-legend" aria-label="Legend">
        {series.map((s) => (
          <li key={s.key}>
            <svg width="22" height="8" aria-hidden="true"><line x1="1" x2="21" y1="4" y2="4" stroke={s.color} strokeWidth={LINE_WIDTH_PX} strokeDasharray={s.dash || undefined} /></svg>
            {s.name}
          </li>
        ))}
      </ul>
    </div>
  );
});

/** "221 rps", or just "221" when the series name already says "(rps)". */
function withUnit(value: number, name: string, unit: string): string {
  return !unit || name.includes(`(${unit})`) ? formatValue(value) : `${formatValue(value)} ${unit}`;
}

/** Scales and ticks for the data at this size: x over the rows' seconds, y from 0 (or the fixed range). */
function layout(data: PanelData, width: number, height: number, leftDomain?: [number, number]) {
  const hasRight = data.series.some((s) => s.axis === 'right');
  const plot = { left: MARGIN.left, right: Math.max(MARGIN.left + 10, width - (hasRight ? 44 : 16)), top: MARGIN.top, bottom: height - MARGIN.bottom };
  const rows = data.rows;
  const t0 = rows.length > 0 ? rows[0].tS : 0;
  const t1 = rows.length > 1 ? rows[rows.length - 1].tS : t0 + 1;
  const keysOn = (axis: 'left' | 'right') => data.series.filter((s) => s.axis === axis).map((s) => s.key);
  const leftTicks = leftDomain ? niceTicks(leftDomain[0], leftDomain[1]) : niceTicks(0, maxOf(rows, keysOn('left')));
  const rightTicks = hasRight ? niceTicks(0, maxOf(rows, keysOn('right'))) : [];
  const leftTop = leftDomain ? leftDomain[1] : leftTicks[leftTicks.length - 1];
  const leftBottom = leftDomain ? leftDomain[0] : leftTicks[0];
  return {
    plot,
    x: linear(t0, t1, plot.left, plot.right),
    yLeft: linear(leftBottom, leftTop, plot.bottom, plot.top),
    yRight: linear(0, rightTicks[rightTicks.length - 1] ?? 1, plot.bottom, plot.top),
    xTicks: rows.length === 0 ? [] : timeTicks(t0, t1),
    leftTicks: leftTicks.filter((v) => v >= leftBottom && v <= leftTop),
    rightTicks,
  };
}

/** Beside the cursor, on whichever side has room. */
function tooltipPosition(cursorX: number, width: number): { left?: number; right?: number } {
  return cursorX < width / 2 ? { left: cursorX + 12 } : { right: width - cursorX + 12 };
}

/** The element's content width, followed as it resizes (0 before the first measurement). */
function useWidth(ref: RefObject<HTMLDivElement | null>, enabled: boolean): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!enabled || !el) return;
    setWidth(el.clientWidth);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => setWidth(Math.floor(entries[0].contentRect.width)));
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, enabled]);
  return width;
}
