import type { MessageBoxSyncOptions } from 'electron';
import { basename, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLibraryOrAsk } from '../../../src-main/main/open-library';
import { classifyStartupError, startupDialog } from '../../../src-main/main/startup-error';
import { desktopWords, systemLanguage } from '../../../src-main/main/words';
import { dispatch } from '../../../src-main/services/dispatch';
import { createServices, type Services } from '../../../src-main/services/index';
import { migrate } from '../../../src-main/store/migrate';
import { LATEST_VERSION } from '../../../src-main/store/migrations/index';
import { openStore } from '../../../src-main/store/open';
import { openDatabase } from '../../../src-main/store/sqlite';
import {
  makeRecord,
  resourcesDir,
  scribbleOverPages,
  tempDbPath,
  withRaw,
} from '../../store/helpers';
import { StoreOpenError } from '../../../src-main/store/errors';

/** The dialog as a person would answer it: the labels of the buttons to press, in turn. */
function person(...presses: string[]) {
  const shown: MessageBoxSyncOptions[] = [];
  const opened: string[] = [];
  const logged: string[] = [];
  return {
    shown,
    opened,
    logged,
    deps: {
      words: desktopWords('en'),
      showMessageBoxSync: (options: MessageBoxSyncOptions) => {
        shown.push(options);
        const press = presses.shift() ?? 'Quit';
        const index = options.buttons?.indexOf(press) ?? -1;
        expect(
          index,
          `no button "${press}" in ${options.buttons?.join(', ')}`,
        ).toBeGreaterThanOrEqual(0);
        return index;
      },
      openPath: async (path: string) => {
        opened.push(path);
        return '';
      },
      log: (message: string) => void logged.push(message),
    },
  };
}

const open = (dbPath: string) => (readOnly: boolean) =>
  createServices({ edition: 'desktop', dataPath: dbPath, dbPath, resourcesDir, readOnly });

/** A library at the newest version with one backup beside it (from its upgrade). */
function upgradedLibrary(): { path: string; backup: string } {
  const path = tempDbPath();
  withRaw(path, (db) => migrate(db, { dbPath: path, now: 0, targetVersion: 1 }));
  const store = openStore(path); // upgrades 1 → latest, writing a backup
  const backup = store.opened.backupPath!;
  store.close();
  open(path)(false).close(); // seeds the built-in cases and lessons
  return { path, backup };
}

describe('startup errors a person can act on', () => {
  it('a library from a newer LactaSim: names the file and its backups; Open backups folder, then Quit', async () => {
    const { path, backup } = upgradedLibrary();
    withRaw(path, (db) => db.pragma(`user_version = ${LATEST_VERSION + 1}`));
    const answer = person('Open backups folder', 'Quit');
    expect(await openLibraryOrAsk(path, { ...answer.deps, open: open(path) })).toBeNull();
    expect(answer.shown).toHaveLength(2);
    const [dialog] = answer.shown;
    expect(dialog!.message).toBe('This case library was written by a newer version of LactaSim.');
    expect(dialog!.detail).toContain(`File: ${path}`);
    expect(dialog!.detail).toContain('Update LactaSim to open it');
    expect(dialog!.detail).toContain(
      `Backup copies in ${dirname(path)}, newest first:\n  ${basename(backup)}`,
    );
    expect(dialog!.buttons).toEqual(['Open backups folder', 'Quit']);
    expect(dialog!.cancelId).toBe(1);
    expect(answer.opened).toEqual([dirname(path)]);
    expect(answer.logged).toEqual([`could not open ${path}`]);
  });

  it('a damaged library opens without a dialog, on its backups: nothing else works until a restore', async () => {
    const path = tempDbPath();
    const store = openStore(path);
    store.cases.transaction(() => {
      for (let i = 0; i < 300; i++) store.cases.insert(makeRecord({ notes: 'x'.repeat(500) }));
    });
    store.close();
    scribbleOverPages(path);
    const answer = person('Quit');
    const services = await openLibraryOrAsk<Services>(path, { ...answer.deps, open: open(path) });
    expect(services).not.toBeNull();
    expect(answer.shown).toEqual([]);
    try {
      const backups = await dispatch(services!.handlers, 'backups.list', {});
      expect(backups.ok && (backups.value as { damaged: string | null }).damaged).toContain(
        `The case library ${path} is damaged`,
      );
      const cases = await dispatch(services!.handlers, 'cases.list', {});
      expect(cases.ok ? null : cases.error.code).toBe('LIBRARY_DAMAGED');
    } finally {
      services!.close();
    }
  });

  it('a damaged library met at start (the one being moved): says so and offers no read-only mode', () => {
    const path = tempDbPath();
    const problem = classifyStartupError(
      new StoreOpenError('CORRUPT', `The case library ${path} is damaged.`),
      path,
      [],
    );
    expect(problem.kind).toBe('damaged');
    const { options, buttons } = startupDialog(problem, desktopWords('en'));
    expect(options.message).toBe('The case library is damaged.');
    expect(options.detail).toContain(`No backup copies were found in ${dirname(path)}.`);
    expect(buttons).toEqual(['open-folder', 'quit']);
  });

  it('a library that cannot be written opens read-only: reads work, saves are refused', async () => {
    const { path } = upgradedLibrary();
    // SQLite's own refusal to write, as opening a write-protected library gives it.
    const probe = openDatabase(path, undefined, { readonly: true });
    let refusal: unknown;
    try {
      probe.prepare("UPDATE cases SET title = 'x'").run();
    } catch (error) {
      refusal = error;
    }
    probe.close();
    expect(classifyStartupError(refusal, path, []).kind).toBe('read-only');
    const answer = person('Open read-only');
    let first = true;
    const services = await openLibraryOrAsk<Services>(path, {
      ...answer.deps,
      open: (readOnly) => {
        if (first) {
          first = false;
          throw refusal;
        }
        return open(path)(readOnly);
      },
    });
    expect(answer.shown[0]!.message).toBe('LactaSim cannot write to the case library.');
    expect(answer.shown[0]!.buttons).toEqual(['Open read-only', 'Open backups folder', 'Quit']);
    const listed = await dispatch(services!.handlers, 'cases.list', {});
    expect(listed.ok && (listed.value as { total: number }).total).toBeGreaterThan(0);
    expect(await dispatch(services!.handlers, 'app.info', {})).toMatchObject({
      ok: true,
      value: { readOnly: true },
    });
    const saved = await dispatch(services!.handlers, 'cases.create', {
      fromBuiltin: 'typical-feed-6-weeks',
    });
    expect(saved).toMatchObject({ ok: false, error: { code: 'LIBRARY_READ_ONLY' } });
    services!.close();
  });

  it('asks once more without read-only when opening read-only fails too', async () => {
    const path = tempDbPath();
    const refusal = Object.assign(new Error('attempt to write a readonly database'), {
      code: 'SQLITE_READONLY',
    });
    const answer = person('Open read-only', 'Quit');
    const result = await openLibraryOrAsk(path, {
      ...answer.deps,
      open: () => {
        throw refusal;
      },
    });
    expect(result).toBeNull();
    expect(answer.shown.map((d) => d.buttons)).toEqual([
      ['Open read-only', 'Open backups folder', 'Quit'],
      ['Open backups folder', 'Quit'],
    ]);
    expect(answer.logged).toEqual([`could not open ${path}`, `could not open ${path} read-only`]);
  });

  it('a library another program holds locked: says to close it', async () => {
    const { path } = upgradedLibrary();
    const holder = openDatabase(path);
    holder.pragma('busy_timeout = 0');
    holder.exec('BEGIN EXCLUSIVE');
    try {
      const answer = person('Quit');
      const locked = (readOnly: boolean) =>
        createServices({
          edition: 'desktop',
          dataPath: path,
          dbPath: path,
          resourcesDir,
          readOnly,
        });
      // better-sqlite3 waits 5 s for a lock before giving up.
      expect(await openLibraryOrAsk(path, { ...answer.deps, open: locked })).toBeNull();
      expect(answer.shown[0]!.message).toBe('The case library is in use by another program.');
      expect(answer.shown[0]!.detail).toContain('Close the other program');
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  }, 30_000);

  it('says what the system said for anything else', () => {
    const { options } = startupDialog(
      classifyStartupError(new Error('disk on fire'), '/x/lactasim.db', []),
      desktopWords('en'),
    );
    expect(options.message).toBe('LactaSim could not open the case library.');
    expect(options.detail).toContain('disk on fire');
  });

  it("asks in the system's language: Spanish for any Spanish region, English otherwise", async () => {
    expect(systemLanguage(['es-MX', 'en-US'])).toBe('es');
    expect(systemLanguage(['es'])).toBe('es');
    expect(systemLanguage(['en-GB', 'es-ES'])).toBe('en');
    expect(systemLanguage(['et-EE'])).toBe('en');
    expect(systemLanguage([])).toBe('en');
    const path = tempDbPath();
    const refusal = Object.assign(new Error('attempt to write a readonly database'), {
      code: 'SQLITE_READONLY',
    });
    const answer = person('Abrir en solo lectura', 'Salir');
    const result = await openLibraryOrAsk(path, {
      ...answer.deps,
      words: desktopWords(systemLanguage(['es-ES'])),
      open: () => {
        throw refusal;
      },
    });
    expect(result).toBeNull();
    expect(answer.shown[0]!.message).toBe('LactaSim no puede escribir en la biblioteca de casos.');
    expect(answer.shown[0]!.detail).toContain(`Archivo: ${path}`);
    expect(answer.shown[0]!.detail).toContain(
      `No se encontraron copias de seguridad en ${dirname(path)}.`,
    );
    expect(answer.shown.map((d) => d.buttons)).toEqual([
      ['Abrir en solo lectura', 'Abrir la carpeta de copias', 'Salir'],
      ['Abrir la carpeta de copias', 'Salir'],
    ]);
  });
});
