// Help → LactaSim guide: the README shipped beside the app, opened in the system's viewer. A system
// with no app for .md files (common on Windows) makes openPath fail with a reason; then a native
// message says where the guide is, the reason, and offers to show the file in its folder, instead
// of the menu item doing nothing.
import type { MessageBoxOptions } from 'electron';
import type { DesktopWords } from './words';

/** The parts of Electron's shell used here (fakes in the unit tests). */
export interface GuideShell {
  /** Resolves with '' when opened, otherwise with the system's reason. */
  openPath(path: string): Promise<string>;
  showItemInFolder(path: string): void;
}

export interface GuideDialog {
  showMessageBox(options: MessageBoxOptions): Promise<{ response: number }>;
}

/** The message shown when the guide could not be opened; button 0 shows the file. */
export function guideFailedOptions(
  path: string,
  reason: string,
  words: DesktopWords,
): MessageBoxOptions {
  return {
    type: 'info',
    message: words.guide('notOpened'),
    detail: `${words.guide('where', { path })}\n\n${words.guide('reason', { reason })}`,
    buttons: [words.guide('show'), words.guide('close')],
    defaultId: 0,
    cancelId: 1,
  };
}

export async function openGuide(
  path: string,
  words: DesktopWords,
  shell: GuideShell,
  dialog: GuideDialog,
): Promise<void> {
  const reason = await shell.openPath(path);
  if (reason === '') return;
  const { response } = await dialog.showMessageBox(guideFailedOptions(path, reason, words));
  if (response === 0) shell.showItemInFolder(path);
}
