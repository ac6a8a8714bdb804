// `export.save`: writes exported files where the user chose in the desktop app's save dialog. The
// dialog is injected (Electron's in src-main/main/save-dialog.ts, a scripted one in tests), so the
// writing, the name checks and the error handling run and are tested under plain Node.
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { AppError } from '../contract/errors';
import type { ExportedFile, SaveResult } from '../contract/export';

/** Where to save: a file path or a folder, or null when the user closes the dialog. */
export interface SaveDialog {
  chooseFile(defaultName: string): Promise<string | null>;
  chooseFolder(fileCount: number): Promise<string | null>;
}

/** `name.ext`, else `name-2.ext`, `name-3.ext`…: the first name not taken in `dir`. */
function freeName(dir: string, filename: string, taken: Set<string>): string {
  const ext = extname(filename);
  const stem = filename.slice(0, filename.length - ext.length);
  for (let n = 1; ; n++) {
    const name = n === 1 ? filename : `${stem}-${n}${ext}`;
    if (!taken.has(name) && !existsSync(join(dir, name))) return name;
  }
}

/** What the system's refusal means for the person saving, by its error code. */
const WRITE_REFUSALS: Record<string, string> = {
  EACCES: 'LactaSim is not allowed to write there',
  EPERM: 'LactaSim is not allowed to write there',
  EROFS: 'that disk can only be read',
  ENOSPC: 'the disk is full',
  EDQUOT: 'your disk quota is used up',
  ENOENT: 'that folder no longer exists',
  ENOTDIR: 'that folder no longer exists',
  EISDIR: 'a folder has that name',
  EEXIST: 'a file of the same name appeared while saving',
};

function writeError(where: string, error: unknown): AppError {
  const code = (error as NodeJS.ErrnoException).code ?? 'error';
  const why = WRITE_REFUSALS[code] ?? `the system said ${code}`;
  return new AppError(
    'INTERNAL',
    `Cannot save to ${where}: ${why} (${code}). Choose another place.`,
  );
}

export function saveHandler(
  dialog: SaveDialog | undefined,
): (request: { files: ExportedFile[] }) => Promise<SaveResult> {
  return async ({ files }) => {
    if (dialog === undefined) {
      throw new AppError(
        'FORBIDDEN',
        'Saving through a dialog is only in the desktop app; the web edition downloads the files.',
      );
    }
    const first = files[0];
    if (files.length === 1 && first !== undefined) {
      const path = await dialog.chooseFile(first.filename);
      if (path === null) return { status: 'cancelled' };
      // The system dialog has already asked before replacing an existing file.
      try {
        writeFileSync(path, Buffer.from(first.base64, 'base64'));
      } catch (error) {
        throw writeError(path, error);
      }
      return { status: 'saved', paths: [path] };
    }
    const dir = await dialog.chooseFolder(files.length);
    if (dir === null) return { status: 'cancelled' };
    const written: string[] = [];
    const taken = new Set<string>();
    try {
      for (const file of files) {
        const name = freeName(dir, basename(file.filename), taken);
        taken.add(name);
        const path = join(dir, name);
        // 'wx' fails rather than replace a file that appeared since the name was chosen.
        writeFileSync(path, Buffer.from(file.base64, 'base64'), { flag: 'wx' });
        written.push(path);
      }
    } catch (error) {
      // All or nothing: a half-saved export would be mistaken for a whole one.
      for (const path of written) rmSync(path, { force: true });
      throw writeError(dir, error);
    }
    return { status: 'saved', paths: written };
  };
}
