// Binds the key table (keys.ts) of one scope to the document: a key the focused control does not
// need for itself gives its command to `handle`. Bound once; `handle` is always the latest.
import { useEffect, useLayoutEffect, useRef } from 'react';
import { commandFor, keyBelongsToTarget, type KeyCommand, type KeyScope } from './keys';

/** `handle` returns false for a command it did not act on, so the key keeps its default. */
export type KeyHandler = (command: KeyCommand, key: string) => boolean | void;

/**
 * `claims`: keys this view takes even from a focused control that would otherwise keep them
 * (a presentation's Enter after a typed beat number goes to that beat, not to the button).
 */
export function useKeyTable(
  scope: KeyScope,
  handle: KeyHandler,
  claims: (key: string) => boolean = () => false,
): void {
  const handleRef = useRef(handle);
  const claimsRef = useRef(claims);
  useLayoutEffect(() => {
    handleRef.current = handle;
    claimsRef.current = claims;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target instanceof HTMLElement ? e.target : null;
      if (keyBelongsToTarget(target, e.key) && !claimsRef.current(e.key)) return;
      const command = commandFor(scope, e.key);
      if (command === null || handleRef.current(command, e.key) === false) return;
      // Also keeps a focused button from answering Space: the key has been used.
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [scope]);
}
