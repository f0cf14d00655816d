import { useEffect, useRef } from 'react';

/** A `<dialog>` shown modally while `open` is true (and closed, if it is open, when it turns false). */
export function useModalDialog(open: boolean) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (open) ref.current?.showModal();
    else if (ref.current?.open) ref.current.close();
  }, [open]);
  return ref;
}
