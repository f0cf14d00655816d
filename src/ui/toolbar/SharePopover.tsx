import { Check, Copy, X } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { embedSnippet } from './shareLinks';

export type CopyState = 'copied' | 'refused';

/**
 * The share link in a small popover. When the clipboard API was refused the link is selected,
 * ready for Ctrl/Cmd+C, and a Copy button tries the older copy command. The toolbar's popover frame
 * closes it on Escape or a click elsewhere.
 */
export function SharePopover({ url, copyState, onClose }: { url: string; copyState: CopyState; onClose: () => void }) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [state, setState] = useState(copyState);

  useEffect(() => { inputRef.current?.select(); }, [url]);

  const copyAgain = async () => {
    inputRef.current?.select();
    try {
      await navigator.clipboard.writeText(url);
      setState('copied');
    } catch {
      // The fallback for browsers or pages without clipboard permission.
      setState(document.execCommand('copy') ? 'copied' : 'refused');
    }
  };

  return (
    <div className="popover share-popover" role="dialog" aria-label="Share link" data-testid="share-popover">
      <div className="popover__head">
        <strong>{state === 'copied' ? 'Link copied to the clipboard' : 'Copy this link'}</strong>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close"><X size={16} /></button>
      </div>
      <p className="popover__text">
        {state === 'copied'
          ? 'Anyone who opens it sees this design. Your own copy stays in this browser.'
          : 'The browser did not let us copy it: press Ctrl/⌘+C now, or use the Copy button.'}
      </p>
      <div className="share-popover__row">
        <input ref={inputRef} className="field__input share-popover__url" readOnly value={url} aria-label="Share link" data-testid="share-link" onFocus={(e) => e.target.select()} />
        <button type="button" className="button" onClick={copyAgain} data-testid="share-copy">
          {state === 'copied' ? <Check size={15} aria-hidden="true" /> : <Copy size={15} aria-hidden="true" />} Copy
        </button>
      </div>
      <p className="popover__note">{url.length.toLocaleString('en-US')} characters · holds the design, its seed, its faults and the speed</p>
      <label className="share-popover__embed">
        <span>Embed in a page or slides (read-only):</span>
        <textarea className="field__input" readOnly rows={3} value={embedSnippet(url)} onFocus={(e) => e.target.select()} data-testid="share-embed" />
      </label>
    </div>
  );
}
