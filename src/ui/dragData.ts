import { isKind, type Kind } from '../model';

/** The drag-and-drop type that carries a component kind from the palette to the canvas. */
const KIND_MIME = 'application/x-scale-playground-kind';

export const setDraggedKind = (transfer: DataTransfer, kind: Kind): void => {
  transfer.setData(KIND_MIME, kind);
  // A plain-text copy too: some browsers drop custom types on the way.
  transfer.setData('text/plain', kind);
  transfer.effectAllowed = 'copy';
};

/** The kind being dropped, if the drag came from our palette. */
export function draggedKind(transfer: DataTransfer): Kind | undefined {
  const value = transfer.getData(KIND_MIME) || transfer.getData('text/plain');
  return isKind(value) ? value : undefined;
}

export const carriesKind = (transfer: DataTransfer): boolean => transfer.types.includes(KIND_MIME);
export const carriesFiles = (transfer: DataTransfer): boolean => transfer.types.includes('Files');
