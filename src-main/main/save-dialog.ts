// Electron's save dialogs behind the SaveDialog boundary; the writing lives in services/export-save.
// Electron's dialog and the focused window are passed in, so the tests drive this with fakes.
import type {
  FileFilter,
  OpenDialogOptions,
  OpenDialogReturnValue,
  SaveDialogOptions,
  SaveDialogReturnValue,
} from 'electron';
import { extname } from 'node:path';
import type { Language } from '../contract/parent';
import type { SaveDialog } from '../services/export-save';
import { desktopWords } from './words';

/** The parts of Electron's `dialog` used here, with and without a parent window. */
export interface NativeDialogs<W> {
  showSaveDialog(window: W, options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  showSaveDialog(options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  showOpenDialog(window: W, options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
  showOpenDialog(options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
}

export interface SaveDialogDeps<W> {
  dialog: NativeDialogs<W>;
  /** The window the dialog belongs to (sheet on macOS, modal elsewhere), or null for none. */
  focusedWindow(): W | null;
  /** The interface language the windows last said. */
  language(): Language;
}

/**
 * One filter for the file's own kind, so the system keeps the extension when the person renames
 * the file; none for a kind we have no words for (the name then stays as offered).
 */
function filtersFor(defaultName: string, language: Language): FileFilter[] {
  const extension = extname(defaultName).slice(1).toLowerCase();
  const name = extension ? desktopWords(language).kind(extension) : null;
  return name === null ? [] : [{ name, extensions: [extension] }];
}

export function electronSaveDialog<W>(deps: SaveDialogDeps<W>): SaveDialog {
  return {
    async chooseFile(defaultName) {
      const language = deps.language();
      const options: SaveDialogOptions = {
        title: desktopWords(language).save('title'),
        defaultPath: defaultName,
        filters: filtersFor(defaultName, language),
      };
      const parent = deps.focusedWindow();
      const r = parent
        ? await deps.dialog.showSaveDialog(parent, options)
        : await deps.dialog.showSaveDialog(options);
      return r.canceled || !r.filePath ? null : r.filePath;
    },
    async chooseFolder(fileCount) {
      const words = desktopWords(deps.language());
      const options: OpenDialogOptions = {
        // Only ever asked for two files or more; one file goes through chooseFile.
        title: words.save('folderTitle', { count: fileCount }),
        buttonLabel: words.save('saveHere'),
        properties: ['openDirectory', 'createDirectory'],
      };
      const parent = deps.focusedWindow();
      const r = parent
        ? await deps.dialog.showOpenDialog(parent, options)
        : await deps.dialog.showOpenDialog(options);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
  };
}
