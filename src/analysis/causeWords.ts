/**
 * Why a request failed, in plain words: the one table the dashboard's Failure causes panel, the
 * stages' diagnosis and the Traces panel read, so a cause is named the same way everywhere.
 * Keyed by every `ErrorCause`, so a new cause cannot be left without words.
 */
import type { ErrorCause } from '../engine/api';

export interface CauseWords {
  /** A short label for a list: "lost (loss fault)". */
  label: string;
  /** After "all of them" or "most of them (n)": "were dropped by a lossy component". */
  clause: string;
  /** After "Failed at db …:" in a trace: "the network lost it". */
  reason: string;
}

export const CAUSE_WORDS: Record<ErrorCause, CauseWords> = {
  queueFull: { label: 'queue full', clause: 'were refused because a queue was full', reason: 'its queue was full' },
  timeout: { label: 'timed out waiting in a queue', clause: 'timed out waiting in a queue', reason: 'it timed out (the caller gave up)' },
  nodeDown: { label: 'node down', clause: 'reached a component that was down', reason: 'the node was down' },
  noRoute: { label: 'no working route', clause: 'found no working path to a component that could answer', reason: 'there was no route onward' },
  sessionLost: { label: 'session lost', clause: 'lost their session', reason: 'the session was lost' },
  lost: { label: 'lost (loss fault)', clause: 'were dropped by a lossy component', reason: 'the network lost it' },
  partitioned: { label: 'timed out in a partition', clause: 'were sent across a partition between data centers and never answered', reason: 'a partition cut it off' },
  rateLimited: { label: 'refused by the rate limiter (429)', clause: 'were refused by a rate limit (429)', reason: 'a rate limit refused it (429)' },
  breakerOpen: { label: 'failed fast by an open breaker', clause: 'were failed fast by an open circuit breaker', reason: 'a circuit breaker was open' },
  badVersion: { label: 'bad version (deploy)', clause: 'were failed by a bad new version of a service', reason: 'a bad new version failed it' },
};

/** The words for a cause; a name this build does not know (an old or foreign summary) reads as itself. */
export function causeWords(cause: string): CauseWords {
  return Object.hasOwn(CAUSE_WORDS, cause) ? CAUSE_WORDS[cause as ErrorCause] : { label: cause, clause: cause, reason: cause };
}

export interface CauseRow {
  cause: string;
  label: string;
  count: number;
  /** Share of the failed requests, 0–1. */
  share: number;
}

/** One row per cause that failed a request, most first (ties by label), with its share of all the failures. */
export function causeRows(errorsByCause: Readonly<Record<string, number | undefined>>): CauseRow[] {
  const counted = Object.entries(errorsByCause)
    .filter((e): e is [string, number] => typeof e[1] === 'number' && Number.isFinite(e[1]) && e[1] > 0);
  const total = counted.reduce((sum, [, n]) => sum + n, 0);
  return counted
    .map(([cause, count]) => ({ cause, label: causeWords(cause).label, count, share: count / total }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}
