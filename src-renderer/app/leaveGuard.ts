// Unsaved changes are never lost without a question: while any editor reports unsaved changes,
// leaving it — another route (a link, Back, a typed address), a reload or closing the window —
// asks first. Route changes are checked in the router before any view sees them.
import { useEffect } from 'react';
import { tr } from './i18n';

/** Each editor with unsaved changes, and the addresses at which it stays open (its own steps). */
const dirtyEditors = new Map<symbol, (hash: string) => boolean>();
/** A route an editor moves to after saving: reaching it needs no question. */
let passTo: string | null = null;

/** The question, in the interface's language at the time it is asked. */
const leaveQuestion = () => tr('common', 'leave.question');

/** Whether a change of route to `hash` may go ahead: nothing unsaved, or the person chose to. */
export function mayLeave(hash: string): boolean {
  const passing = passTo === hash;
  passTo = null;
  const staying = [...dirtyEditors.values()].every((stays) => stays(hash));
  return passing || staying || window.confirm(leaveQuestion());
}

/** The save's confirmation, for the view at the route the editor moved on to. */
let confirmation: { hash: string; text: string; until: number } | null = null;

/**
 * Goes to `hash` without asking: an editor moving on after it saved its changes. `saved`, the
 * confirmation, is kept for the view there (`confirmationFor`), which may be a new one.
 */
export function leaveAfterSave(hash: string, saved?: string): void {
  passTo = hash;
  confirmation = saved === undefined ? null : { hash, text: saved, until: Date.now() + 10_000 };
  window.location.hash = hash;
}

/** The confirmation of a save that just moved to `hash`, if any (read as often as needed). */
export function confirmationFor(hash: string): string | null {
  return confirmation !== null && confirmation.hash === hash && Date.now() < confirmation.until
    ? confirmation.text
    : null;
}

function onBeforeUnload(event: BeforeUnloadEvent): void {
  if (dirtyEditors.size === 0) return;
  event.preventDefault();
  // Older Chromium (and Electron's will-prevent-unload) still look for a return value.
  event.returnValue = leaveQuestion();
}

const nowhere = () => false;

/**
 * Registers an editor whose changes are unsaved while `dirty` is true. `stays` names the
 * addresses at which the editor stays open with its changes (moving between its own steps).
 */
export function useLeaveGuard(dirty: boolean, stays: (hash: string) => boolean = nowhere): void {
  useEffect(() => {
    if (!dirty) return;
    const id = Symbol('editor');
    dirtyEditors.set(id, stays);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      dirtyEditors.delete(id);
      if (dirtyEditors.size === 0) window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [dirty, stays]);
}
