// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TimeChart } from '../../../src/ui/charts/TimeChart';
import type { PanelData } from '../../../src/ui/charts/panelTypes';

afterEach(cleanup);

const data: PanelData = {
  rows: Array.from({ length: 11 }, (_, i) => ({ tS: i, s0: i * 10, s1: i === 5 ? null : 100 - i })),
  series: [
    { key: 's0', name: 'throughput', color: '#0072B2', dash: '', axis: 'left' },
    { key: 's1', name: 'errors', color: '#D55E00', dash: '4 4', axis: 'right' },
  ],
};
const SIZE = { width: 400, height: 200 };

describe('TimeChart', () => {
  it('does not repeat a unit the series name already gives', () => {
    const named: PanelData = { rows: data.rows, series: [{ ...data.series[0], name: 'throughput (rps)' }] };
    const { container } = render(<TimeChart data={named} unit="rps" size={SIZE} />);
    const svg = container.querySelector('svg.sp-chart-svg')!;
    svg.getBoundingClientRect = () => ({ left: 0, top: 0, width: 400, height: 200, right: 400, bottom: 200, x: 0, y: 0, toJSON: () => ({}) });
    fireEvent.pointerMove(svg, { clientX: 204, clientY: 50 });
    expect(screen.getByRole('status').textContent).toContain('throughput (rps): 50');
    expect(screen.getByRole('status').textContent).not.toContain('50 rps');
  });

  it('draws one path per series, a gap where a value is missing, axes on both sides and a legend', () => {
    const { container } = render(<TimeChart data={data} unit="rps" rightUnit="%" size={SIZE} />);
    const paths = container.querySelectorAll('path.sp-line');
    expect(paths).toHaveLength(2);
    expect((paths[1].getAttribute('d')!.match(/M/g) ?? []).length).toBe(2);
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe('throughput, errors over simulated time, in rps and %');
    expect(screen.getByRole('list', { name: 'Legend' }).textContent).toBe('throughputerrors');
    expect(screen.getByText('10s')).toBeTruthy(); // x tick
  });

  it('hovering shows the moment’s values; charts with one sync id show it together', () => {
    const { container } = render(<><TimeChart data={data} unit="rps" rightUnit="%" size={SIZE} syncId="t" /><TimeChart data={data} unit="rps" size={SIZE} syncId="t" /></>);
    const svgs = container.querySelectorAll('svg.sp-chart-svg');
    svgs[0].getBoundingClientRect = () => ({ left: 0, top: 0, width: 400, height: 200, right: 400, bottom: 200, x: 0, y: 0, toJSON: () => ({}) });
    // Plot spans x 52..356 for 0..10 s: x = 52 + 30.4 × 5 is second 5, where errors has a gap.
    fireEvent.pointerMove(svgs[0], { clientX: 204, clientY: 50 });
    const tips = screen.getAllByRole('status');
    expect(tips).toHaveLength(2);
    expect(tips[0].textContent).toContain('t = 5 s');
    expect(tips[0].textContent).toContain('throughput: 50 rps');
    expect(tips[0].textContent).toContain('errors: –');
    fireEvent.pointerLeave(svgs[0]);
    expect(screen.queryAllByRole('status')).toHaveLength(0);
  });
});
