import { useEffect, useRef, useState } from 'react';
import { useStore, type StoreState } from '../../store';
import { formatSimClock } from './liveFormat';

const selectEvents = (s: StoreState) => s.series.events;
const selectStatus = (s: StoreState) => s.run.status;
/** Screen readers get at most one announcement per this many real ms, or a fast run would drown them. */
const MIN_GAP_MS = 2000;

/**
 * A visually hidden live region: what happens in the run (a kill, a failover, the run ending),
 * read out to screen-reader users without moving their focus.
 */
export function RunAnnouncer() {
  const events = useStore(selectEvents);
  const status = useStore(selectStatus);
  const [message, setMessage] = useState('');
  const lastAt = useRef(0);
  const seen = useRef(0);

  useEffect(() => {
    if (events.length < seen.current) seen.current = 0; // a new run
    if (events.length === seen.current) return;
    const fresh = events.slice(seen.current);
    seen.current = events.length;
    const now = performance.now();
    if (now - lastAt.current < MIN_GAP_MS && fresh.length < 2) return;
    lastAt.current = now;
    const newest = fresh[fresh.length - 1];
    const more = fresh.length > 1 ? ` (and ${fresh.length - 1} more)` : '';
    setMessage(`${formatSimClock(newest.tMs)}: ${newest.text}${more}`);
  }, [events]);

  useEffect(() => {
    if (status === 'done') setMessage('The run has finished.');
    if (status === 'error') setMessage('The simulation stopped with an error.');
  }, [status]);

  return <div className="visually-hidden" role="status" aria-live="polite" data-testid="run-announcer">{message}</div>;
}
