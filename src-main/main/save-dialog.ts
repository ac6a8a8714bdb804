// Electron's save dialogs behind the SaveDialog boundary; the writing lives in services/export-save.
import { BrowserWindow, dialog } from 'electron';
import type { SaveDialog } from '../services/export-save';

export const electronSaveDialog: SaveDialog = {
  async chooseFile(defaultName) {
    const parent = BrowserWindow.getFocusedWindow();
    const options = { title: 'Save export', defaultPath: defaultName };
    const r = parent
      ? await dialog.showSaveDialog(parent, options)
      : await dialog.showSaveDialog(options);
    return r.canceled || !r.filePath ? null : r.filePath;
  },
  async chooseFolder(fileCount) {
    const parent = BrowserWindow.getFocusedWindow();
    const options = {
      title: `Choose a folder for ${fileCount} exported files`,
      buttonLabel: 'Save here',
      properties: ['openDirectory' as const, 'createDirectory' as const],
    };
    const r = parent
      ? await dialog.showOpenDialog(parent, options)
      : await dialog.showOpenDialog(options);
    return r.canceled ? null : (r.filePaths[0] ?? null);
  },
};
