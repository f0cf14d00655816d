// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EventLog, formatSimTime } from '../../../src/ui/charts/EventLog';

afterEach(cleanup);

describe('EventLog', () => {
  it('lists events oldest first in a polite live log', () => {
    render(<EventLog events={[
      { tMs: 1000, text: 'run started' },
      { tMs: 12_300, text: 'db-primary killed', level: 'error' },
      { tMs: 20_000, text: 'replica promoted', level: 'warn' },
    ]} />);
    const log = screen.getByRole('log');
    expect(log.getAttribute('aria-live')).toBe('polite');
    const items = log.querySelectorAll('li');
    expect([...items].map((li) => li.textContent)).toEqual([
      '0:01.0•run started',
      '0:12.3✖error: db-primary killed',
      '0:20.0⚠warn: replica promoted',
    ]);
  });

  it('keeps only the newest events and follows the bottom', () => {
    const events = Array.from({ length: 50 }, (_, i) => ({ tMs: i * 1000, text: `event ${i}` }));
    const { rerender } = render(<EventLog events={events.slice(0, 40)} maxShown={10} />);
    const log = screen.getByRole('log');
    Object.defineProperty(log, 'scrollHeight', { configurable: true, value: 500 });
    rerender(<EventLog events={events} maxShown={10} />);
    expect(log.querySelectorAll('li')).toHaveLength(10);
    expect(log.lastElementChild?.textContent).toContain('event 49');
    expect(log.scrollTop).toBe(500);
  });

  it('has a quiet empty state', () => {
    render(<EventLog events={[]} />);
    expect(screen.getByText(/No events yet/)).toBeTruthy();
  });

  it('formats simulated time', () => {
    expect([0, 999, 61_500, 3_600_000 + 62_000].map(formatSimTime)).toEqual(['0:00.0', '0:00.9', '1:01.5', '1:01:02.0']);
  });
});
