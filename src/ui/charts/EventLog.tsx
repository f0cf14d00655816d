import { memo, useLayoutEffect, useRef } from 'react';
import type { EngineEvent } from '../../engine/api';
import './charts.css';

/** Simulated time as m:ss.s (h:mm:ss.s past an hour), the way a run's clock reads. */
export function formatSimTime(tMs: number): string {
  const tenths = Math.max(0, Math.floor(tMs / 100));
  const seconds = ((tenths % 600) / 10).toFixed(1).padStart(4, '0');
  const minutes = Math.floor(tenths / 600) % 60;
  const hours = Math.floor(tenths / 36_000);
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

const LEVEL_MARK: Record<NonNullable<EngineEvent['level']>, string> = { info: '•', warn: '⚠', error: '✖' };

export interface EventLogProps {
  /** Every event of the run so far, oldest first (the store only appends). */
  events: readonly EngineEvent[];
  /** Most recent events shown; older ones scroll out of the DOM (default 200). */
  maxShown?: number;
  title?: string;
}

/** The run's events in simulated time, newest at the bottom; follows new events unless the reader scrolled up. */
export const EventLog = memo(function EventLog({ events, maxShown = 200, title = 'Events' }: EventLogProps) {
  const listRef = useRef<HTMLOListElement>(null);
  const followRef = useRef(true);
  const firstShown = Math.max(0, events.length - maxShown);
  const shown = events.slice(firstShown);

  useLayoutEffect(() => {
    const list = listRef.current;
    if (list && followRef.current) list.scrollTop = list.scrollHeight;
  }, [events.length]);

  const onScroll = (): void => {
    const list = listRef.current;
    // Within a line of the bottom counts as "following"; further up, the reader is looking back.
    if (list) followRef.current = list.scrollHeight - list.scrollTop - list.clientHeight < 24;
  };

  return (
    <section className="sp-event-log" aria-label={title}>
      <h3 className="sp-chart-title">{title}</h3>
      {shown.length === 0 ? (
        <p className="sp-chart-empty">No events yet: kills, restores, failovers and alerts appear here.</p>
      ) : (
        <ol ref={listRef} role="log" aria-live="polite" aria-label={`${title}, newest last`} className="sp-event-list" onScroll={onScroll}>
          {shown.map((event, i) => {
            const level = event.level ?? 'info';
            return (
              // The store only appends, so an event's index in the whole run is a stable key.
              <li key={firstShown + i} className={`sp-event sp-event-${level}`}>
                <time className="sp-event-time">{formatSimTime(event.tMs)}</time>
                <span className="sp-event-mark" aria-hidden="true">{LEVEL_MARK[level]}</span>
                <span className="sp-event-text">{level === 'info' ? event.text : `${level}: ${event.text}`}</span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
});
