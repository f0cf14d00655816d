// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CausesPanel } from '../../../src/ui/charts/CausesPanel';
import Dashboard from '../../../src/ui/charts/Dashboard';
import { stubResizeObserver, syntheticRun } from './synthetic';

beforeAll(stubResizeObserver);
afterEach(cleanup);

const panel = (): HTMLElement => screen.getByRole('region', { name: 'Failure causes' });

describe('Failure causes panel', () => {
  it('tables each cause in plain words with its count and share, most first', () => {
    render(<CausesPanel errorsByCause={{ lost: 1200, partitioned: 2400, rateLimited: 400 }} />);
    const table = within(panel()).getByRole('table', { name: '4,000 failed requests, by cause' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'timed out in a partition', 'lost (loss fault)', 'refused by the rate limiter (429)',
    ]);
    expect(rows.map((r) => within(r).getAllByRole('cell').map((c) => c.textContent))).toEqual([
      ['2,400', '60%'], ['1,200', '30%'], ['400', '10%'],
    ]);
    expect(within(table).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['Cause', 'Requests', 'Share']);
  });

  it('says so quietly while nothing has failed', () => {
    const { rerender } = render(<CausesPanel errorsByCause={null} />);
    expect(within(panel()).getByText('No request has failed in this run.')).toBeTruthy();
    rerender(<CausesPanel errorsByCause={{}} />);
    expect(within(panel()).queryByRole('table')).toBeNull();
    expect(within(panel()).getByRole('button', { name: /What this shows/ })).toBeTruthy();
  });

  it('sits in the dashboard after the throughput and latency charts when the summary is given', () => {
    const { container, rerender } = render(<Dashboard points={syntheticRun(5)} nodeNames={{}} chartSize={{ width: 400, height: 200 }} errorsByCause={{ nodeDown: 3 }} />);
    const ids = [...container.querySelectorAll('[data-panel]')].map((p) => p.getAttribute('data-panel'));
    expect(ids.slice(0, 3)).toEqual(['throughput', 'latency', 'causes']);
    expect(within(panel()).getByRole('rowheader').textContent).toBe('node down');
    rerender(<Dashboard points={syntheticRun(5)} nodeNames={{}} chartSize={{ width: 400, height: 200 }} />);
    expect(container.querySelector('[data-panel="causes"]')).toBeNull();
  });
});
