import { useEffect, useState } from 'react';
import { store, useStore, type StoreState } from '../../store';
import { runLink } from './shareLinks';
import { SharePopover, type CopyState } from './SharePopover';

const selectDesign = (s: StoreState) => s.design;

interface Shared { url: string; copyState: CopyState; design: StoreState['design'] }

/** Builds the link of the current design and run settings, copies it to the clipboard. */
async function shareCurrent(): Promise<Shared> {
  const design = store.getState().design;
  const url = runLink(window.location.href, design, store.getState().run.speed);
  try {
    await navigator.clipboard.writeText(url);
    return { url, copyState: 'copied', design };
  } catch {
    // No permission or no clipboard API: the popover offers the link to copy by hand.
    return { url, copyState: 'refused', design };
  }
}

/**
 * What the toolbar's Share action opens: the link, copied, in a popover. It shows the link of the
 * design as it was when shared; any edit makes that link stale, so the popover closes.
 */
export function SharePanel({ onClose }: { onClose: () => void }) {
  const design = useStore(selectDesign);
  const [shared, setShared] = useState<Shared | null>(null);
  useEffect(() => {
    let live = true;
    void shareCurrent().then((result) => { if (live) setShared(result); });
    return () => { live = false; };
  }, []);
  useEffect(() => { if (shared && shared.design !== design) onClose(); }, [shared, design, onClose]);
  if (!shared || shared.design !== design) return null;
  return <SharePopover key={shared.url} url={shared.url} copyState={shared.copyState} onClose={onClose} />;
}
