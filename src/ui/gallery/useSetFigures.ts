/**
 * The figures on the "same load, three ways" cards: the three designs run once through the
 * Compare worker (same seed, THREE_WAYS_RUN_S each), kept for the session so reopening the
 * gallery costs nothing. A run that fails says why on the cards, and the next opening tries again.
 */
import { useEffect, useState } from 'react';
import { GALLERY, THREE_WAYS_RUN_S, type GalleryEntry } from '../../gallery';
import { runComparison, type CompareResult } from '../../store/compareRunner';

export type SetFigures = { status: 'measuring' } | { status: 'ready'; byId: Record<string, CompareResult> } | { status: 'failed'; error: string };

const THREE_WAYS: readonly GalleryEntry[] = GALLERY.filter((e) => e.group === 'Same load, three ways');

let measured: Promise<Record<string, CompareResult>> | null = null;

function measure(): Promise<Record<string, CompareResult>> {
  measured ??= runComparison(THREE_WAYS.map((e) => e.design), THREE_WAYS[0].design.sim.seed, THREE_WAYS_RUN_S)
    .then((results) => Object.fromEntries(THREE_WAYS.map((e, i) => [e.id, results[i]])))
    .catch((err: unknown) => { measured = null; throw err; });
  return measured;
}

/** The set's figures, measuring them on first use. */
export function useSetFigures(): SetFigures {
  const [figures, setFigures] = useState<SetFigures>({ status: 'measuring' });
  useEffect(() => {
    let live = true;
    measure().then(
      (byId) => { if (live) setFigures({ status: 'ready', byId }); },
      (err: unknown) => { if (live) setFigures({ status: 'failed', error: err instanceof Error ? err.message : String(err) }); },
    );
    return () => { live = false; };
  }, []);
  return figures;
}
