import { mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src-main/contract/errors';
import type { Handlers } from '../../../src-main/contract/index';
import { exportMethods } from '../../../src-main/contract/export';
import { dispatch } from '../../../src-main/services/dispatch';
import { exportHandlers } from '../../../src-main/services/export';
import { createJobPool } from '../../../src-main/jobs/pool';
import type { SaveDialog } from '../../../src-main/services/export-save';
import { repoRoot } from '../../fixtures/charts/fixture';

const schema = exportMethods['export.save'].request;
const file = (filename: string, text: string) => ({
  filename,
  mime: 'text/plain',
  base64: Buffer.from(text).toString('base64'),
});

/** A dialog that answers as a user would, and remembers what it was asked. */
function scripted(answer: string | null): SaveDialog & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    chooseFile: (name) => {
      asked.push(`file:${name}`);
      return Promise.resolve(answer);
    },
    chooseFolder: (n) => {
      asked.push(`folder:${n}`);
      return Promise.resolve(answer);
    },
  };
}

function handlersWith(dialog: SaveDialog | undefined) {
  return exportHandlers({
    resourcesDir: join(repoRoot, 'resources'),
    // export.save writes on this thread; the pool starts no worker until a job comes.
    jobs: createJobPool(),
    ...(dialog ? { saveDialog: dialog } : {}),
  });
}

/** dispatch validates with the contract's schema, as the IPC binding and web server do; it only
 * looks up the method it is asked for, so the export handlers alone are enough here. */
const dispatchExport = (dialog: SaveDialog | undefined, request: unknown) =>
  dispatch(handlersWith(dialog) as unknown as Handlers, 'export.save', request);

const tempDir = () => mkdtempSync(join(tmpdir(), 'lactasim-save-'));

describe('export.save (desktop save dialog)', () => {
  it('saves one file where the save dialog says, under the name the user gave', async () => {
    const dir = tempDir();
    const dialog = scripted(join(dir, 'for slides.svg'));
    const r = await handlersWith(dialog)['export.save']({
      files: [file('case-hormones.svg', '<svg/>')],
    });
    expect(dialog.asked).toEqual(['file:case-hormones.svg']);
    expect(r).toEqual({ status: 'saved', paths: [join(dir, 'for slides.svg')] });
    expect(readFileSync(join(dir, 'for slides.svg'), 'utf8')).toBe('<svg/>');
  });

  it('saves several files into the chosen folder without overwriting what is there', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'case-supply.csv'), 'older export');
    const dialog = scripted(dir);
    const r = await handlersWith(dialog)['export.save']({
      files: [file('case-hormones.csv', 'a'), file('case-supply.csv', 'b')],
    });
    expect(dialog.asked).toEqual(['folder:2']);
    expect(r).toEqual({
      status: 'saved',
      paths: [join(dir, 'case-hormones.csv'), join(dir, 'case-supply-2.csv')],
    });
    expect(readFileSync(join(dir, 'case-supply.csv'), 'utf8')).toBe('older export');
    expect(readFileSync(join(dir, 'case-supply-2.csv'), 'utf8')).toBe('b');
  });

  it('writes nothing when the user closes the dialog', async () => {
    const dir = tempDir();
    const r = await handlersWith(scripted(null))['export.save']({
      files: [file('a.csv', 'a'), file('b.csv', 'b')],
    });
    expect(r).toEqual({ status: 'cancelled' });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('removes what it wrote when a later file cannot be written', async () => {
    const dir = tempDir();
    // A dangling link looks free to the name search but makes the exclusive create fail (EEXIST),
    // even for root: the second write fails after the first succeeded.
    symlinkSync(join(dir, 'missing', 'target'), join(dir, 'b.csv'));
    await expect(
      handlersWith(scripted(dir))['export.save']({
        files: [file('a.csv', 'a'), file('b.csv', 'b')],
      }),
    ).rejects.toThrow(
      `Cannot save to ${dir}: a file of the same name appeared while saving (EEXIST). Choose another place.`,
    );
    expect(readdirSync(dir)).toEqual(['b.csv']);
  });

  it('refuses in the web edition with a clear error', async () => {
    const handlers = handlersWith(undefined);
    const r = await dispatchExport(undefined, { files: [file('a.csv', 'a')] });
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'FORBIDDEN',
        message:
          'Saving through a dialog is only in the desktop app; the web edition downloads the files.',
      },
    });
    await expect(handlers['export.save']({ files: [file('a.csv', 'a')] })).rejects.toBeInstanceOf(
      AppError,
    );
  });

  it.each([
    ['../escape.csv'],
    ['folder/a.csv'],
    ['C:\\temp\\a.csv'],
    ['.hidden'],
    ['a..csv'],
    [''],
    ['a\0.csv'],
  ])('refuses the file name %j before asking anything', async (filename) => {
    const dialog = scripted(tempDir());
    const r = await dispatchExport(dialog, { files: [file(filename, 'x')] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('BAD_REQUEST');
    expect(dialog.asked).toEqual([]);
  });

  it('refuses duplicate names, bad base64, no files and unknown fields', () => {
    for (const bad of [
      { files: [file('a.csv', 'a'), file('a.csv', 'b')] },
      { files: [{ filename: 'a.csv', mime: 'text/csv', base64: 'not base64!' }] },
      { files: [] },
      { files: [file('a.csv', 'a')], folder: '/tmp' },
    ]) {
      expect(schema.safeParse(bad).success).toBe(false);
    }
  });
});
