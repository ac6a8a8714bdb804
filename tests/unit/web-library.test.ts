// The web edition has no dialog to ask with: it opens a library it cannot write read-only and
// says so on stderr, and opens read-only when asked. Real SQLite files in temp folders.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src-main/services/dispatch';
import { createServices, type Services } from '../../src-main/services/index';
import { openDatabase } from '../../src-main/store/sqlite';
import { openWebLibrary } from '../../src-main/web/library';
import { resourcesDir, tempDbPath } from '../store/helpers';

const open = (dbPath: string) => (readOnly: boolean) =>
  createServices({ edition: 'web', dataPath: dbPath, dbPath, resourcesDir, readOnly });

/** A library as the web edition leaves it: made, filled with the built-ins, closed. */
function library(): string {
  const path = tempDbPath();
  open(path)(false).close();
  return path;
}

/** SQLite's own refusal to write, as a write-protected file gives it. */
function writeRefusal(path: string): unknown {
  const db = openDatabase(path, undefined, { readonly: true });
  try {
    db.prepare("UPDATE cases SET title = 'x'").run();
  } catch (error) {
    return error;
  } finally {
    db.close();
  }
  throw new Error('the read-only connection wrote');
}

async function expectReadOnly(services: Services): Promise<void> {
  expect(await dispatch(services.handlers, 'app.info', {})).toMatchObject({
    ok: true,
    value: { readOnly: true },
  });
  const listed = await dispatch(services.handlers, 'cases.list', {});
  expect(listed.ok && (listed.value as { total: number }).total).toBeGreaterThan(0);
  expect(
    await dispatch(services.handlers, 'cases.create', { fromBuiltin: 'typical-feed-6-weeks' }),
  ).toEqual({
    ok: false,
    error: {
      code: 'LIBRARY_READ_ONLY',
      message: 'The case library is open read-only: nothing can be saved in this session.',
    },
  });
}

describe('the web edition opening its library', () => {
  it('opens read-only when asked, says so, and writes nothing', async () => {
    const path = library();
    const before = readFileSync(path);
    const said: string[] = [];
    const services = openWebLibrary(path, true, open(path), (line) => said.push(line));
    await expectReadOnly(services);
    services.close();
    expect(said).toEqual([
      `Opened ${path} read-only (--read-only): nothing can be saved in this session.`,
    ]);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('falls back to read-only, saying why, when the library cannot be written', async () => {
    const path = library();
    const refusal = writeRefusal(path);
    const tried: boolean[] = [];
    const said: string[] = [];
    const services = openWebLibrary(
      path,
      false,
      (readOnly) => {
        tried.push(readOnly);
        if (!readOnly) throw refusal;
        return open(path)(true);
      },
      (line) => said.push(line),
    );
    await expectReadOnly(services);
    services.close();
    expect(tried).toEqual([false, true]);
    expect(said).toHaveLength(1);
    expect(said[0]).toContain(`LactaSim cannot write to ${path} (`);
    expect(said[0]).toContain('Opened it read-only: you can view and present');
  });

  it('opens for writing when it can, and does not hide any other failure behind read-only', () => {
    const path = library();
    const said: string[] = [];
    const services = openWebLibrary(path, false, open(path), (line) => said.push(line));
    services.close();
    expect(said).toEqual([]);
    const damaged = new Error('file is not a database');
    const tried: boolean[] = [];
    expect(() =>
      openWebLibrary(
        path,
        false,
        (readOnly) => {
          tried.push(readOnly);
          throw damaged;
        },
        (line) => said.push(line),
      ),
    ).toThrow(damaged);
    expect(tried).toEqual([false]);
  });
});
