import { useRef, type PointerEvent as ReactPointerEvent, type ReactNode } from 'react';
import { DASHBOARD_SHARE_MAX, DASHBOARD_SHARE_MIN } from '../../store';
import { shareAfterKey } from './splitKeys';

interface Props {
  /** The canvas: it takes what the second pane leaves. */
  first: ReactNode;
  /** The dashboard or a sheet; null gives the first pane the whole column, bar `after`. */
  second: ReactNode | null;
  /** Without a second pane: what sits after the first at its own size (the dashboard's one line). */
  after?: ReactNode;
  /** The second pane's share of the split's length, 0 to 1. */
  share: number;
  onShare: (share: number) => void;
  /** Side by side (the dashboard right of the canvas) instead of one above the other. */
  beside?: boolean;
  label: string;
  testId?: string;
}

const percent = (share: number) => Math.round(share * 100);

/**
 * Two panes and a separator between them that a pointer drags and the keyboard moves (arrows,
 * Page Up/Down, Home/End), as the ARIA window-splitter pattern describes.
 */
export function Split({ first, second, after, share, onShare, beside = false, label, testId }: Props) {
  const boxRef = useRef<HTMLDivElement>(null);
  const shareAt = (event: ReactPointerEvent) => {
    const box = boxRef.current!.getBoundingClientRect();
    const fromEnd = beside ? box.right - event.clientX : box.bottom - event.clientY;
    return Math.min(DASHBOARD_SHARE_MAX, Math.max(DASHBOARD_SHARE_MIN, fromEnd / (beside ? box.width : box.height)));
  };
  return (
    <div ref={boxRef} className={`split${beside ? ' split--beside' : ''}`}>
      {/* Always the first child: the canvas must not remount when the split appears. */}
      <div className="split__first">{first}</div>
      {second === null ? after : (
        <>
          <div
            className="split__separator"
            role="separator"
            tabIndex={0}
            aria-label={label}
            aria-orientation={beside ? 'vertical' : 'horizontal'}
            aria-valuemin={percent(1 - DASHBOARD_SHARE_MAX)}
            aria-valuemax={percent(1 - DASHBOARD_SHARE_MIN)}
            aria-valuenow={percent(1 - share)}
            aria-valuetext={`canvas ${percent(1 - share)}%`}
            data-testid={testId}
            onKeyDown={(event) => {
              const next = shareAfterKey(event.key, share, beside, DASHBOARD_SHARE_MIN, DASHBOARD_SHARE_MAX);
              if (next === null) return;
              event.preventDefault();
              onShare(next);
            }}
            onPointerDown={(event) => {
              event.currentTarget.setPointerCapture(event.pointerId);
              event.preventDefault();
            }}
            onPointerMove={(event) => {
              if (event.currentTarget.hasPointerCapture(event.pointerId)) onShare(shareAt(event));
            }}
          />
          <div className="split__second" style={{ flexBasis: `${share * 100}%` }}>{second}</div>
        </>
      )}
    </div>
  );
}
