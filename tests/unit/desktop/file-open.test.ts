import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPEN_FILE_CHANNEL, type OpenedFile } from '../../../src-main/contract/desktop';
import { FileOpener, type FileTarget } from '../../../src-main/main/file-open';
import { desktopWords } from '../../../src-main/main/words';

function fakeWindow() {
  const received: OpenedFile[] = [];
  let focused = 0;
  let destroyed = false;
  const target: FileTarget = {
    send: (channel, file) => {
      expect(channel).toBe(OPEN_FILE_CHANNEL);
      received.push(file);
    },
    isDestroyed: () => destroyed,
    focus: () => void (focused += 1),
  };
  return { target, received, focused: () => focused, destroy: () => void (destroyed = true) };
}

/** A FileOpener over the real file system, recording what it would tell the system. */
function opener(sizeLimitHit = false, language: 'en' | 'es' = 'en') {
  const recent: string[] = [];
  const errors: string[] = [];
  const files = new FileOpener({
    words: () => desktopWords(language),
    readFile: (path) => readFile(path),
    fileSize: async (path) => (sizeLimitHit ? 60 * 1024 * 1024 : statSync(path).size),
    addRecentDocument: (path) => recent.push(path),
    showError: (title, message) => errors.push(`${title}: ${message}`),
  });
  return { files, recent, errors };
}

function bundle(name: string, text = '{"format":"lactasim/bundle@1","cases":[]}') {
  const path = join(mkdtempSync(join(tmpdir(), 'lactasim-open-')), name);
  writeFileSync(path, text);
  return path;
}

describe('opening bundle files with the app', () => {
  it('keeps files that arrive before any window listens, then gives them to the first', async () => {
    const { files, recent } = opener();
    const path = bundle('Sheehan.lactasim');
    await files.open([path]);
    expect(files.waiting).toEqual([path]);
    const win = fakeWindow();
    files.windowReady(win.target);
    await expect.poll(() => win.received.length).toBe(1);
    expect(win.received[0]).toEqual({
      name: 'Sheehan.lactasim',
      text: '{"format":"lactasim/bundle@1","cases":[]}',
    });
    expect(files.waiting).toEqual([]);
    expect(recent).toEqual([path]);
    expect(win.focused()).toBe(1);
  });

  it('sends to the focused window, else the newest live one', async () => {
    const { files } = opener();
    const a = fakeWindow();
    const b = fakeWindow();
    files.windowReady(a.target);
    files.windowReady(b.target);
    await files.open([bundle('one.lactasim-lesson')], a.target);
    expect(a.received.map((f) => f.name)).toEqual(['one.lactasim-lesson']);
    await files.open([bundle('two.lactasim')], null);
    expect(b.received.map((f) => f.name)).toEqual(['two.lactasim']);
    b.destroy();
    await files.open([bundle('three.lactasim')], b.target);
    expect(a.received.map((f) => f.name)).toEqual(['one.lactasim-lesson', 'three.lactasim']);
  });

  it('says so in a dialog when a file is missing or too large, and sends nothing', async () => {
    const missing = opener();
    const win = fakeWindow();
    missing.files.windowReady(win.target);
    await missing.files.open(['/no/such/file.lactasim']);
    expect(missing.errors).toHaveLength(1);
    expect(missing.errors[0]).toMatch(
      /^LactaSim could not open the file: \/no\/such\/file.lactasim: /,
    );
    const large = opener(true);
    large.files.windowReady(win.target);
    await large.files.open([bundle('huge.lactasim')]);
    expect(large.errors[0]).toContain('is 60.0 MB; bundles are limited to 50 MB');
    expect(win.received).toEqual([]);
    expect([...missing.recent, ...large.recent]).toEqual([]);
  });

  it('says it in the interface language, numbers with a decimal comma in Spanish', async () => {
    const win = fakeWindow();
    const missing = opener(false, 'es');
    missing.files.windowReady(win.target);
    await missing.files.open(['/no/such/file.lactasim']);
    expect(missing.errors[0]).toMatch(
      /^LactaSim no pudo abrir el archivo: \/no\/such\/file.lactasim: /,
    );
    const large = opener(true, 'es');
    large.files.windowReady(win.target);
    await large.files.open([bundle('grande.lactasim')]);
    expect(large.errors[0]).toMatch(
      /^LactaSim no pudo abrir el archivo: .*grande\.lactasim: ocupa 60,0 MB; los paquetes tienen un límite de 50 MB$/,
    );
    expect(win.received).toEqual([]);
  });
});
