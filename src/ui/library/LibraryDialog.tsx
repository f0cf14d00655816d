import { X } from 'lucide-react';
import { useState } from 'react';
import { useModalDialog } from '../common/useModalDialog';
import { DesignThumbnail } from '../gallery/DesignThumbnail';
import { formatWhen, store, useStore, type LibraryEntry, type StoreState } from '../../store';
import { searchEntries } from '../../store/library/browse';
import '../gallery/gallery.css';
import './library.css';

const selectEntries = (s: StoreState) => s.library.entries;
const selectError = (s: StoreState) => s.library.error;
const selectCurrentId = (s: StoreState) => s.library.currentId;

const close = () => store.getState().setLibraryOpen(false);

/**
 * "My designs": every design kept in this browser, to open, rename, copy or delete. Mounted while
 * the store says it is open (the toolbar's action and the banner's "Restore it" open it).
 */
export function LibraryDialog() {
  const dialog = useModalDialog(true);
  return (
    <dialog ref={dialog} className="gallery library" aria-label="My designs" onClose={close} data-testid="library">
      <LibraryList />
    </dialog>
  );
}

function LibraryList() {
  const entries = useStore(selectEntries);
  const error = useStore(selectError);
  const currentId = useStore(selectCurrentId);
  const [query, setQuery] = useState('');
  const shown = entries ? searchEntries(entries, query) : [];
  return (
    <>
      <header className="gallery__head">
        <h2>My designs</h2>
        <input type="search" className="library__search" placeholder="Search by name or date" aria-label="Search my designs" value={query} onChange={(e) => setQuery(e.target.value)} data-testid="library-search" />
        <button type="button" className="icon-button" onClick={close} aria-label="Close My designs"><X size={18} /></button>
      </header>
      <p className="library__intro">Kept in this browser only. Whatever replaces the canvas (a link, a file, a stage, a gallery design) first keeps what was there here. Export a design to keep it elsewhere.</p>
      {error && <p className="library__error" role="alert" data-testid="library-error">{error}</p>}
      {entries === null && !error && <p className="library__empty">Reading…</p>}
      {entries !== null && shown.length === 0 && (
        <p className="library__empty" data-testid="library-empty">{entries.length === 0 ? 'Nothing is kept yet: your design is added here as soon as it has a component.' : `No design matches “${query}”.`}</p>
      )}
      <ul className="gallery__grid" data-testid="library-list">
        {shown.map((entry) => <LibraryCard key={entry.id} entry={entry} isOpen={entry.id === currentId} />)}
      </ul>
    </>
  );
}

function LibraryCard({ entry, isOpen }: { entry: LibraryEntry; isOpen: boolean }) {
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(entry.name);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const s = store.getState();
  const open = async () => {
    if (await s.openSavedDesign(entry.id)) {
      close();
      s.showToast(`Opened “${entry.name}” from My designs. Undo brings back what was here.`, 'success');
    }
  };
  const rename = async () => {
    setRenaming(false);
    if (name.trim() && name !== entry.name) await s.renameSavedDesign(entry.id, name);
  };
  return (
    <li className="library__card" data-testid="library-entry" data-entry-id={entry.id} aria-current={isOpen ? 'true' : undefined}>
      {entry.design && entry.design.nodes.length > 0
        ? <DesignThumbnail design={entry.design} />
        : <div className="design-thumbnail library__blank">{entry.design ? 'Empty' : 'Unreadable'}</div>}
      {renaming ? (
        <form onSubmit={(e) => { e.preventDefault(); void rename(); }}>
          <input className="library__rename" value={name} onChange={(e) => setName(e.target.value)} onBlur={() => void rename()} aria-label="New name" autoFocus data-testid="library-rename-input" />
        </form>
      ) : (
        <strong data-testid="library-title">{entry.title}</strong>
      )}
      <span className="library__meta">
        {isOpen ? 'Open on the canvas · ' : ''}saved {formatWhen(entry.updatedAt)}
        {entry.design ? ` · ${entry.design.nodes.length} component${entry.design.nodes.length === 1 ? '' : 's'}` : ''}
      </span>
      {entry.errors.length > 0 && <span className="library__error">{entry.errors[0]}</span>}
      <div className="library__actions">
        <button type="button" className="button button--small" onClick={() => void open()} disabled={isOpen || !entry.design} data-testid="library-open">Open</button>
        <button type="button" className="button button--small" onClick={() => { setName(entry.name); setRenaming(true); }} disabled={!entry.design} data-testid="library-rename">Rename</button>
        <button type="button" className="button button--small" onClick={() => void s.duplicateSavedDesign(entry.id)} disabled={!entry.design} data-testid="library-duplicate">Duplicate</button>
        {confirmDelete
          ? <button type="button" className="button button--small library__danger" onClick={() => void s.deleteSavedDesign(entry.id)} onBlur={() => setConfirmDelete(false)} autoFocus data-testid="library-delete-confirm">Delete for good</button>
          : <button type="button" className="button button--small" onClick={() => setConfirmDelete(true)} disabled={isOpen} title={isOpen ? 'Open on the canvas: open another design before deleting this one' : undefined} data-testid="library-delete">Delete</button>}
      </div>
    </li>
  );
}
