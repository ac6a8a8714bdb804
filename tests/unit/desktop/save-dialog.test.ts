// Saving an export in the desktop app: Electron's dialogs are faked (they answer as a person
// would and remember what they were asked); the files are really written, in a temp folder.
import type {
  OpenDialogOptions,
  OpenDialogReturnValue,
  SaveDialogOptions,
  SaveDialogReturnValue,
} from 'electron';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src-main/contract/parent';
import type { Handlers } from '../../../src-main/contract/index';
import { electronSaveDialog, type NativeDialogs } from '../../../src-main/main/save-dialog';
import { dispatch } from '../../../src-main/services/dispatch';
import { saveHandler } from '../../../src-main/services/export-save';

interface FakeWindow {
  name: string;
}

interface Asked {
  window: FakeWindow | null;
  options: SaveDialogOptions | OpenDialogOptions;
}

/** Electron's dialog as a person answers it: `answer` is the path chosen, null for Cancel. */
function person(answer: string | null) {
  const asked: Asked[] = [];
  const split = <O>(args: unknown[]) =>
    (args.length === 2 ? [args[0], args[1]] : [null, args[0]]) as [FakeWindow | null, O];
  const dialog: NativeDialogs<FakeWindow> = {
    showSaveDialog: (...args: unknown[]): Promise<SaveDialogReturnValue> => {
      const [window, options] = split<SaveDialogOptions>(args);
      asked.push({ window, options });
      return Promise.resolve(
        answer === null ? { canceled: true, filePath: '' } : { canceled: false, filePath: answer },
      );
    },
    showOpenDialog: (...args: unknown[]): Promise<OpenDialogReturnValue> => {
      const [window, options] = split<OpenDialogOptions>(args);
      asked.push({ window, options });
      return Promise.resolve(
        answer === null
          ? { canceled: true, filePaths: [] }
          : { canceled: false, filePaths: [answer] },
      );
    },
  };
  return { dialog, asked };
}

const library: FakeWindow = { name: 'case library' };

function save(
  answer: string | null,
  language: Language = 'en',
  focused: FakeWindow | null = library,
) {
  const { dialog, asked } = person(answer);
  const saveDialog = electronSaveDialog({
    dialog,
    focusedWindow: () => focused,
    language: () => language,
  });
  const handlers = { 'export.save': saveHandler(saveDialog) } as unknown as Handlers;
  return {
    asked,
    /** As the window asks: through dispatch, which validates and turns errors into data. */
    files: (...files: [string, string][]) =>
      dispatch(handlers, 'export.save', {
        files: files.map(([filename, text]) => ({
          filename,
          mime: 'application/octet-stream',
          base64: Buffer.from(text).toString('base64'),
        })),
      }),
  };
}

const tempDir = () => mkdtempSync(join(tmpdir(), 'lactasim-save-dialog-'));

describe('the desktop save dialog', () => {
  it('offers the export’s own name with a filter for its kind, on the focused window', async () => {
    const dir = tempDir();
    const chosen = join(dir, 'for the slides.png');
    const s = save(chosen);
    expect(await s.files(['maria-hormones.png', 'PNG bytes'])).toEqual({
      ok: true,
      value: { status: 'saved', paths: [chosen] },
    });
    expect(s.asked).toEqual([
      {
        window: library,
        options: {
          title: 'Save export',
          defaultPath: 'maria-hormones.png',
          filters: [{ name: 'PNG image', extensions: ['png'] }],
        },
      },
    ]);
    expect(readFileSync(chosen, 'utf8')).toBe('PNG bytes');
  });

  it('has a filter for every kind an export writes, and none for a kind it does not know', async () => {
    const filters = async (name: string) => {
      const s = save(null);
      await s.files([name, 'x']);
      return (s.asked[0]?.options as SaveDialogOptions).filters;
    };
    expect(await filters('maria-supply.csv')).toEqual([
      { name: 'CSV table (for spreadsheets)', extensions: ['csv'] },
    ]);
    expect(await filters('maria-report.pdf')).toEqual([
      { name: 'PDF document', extensions: ['pdf'] },
    ]);
    expect(await filters('breast.svg')).toEqual([{ name: 'SVG drawing', extensions: ['svg'] }]);
    expect(await filters('notes.txt')).toEqual([]);
  });

  it('asks in Spanish when the interface is in Spanish, and without a window when none is focused', async () => {
    const dir = tempDir();
    const one = save(join(dir, 'a.pdf'), 'es', null);
    await one.files(['informe.pdf', 'pdf']);
    expect(one.asked[0]).toEqual({
      window: null,
      options: {
        title: 'Guardar exportación',
        defaultPath: 'informe.pdf',
        filters: [{ name: 'Documento PDF', extensions: ['pdf'] }],
      },
    });
    const several = save(dir, 'es');
    await several.files(['a.csv', 'a'], ['b.csv', 'b'], ['c.svg', 'c']);
    expect(several.asked[0]).toEqual({
      window: library,
      options: {
        title: 'Elija una carpeta para los 3 archivos exportados',
        buttonLabel: 'Guardar aquí',
        properties: ['openDirectory', 'createDirectory'],
      },
    });
    expect(readdirSync(dir).sort()).toEqual(['a.csv', 'a.pdf', 'b.csv', 'c.svg']);
  });

  it('writes nothing when the person cancels either dialog', async () => {
    const dir = tempDir();
    const s = save(null);
    expect(await s.files(['a.csv', 'a'])).toEqual({ ok: true, value: { status: 'cancelled' } });
    expect(await s.files(['a.csv', 'a'], ['b.csv', 'b'])).toEqual({
      ok: true,
      value: { status: 'cancelled' },
    });
    expect(s.asked.map((a) => a.options.title)).toEqual([
      'Save export',
      'Choose a folder for the 2 exported files',
    ]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('says plainly why a file could not be written, and leaves nothing behind', async () => {
    const dir = tempDir();
    const gone = join(dir, 'removed meanwhile', 'a.csv');
    expect(await save(gone).files(['a.csv', 'a'])).toEqual({
      ok: false,
      error: {
        code: 'INTERNAL',
        message: `Cannot save to ${gone}: that folder no longer exists (ENOENT). Choose another place.`,
      },
    });
    const folder = join(dir, 'exports');
    mkdirSync(folder);
    expect(await save(folder).files(['a.csv', 'a'])).toEqual({
      ok: false,
      error: {
        code: 'INTERNAL',
        message: `Cannot save to ${folder}: a folder has that name (EISDIR). Choose another place.`,
      },
    });
    expect(readdirSync(dir)).toEqual(['exports']);
    expect(readdirSync(folder)).toEqual([]);
  });
});
