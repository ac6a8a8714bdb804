// Unsaved changes are never lost without a question: while any editor reports unsaved changes,
// leaving it — another route (a link, Back, a typed address), a reload or closing the window —
// asks first. Route changes are checked in the router before any view sees them.
import { useEffect } from 'react';

const dirtyEditors = new Set<symbol>();
/** A route an editor moves to after saving: reaching it needs no question. */
let passTo: string | null = null;

export const LEAVE_QUESTION = 'You have unsaved changes. Leave without saving them?';

/** Whether a change of route to `hash` may go ahead: nothing unsaved, or the person chose to. */
export function mayLeave(hash: string): boolean {
  const passing = passTo === hash;
  passTo = null;
  return passing || dirtyEditors.size === 0 || window.confirm(LEAVE_QUESTION);
}

/** Goes to `hash` without asking: an editor moving on after it saved its changes. */
export function leaveAfterSave(hash: string): void {
  passTo = hash;
  window.location.hash = hash;
}

function onBeforeUnload(event: BeforeUnloadEvent): void {
  if (dirtyEditors.size === 0) return;
  event.preventDefault();
  // Older Chromium (and Electron's will-prevent-unload) still look for a return value.
  event.returnValue = LEAVE_QUESTION;
}

/** Registers an editor whose changes are unsaved while `dirty` is true. */
export function useLeaveGuard(dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return;
    const id = Symbol('editor');
    dirtyEditors.add(id);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      dirtyEditors.delete(id);
      if (dirtyEditors.size === 0) window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [dirty]);
}
