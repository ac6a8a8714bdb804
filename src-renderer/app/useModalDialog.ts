import { useLayoutEffect, type RefObject } from 'react';

/**
 * Shows a <dialog> as modal while the component is mounted, and gives focus back to where it
 * was when it goes, so every modal closes the same way. Focus starts on `initialFocus` when
 * given (a question whose first button is the drastic one), else on the dialog's first control.
 */
export function useModalDialog(
  ref: RefObject<HTMLDialogElement | null>,
  initialFocus?: RefObject<HTMLElement | null>,
): void {
  useLayoutEffect(() => {
    const dialog = ref.current;
    const before = document.activeElement;
    dialog?.showModal();
    initialFocus?.current?.focus();
    return () => {
      dialog?.close();
      if (before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, [ref, initialFocus]);
}
