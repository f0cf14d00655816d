import { X } from 'lucide-react';
import { useModalDialog } from '../common/useModalDialog';
import { GALLERY, GALLERY_GROUPS, type GalleryEntry } from '../../gallery';
import { store } from '../../store';
import { DesignThumbnail } from './DesignThumbnail';
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

/**
 * The gallery: ready designs to open, each with a picture and a line on what it shows. Shown while
 * mounted (the toolbar's Gallery action mounts it); `onClose` unmounts it.
 */
export function GalleryDialog({ onClose }: { onClose: () => void }) {
  const dialog = useModalDialog(true);
  return (
    <dialog ref={dialog} className="gallery" aria-label="Gallery of designs" onClose={onClose} data-testid="gallery">
      <header className="gallery__head">
        <h2>Gallery</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close the gallery"><X size={18} /></button>
      </header>
      {GALLERY_GROUPS.map((group) => (
        <section key={group} aria-label={group}>
          <h3 className="gallery__group">{group}</h3>
          <ul className="gallery__grid">
            {GALLERY.filter((e) => e.group === group).map((entry) => (
              <li key={entry.id}>
                <button type="button" className="gallery__card" onClick={() => { openEntry(entry); onClose(); }} data-testid={`gallery-${entry.id}`}>
                  <DesignThumbnail design={entry.design} />
                  <strong>{entry.title}</strong>
                  <span>{entry.description}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </dialog>
  );
}
