// The question asked when a window with unsaved changes is about to close or reload (Electron
// shows none of its own), in the language the window's interface is in: the renderer says which
// (LANGUAGE_CHANNEL), and the words come from the same catalogs as the in-app question.
import type { MessageBoxSyncOptions } from 'electron';
import type { Language } from '../contract/parent';
import { CLINICIAN_CATALOGS, type Messages } from '../labels/catalogs';

/** The dialog's options; the first button (index 0) leaves, Esc and Enter stay. */
export function leaveDialogOptions(language: Language): MessageBoxSyncOptions {
  const words = CLINICIAN_CATALOGS[language].common.leave as Messages;
  const word = (key: 'question' | 'leave' | 'stay') => String(words[key]);
  return {
    type: 'question',
    buttons: [word('leave'), word('stay')],
    defaultId: 1,
    cancelId: 1,
    message: word('question'),
  };
}
