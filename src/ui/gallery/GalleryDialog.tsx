import { X } from 'lucide-react';
import { useModalDialog } from '../common/useModalDialog';
import { GALLERY, GALLERY_GROUPS, THREE_WAYS_RUN_S, type GalleryEntry } from '../../gallery';
import { store } from '../../store';
import { formatMs } from '../run/liveFormat';
import { formatMonthlyUsd, formatUsd } from '../run/moneyFormat';
import { DesignThumbnail } from './DesignThumbnail';
import { useSetFigures, type SetFigures } from './useSetFigures';
import './gallery.css';

/** Opens an entry: an undoable replacement of the canvas, said in a toast. */
function openEntry(entry: GalleryEntry): void {
  const s = store.getState();
  s.resetRun();
  // A banner about the previous design ("opened a shared design…") no longer describes the canvas.
  s.dismissBanner();
  // What was on the canvas is kept in My designs first.
  void s.replaceCanvas(entry.design, { reason: 'gallery', undoable: true });
  s.showToast(`Opened “${entry.title}”. Undo brings your previous design back; My designs keeps it too.`, 'success');
}

/** A "three ways" card's cost and p99, as the engine measured them. */
function CardFigures({ id, figures }: { id: string; figures: SetFigures }) {
  const testId = `gallery-figures-${id}`;
  if (figures.status === 'measuring') return <em className="gallery__figures" data-testid={testId}>Measuring cost and p99…</em>;
  if (figures.status === 'failed') return <em className="gallery__figures" data-testid={testId}>Not measured: {figures.error}</em>;
  const r = figures.byId[id];
  return (
    <em className="gallery__figures" data-testid={testId}>
      <b data-testid={`${testId}-monthly`}>{formatMonthlyUsd(r.cost.monthlyUsd)}</b> · {formatUsd(r.cost.perMillionRequestsUsd)} per 1M requests · p99 <b data-testid={`${testId}-p99`}>{formatMs(r.summary.latencyMs.p99)}</b>
    </em>
  );
}

const SET_INTRO = `The same 1,000 requests a second (a heavy page: 60 ms of CPU each), built three ways. The figures are the engine’s: each design run for ${THREE_WAYS_RUN_S} s with the same seed. Open one, then Compare it with another, in dollars and milliseconds.`;

/**
 * The gallery: ready designs to open, each with a picture and a line on what it shows. Shown while
 * mounted (the toolbar's Gallery action mounts it); `onClose` unmounts it.
 */
export function GalleryDialog({ onClose }: { onClose: () => void }) {
  const dialog = useModalDialog(true);
  const figures = useSetFigures();
  return (
    <dialog ref={dialog} className="gallery" aria-label="Gallery of designs" onClose={onClose} data-testid="gallery">
      <header className="gallery__head">
        <h2>Gallery</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close the gallery"><X size={18} /></button>
      </header>
      {GALLERY_GROUPS.map((group) => (
        <section key={group} aria-label={group}>
          <h3 className="gallery__group">{group}</h3>
          {group === 'Same load, three ways' && <p className="gallery__intro">{SET_INTRO}</p>}
          <ul className="gallery__grid">
            {GALLERY.filter((e) => e.group === group).map((entry) => (
              <li key={entry.id}>
                <button type="button" className="gallery__card" onClick={() => { openEntry(entry); onClose(); }} data-testid={`gallery-${entry.id}`}>
                  <DesignThumbnail design={entry.design} />
                  <strong>{entry.title}</strong>
                  <span>{entry.description}</span>
                  {entry.group === 'Same load, three ways' && <CardFigures id={entry.id} figures={figures} />}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </dialog>
  );
}
