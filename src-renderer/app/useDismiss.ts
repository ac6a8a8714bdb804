import { useCallback, useLayoutEffect, useRef, type KeyboardEvent, type RefObject } from 'react';

/** What `useDismiss` gives a pop-up. */
export interface Dismiss<T extends HTMLElement> {
  /** The control that opened the pop-up: a `ref` on a fixed button, or set by whichever opened it. */
  openerRef: RefObject<T | null>;
  /** True while focus is being given back: a control that opens its pop-up on focus skips that. */
  returningRef: { readonly current: boolean };
  /** Hides the pop-up and gives focus back to the opener, at once or as soon as it is shown again. */
  close: () => void;
  /** For the element around the pop-up: Escape closes it, unless something inside took the key. */
  onKeyDown: (e: KeyboardEvent) => void;
}

/**
 * The one way a pop-up (a glossary card, a small form under its button) closes: by its own button
 * or Escape, with focus going back to what opened it, since focus left on a control that has gone
 * falls to the page's body (WCAG 2.4.3). `hide` need not be stable.
 */
export function useDismiss<T extends HTMLElement = HTMLElement>(hide: () => void): Dismiss<T> {
  const opener = useRef<T | null>(null);
  const returning = useRef(false);
  const pending = useRef(false);
  const hideRef = useRef(hide);
  useLayoutEffect(() => {
    hideRef.current = hide;
  });
  const giveBack = useCallback(() => {
    const el = opener.current;
    if (!el?.isConnected) return false;
    pending.current = false;
    if (el === document.activeElement) return true;
    returning.current = true;
    el.focus();
    returning.current = false;
    return true;
  }, []);
  // An opener that the pop-up stood in for comes back with the render after `hide`.
  useLayoutEffect(() => {
    if (pending.current) giveBack();
  });
  const close = useCallback(() => {
    hideRef.current();
    pending.current = !giveBack();
  }, [giveBack]);
  const onKeyDown = useCallback(
    (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      e.preventDefault();
      close();
    },
    [close],
  );
  return { openerRef: opener, returningRef: returning, close, onKeyDown };
}
