import { useLayoutEffect, type RefObject } from 'react';

/**
 * Shows a <dialog> as modal while the component is mounted, and gives focus back to where it
 * was when it goes, so every modal closes the same way.
 */
export function useModalDialog(ref: RefObject<HTMLDialogElement | null>): void {
  useLayoutEffect(() => {
    const dialog = ref.current;
    const before = document.activeElement;
    dialog?.showModal();
    return () => {
      dialog?.close();
      if (before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, [ref]);
}
