import { Share2 } from 'lucide-react';
import { useCallback, useState } from 'react';
import { shareUrl } from '../../model';
import { store } from '../../store';
import { SharePopover, type CopyState } from './SharePopover';

/** Builds the `#d=` link of the current design, copies it, and shows it in a popover. */
export function ShareButton() {
  const [shared, setShared] = useState<{ url: string; copyState: CopyState } | null>(null);
  const close = useCallback(() => setShared(null), []);

  const share = async () => {
    const url = shareUrl(window.location.href, store.getState().design);
    let copyState: CopyState = 'refused';
    try {
      await navigator.clipboard.writeText(url);
      copyState = 'copied';
    } catch {
      // No permission or no clipboard API: the popover offers the link to copy by hand.
    }
    setShared({ url, copyState });
  };

  return (
    <div className="share">
      <button type="button" className="button button--primary" onClick={share} data-testid="toolbar-share" aria-haspopup="dialog" aria-expanded={shared !== null}>
        <Share2 size={16} aria-hidden="true" /> Share
      </button>
      {shared && <SharePopover key={shared.url} url={shared.url} copyState={shared.copyState} onClose={close} />}
    </div>
  );
}
