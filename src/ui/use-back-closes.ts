import { useLayoutEffect, useState } from 'react';

/**
 * Open/closed state for a dialog that the browser's back button (a phone's back gesture) closes,
 * as it would close a page: opening adds a history entry with the same address, closing goes
 * back over it. Without it, back would close the panel behind the dialog and leave it open.
 */
export function useBackCloses(): { open: boolean; show: () => void; close: () => void } {
  const [open, setOpen] = useState(false);
  // A layout effect: listening from the moment the dialog is drawn, not a frame later.
  useLayoutEffect(() => {
    if (!open) return;
    const onPopState = () => setOpen(false);
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [open]);
  return {
    open,
    show: () => {
      window.history.pushState(window.history.state, '', window.location.href);
      setOpen(true);
    },
    close: () => window.history.back(),
  };
}
