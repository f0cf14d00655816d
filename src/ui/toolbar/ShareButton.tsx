import { Share2 } from 'lucide-react';
import { useCallback, useState } from 'react';
import { store, useStore, type StoreState } from '../../store';
import { runLink } from './shareLinks';
import { SharePopover, type CopyState } from './SharePopover';

const selectDesign = (s: StoreState) => s.design;

/** Builds the link of the current design and run settings, copies it, and shows it in a popover. */
export function ShareButton() {
  const design = useStore(selectDesign);
  const [shared, setShared] = useState<{ url: string; copyState: CopyState; design: StoreState['design'] } | null>(null);
  // The popover shows the link of the design as it was when shared; any edit makes it stale, so it closes.
  const open = shared !== null && shared.design === design;
  const close = useCallback(() => setShared(null), []);

  const share = async () => {
    const current = store.getState().design;
    const url = runLink(window.location.href, current, store.getState().run.speed);
    let copyState: CopyState = 'refused';
    try {
      await navigator.clipboard.writeText(url);
      copyState = 'copied';
    } catch {
      // No permission or no clipboard API: the popover offers the link to copy by hand.
    }
    setShared({ url, copyState, design: current });
  };

  return (
    <div className="share">
      <button type="button" className="button button--primary" onClick={share} data-testid="toolbar-share" aria-haspopup="dialog" aria-expanded={open}>
        <Share2 size={16} aria-hidden="true" /> Share
      </button>
      {open && <SharePopover key={shared.url} url={shared.url} copyState={shared.copyState} onClose={close} />}
    </div>
  );
}
