// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import Dashboard from '../../../src/ui/charts/Dashboard';
import { MAX_CHART_POINTS } from '../../../src/ui/charts/downsample';
import { stubResizeObserver, syntheticRun } from './synthetic';

beforeAll(stubResizeObserver);
afterEach(cleanup);

const SIZE = { width: 400, height: 200 };
const names = { users: 'Users', 'web-1': 'Web 1' };
const panel = (title: string): HTMLElement => screen.getByRole('region', { name: title });

describe('Dashboard', () => {
  it('renders every panel with its title, unit and hint', () => {
    render(<Dashboard points={syntheticRun(10)} nodeNames={names} chartSize={SIZE} />);
    for (const title of ['Throughput & errors', 'Latency', 'Cache & CDN hit ratio', 'Replica lag & stale reads', 'Shard load', 'Queue depth', 'Busiest nodes']) {
      expect(panel(title)).toBeTruthy();
    }
    expect(within(panel('Latency')).getByText('ms')).toBeTruthy();
    expect(within(panel('Latency')).getByRole('button', { name: /What this shows/ })).toBeTruthy();
  });

  it('draws charts where there is data and quiet empty states where the design has none', () => {
    const { container } = render(<Dashboard points={syntheticRun(10)} nodeNames={names} chartSize={SIZE} />);
    expect(within(panel('Cache & CDN hit ratio')).getByText('No cache or CDN in this design.')).toBeTruthy();
    expect(within(panel('Replica lag & stale reads')).getByText('No database replicas in this design.')).toBeTruthy();
    expect(within(panel('Shard load')).getByText('No shard router in this design.')).toBeTruthy();
    // No empty axes: the empty panels hold no chart at all.
    expect(panel('Shard load').querySelector('.sp-chart')).toBeNull();
    expect(panel('Throughput & errors').querySelector('.sp-chart-svg')).not.toBeNull();
    expect(container.querySelectorAll('.sp-chart-svg').length).toBe(4);
    expect(panel('Latency').querySelectorAll('path.sp-line').length).toBe(3);
    expect(within(panel('Latency')).getByText('p99')).toBeTruthy(); // legend
  });

  it('says there is no data yet before a run', () => {
    render(<Dashboard points={[]} nodeNames={names} chartSize={SIZE} />);
    expect(screen.getAllByText('No data yet: start a run.')).toHaveLength(2);
  });

  it('shows the shard skew as text', () => {
    const points = syntheticRun(5, { shardLoad: { r: { 'web-1': 0.5, users: 0.5 } } });
    render(<Dashboard points={points} nodeNames={names} chartSize={SIZE} />);
    expect(within(panel('Shard load')).getByText(/skew 1 \(max\/mean/)).toBeTruthy();
  });

  it('thins a long run to at most MAX_CHART_POINTS points a line, first and newest second kept', () => {
    const vertices = (points: number) => {
      render(<Dashboard points={syntheticRun(points)} nodeNames={names} chartSize={SIZE} />);
      const line = panel('Latency').querySelector('path.sp-line')!.getAttribute('d') ?? '';
      cleanup();
      return line.match(/[ML]-?[\d.]+,-?[\d.]+/g) ?? [];
    };
    const short = vertices(100);
    expect(short).toHaveLength(100);
    const long = vertices(5000);
    expect(long.length).toBeLessThanOrEqual(MAX_CHART_POINTS);
    expect(long.length).toBeGreaterThan(MAX_CHART_POINTS / 2);
    // The thinned line still spans the whole run: it starts and ends where the full one would.
    const xOf = (vertex: string) => Number(/^[ML](-?[\d.]+)/.exec(vertex)![1]);
    expect(xOf(long[0]!)).toBeCloseTo(xOf(short[0]!), 0);
    expect(xOf(long[long.length - 1])).toBeCloseTo(xOf(short[short.length - 1]), 0);
  });

  it('shows the event log, with simulated times, when given events', () => {
    render(<Dashboard points={syntheticRun(100)} nodeNames={names} chartSize={SIZE}
      events={[{ tMs: 61_500, text: 'web-1 killed', level: 'warn' }]} />);
    expect(screen.getByRole('log').textContent).toContain('web-1 killed');
    expect(screen.getByText('1:01.5')).toBeTruthy();
  });
});
