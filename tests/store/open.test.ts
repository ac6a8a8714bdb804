import { closeSync, existsSync, openSync, readdirSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../src-main/store/migrate';
import { LATEST_VERSION } from '../../src-main/store/migrations/index';
import { openStore, PURGE_AFTER_MS } from '../../src-main/store/open';
import { StoreOpenError } from '../../src-main/store/errors';
import { defaultDbPath, legacyDbPath, libraryDir, resolveDbPath } from '../../src-main/store/paths';
import { dumpDb, makeRecord, scribbleOverPages, tempDbPath, tempDir, withRaw } from './helpers';

function openError(path: string): StoreOpenError {
  try {
    openStore(path).close();
  } catch (error) {
    if (error instanceof StoreOpenError) return error;
    throw error;
  }
  throw new Error('expected openStore to fail');
}

describe('openStore', () => {
  it('creates missing parent folders and a database at the newest version', () => {
    const path = join(tempDir(), 'a', 'b', 'lactasim.db');
    const store = openStore(path);
    expect(store.opened).toMatchObject({ from: 0, to: LATEST_VERSION, backupPath: null });
    store.close();
    expect(withRaw(path, (db) => db.pragma('user_version', { simple: true }))).toBe(LATEST_VERSION);
  });

  it('leaves the file in WAL journal mode', () => {
    const store = openStore(tempDbPath());
    store.close();
    // journal_mode is persistent in the file; foreign keys show in the purge cascade below.
    expect(withRaw(store.path, (db) => db.pragma('journal_mode', { simple: true }))).toBe('wal');
  });

  it('makes no backup for a brand-new file', () => {
    const path = tempDbPath();
    openStore(path).close();
    expect(readdirSync(join(path, '..')).filter((n) => n.includes('.backup-'))).toEqual([]);
  });

  it('backs up an existing library before migrating it and the backup holds the old version', () => {
    const path = tempDbPath();
    withRaw(path, (db) => {
      migrate(db, { dbPath: path, now: 0, targetVersion: 1 });
      db.prepare(
        `INSERT INTO cases (id, title, scenario, created_at, updated_at) VALUES ('c_1', 'Old', '{}', 0, 0)`,
      ).run();
    });
    const before = dumpDb(path);
    const now = Date.UTC(2026, 0, 2, 3, 4, 5);
    const store = openStore(path, { now: () => now });
    expect(store.opened.from).toBe(1);
    expect(store.opened.backupPath).toBe(`${path}.backup-v1-20260102T030405Z`);
    store.close();
    expect(dumpDb(`${path}.backup-v1-20260102T030405Z`)).toBe(before);
    expect(dumpDb(path)).toContain('"Old"');
  });

  it('does nothing and makes no backup when the database is already current', () => {
    const path = tempDbPath();
    openStore(path).close();
    const store = openStore(path);
    expect(store.opened).toMatchObject({
      from: LATEST_VERSION,
      to: LATEST_VERSION,
      backupPath: null,
    });
    store.close();
  });

  it('refuses a database from a newer version with a clear message and leaves it alone', () => {
    const path = tempDbPath();
    openStore(path).close();
    withRaw(path, (db) => db.pragma(`user_version = ${LATEST_VERSION + 1}`));
    const before = dumpDb(path);
    const error = openError(path);
    expect(error.code).toBe('NEWER_VERSION');
    expect(error.message).toContain(`database version ${LATEST_VERSION + 1}`);
    expect(error.message).toContain('Update LactaSim');
    expect(dumpDb(path)).toBe(before);
  });

  it('rolls back every step when a migration fails, leaving the old version', () => {
    const path = tempDbPath();
    withRaw(path, (db) => {
      migrate(db, { dbPath: path, now: 0, targetVersion: 1 });
      db.exec('CREATE TABLE case_tags (x INTEGER) STRICT'); // collides with 0002
    });
    const error = openError(path);
    expect(error.code).toBe('MIGRATION_FAILED');
    expect(withRaw(path, (db) => db.pragma('user_version', { simple: true }))).toBe(1);
    expect(
      withRaw(path, (db) =>
        db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'cases_fts'").get(),
      ),
    ).toEqual({ n: 0 });
  });

  it('names the backup files when the integrity check fails', () => {
    const path = tempDbPath();
    withRaw(path, (db) => migrate(db, { dbPath: path, now: 0, targetVersion: 1 }));
    const store = openStore(path); // migrates to the newest version: one backup
    const backup = store.opened.backupPath;
    store.cases.transaction(() => {
      for (let i = 0; i < 300; i++) store.cases.insert(makeRecord({ notes: 'x'.repeat(500) }));
    });
    store.close();
    scribbleOverPages(path);
    const error = openError(path);
    expect(error.code).toBe('CORRUPT');
    expect(error.message).toContain(`The case library ${path} is damaged`);
    expect(backup).not.toBeNull();
    expect(error.message).toContain(backup!);
    expect(error.message).toMatch(/move .* aside/);
  });

  it('reports a file that is not a database at all as damaged', () => {
    const path = tempDbPath();
    const fd = openSync(path, 'w');
    writeSync(fd, Buffer.alloc(8192, 0x41));
    closeSync(fd);
    const error = openError(path);
    expect(error.code).toBe('CORRUPT');
    expect(error.message).toContain('No backup copies were found');
  });

  it('purges cases soft-deleted more than 30 days ago, keeping newer ones and live ones', () => {
    const path = tempDbPath();
    const t0 = Date.UTC(2026, 5, 1);
    let store = openStore(path, { now: () => t0 });
    const old = makeRecord();
    const recent = makeRecord();
    const live = makeRecord();
    for (const r of [old, recent, live]) store.cases.insert(r);
    store.cases.update(old.id, 1, { ...old, title: 'edited' }, t0); // has a revision row
    store.cases.setDeleted(old.id, t0);
    store.cases.setDeleted(recent.id, t0 + 10 * 24 * 3600 * 1000);
    store.close();

    store = openStore(path, { now: () => t0 + PURGE_AFTER_MS + 1 });
    expect(store.opened.purged).toBe(1);
    expect(store.cases.get(old.id)).toBeUndefined();
    expect(store.cases.get(recent.id)?.deletedAt).not.toBeNull();
    expect(store.cases.get(live.id)).toBeDefined();
    store.close();
    expect(
      withRaw(path, (db) => db.prepare('SELECT count(*) AS n FROM case_revisions').get()),
    ).toEqual({ n: 0 });
  });

  it('refuses a stale revision in the repository (optimistic lock)', () => {
    const store = openStore(tempDbPath());
    const rec = makeRecord();
    store.cases.insert(rec);
    expect(store.cases.update(rec.id, 1, { ...rec, title: 'first window' }, 2)).toBe(2);
    expect(store.cases.update(rec.id, 1, { ...rec, title: 'second window' }, 3)).toBeNull();
    expect(store.cases.get(rec.id)?.title).toBe('first window');
    expect(store.cases.revisions(rec.id).map((r) => r.revision)).toEqual([1]);
    store.close();
  });

  it('rejects a revision row whose case does not exist', () => {
    const store = openStore(tempDbPath());
    store.close();
    expect(existsSync(store.path)).toBe(true);
    const reopened = openStore(store.path);
    const rec = makeRecord();
    reopened.cases.insert(rec);
    reopened.close();
    withRaw(store.path, (db) => {
      db.pragma('foreign_keys = ON');
      expect(() =>
        db
          .prepare(
            `INSERT INTO case_revisions VALUES (999, 1, 't', '[]', '', '', '{}', NULL, '[]', 0)`,
          )
          .run(),
      ).toThrow(/FOREIGN KEY/);
    });
  });
});

describe('database paths', () => {
  it("defaults to lactasim.db in the platform's data folder, found by env-paths", () => {
    expect(defaultDbPath('/data/LactaSim')).toBe('/data/LactaSim/lactasim.db');
    expect(defaultDbPath()).toBe(join(libraryDir(), 'lactasim.db'));
    expect(legacyDbPath('/home/ann')).toBe('/home/ann/.lactasim/lactasim.db');
  });

  it.runIf(process.platform === 'linux')('follows XDG_DATA_HOME on Linux', () => {
    const saved = process.env.XDG_DATA_HOME;
    process.env.XDG_DATA_HOME = '/srv/xdg';
    try {
      expect(libraryDir()).toBe('/srv/xdg/LactaSim');
    } finally {
      if (saved === undefined) delete process.env.XDG_DATA_HOME;
      else process.env.XDG_DATA_HOME = saved;
    }
  });

  it('prefers an explicit path, then LACTASIM_DB, then the default', () => {
    expect(resolveDbPath('/x/a.db', { LACTASIM_DB: '/y/b.db' })).toBe('/x/a.db');
    expect(resolveDbPath(undefined, { LACTASIM_DB: '/y/b.db' })).toBe('/y/b.db');
    expect(resolveDbPath(undefined, {})).toBe(defaultDbPath());
  });
});
