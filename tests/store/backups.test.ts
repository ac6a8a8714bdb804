// Rolling backups (daily, before imports, before restores), restoring one into an open library,
// and getting out of a library that fails its integrity check.
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src-main/services/dispatch';
import { createServices } from '../../src-main/services/index';
import { BACKUP_KEEP, DAY_MS, listBackups } from '../../src-main/store/backups';
import { openStore } from '../../src-main/store/open';
import { DERIVED_TABLES, RESTORED_TABLES } from '../../src-main/store/restore';
import {
  bundleOf,
  dumpDb,
  dumpRows,
  makeRecord,
  resourcesDir,
  sampleScenario,
  scribbleOverPages,
  tempDbPath,
  withRaw,
} from './helpers';

function backupNames(dbPath: string): string[] {
  return readdirSync(dirname(dbPath)).filter((n) => n.startsWith(`${basename(dbPath)}.backup-`));
}

async function ok<T>(services: ReturnType<typeof createServices>, name: string, request: unknown) {
  const result = await dispatch(services.handlers, name, request);
  if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

describe('daily backups', () => {
  it('makes none for a library of built-ins only, then one a day while the user has cases', () => {
    const path = tempDbPath();
    let now = Date.UTC(2026, 2, 1, 9);
    const store = openStore(path, { now: () => now });
    try {
      expect(store.backupIfDue()).toBeNull();
      store.cases.insert(makeRecord({ title: 'Mine' }));
      const first = store.backupIfDue();
      expect(first).toBe(`${path}.backup-daily-20260301T090000Z`);
      now += DAY_MS - 1000;
      expect(store.backupIfDue()).toBeNull();
      now += 1000;
      expect(store.backupIfDue()).toBe(`${path}.backup-daily-20260302T090000Z`);
      // A backup is a whole library on its own, holding the user's case.
      expect(dumpDb(first!)).toContain('"Mine"');
    } finally {
      store.close();
    }
  });

  it(`keeps the newest ${BACKUP_KEEP.daily} daily backups`, () => {
    const path = tempDbPath();
    let now = Date.UTC(2026, 2, 1);
    const store = openStore(path, { now: () => now });
    try {
      store.cases.insert(makeRecord());
      for (let day = 0; day < BACKUP_KEEP.daily + 3; day++) {
        expect(store.backupIfDue()).not.toBeNull();
        now += DAY_MS;
      }
      const daily = store.backups().filter((b) => b.kind === 'daily');
      expect(daily).toHaveLength(BACKUP_KEEP.daily);
      // Newest first; the three oldest days are gone.
      expect(daily[0]!.createdAt).toBe(now - DAY_MS);
      expect(daily.at(-1)!.createdAt).toBe(now - BACKUP_KEEP.daily * DAY_MS);
    } finally {
      store.close();
    }
  });
});

describe('backups before imports', () => {
  it('backs up before every import, holding the library as it was, and keeps a fixed number', async () => {
    const dbPath = tempDbPath();
    const services = createServices({ edition: 'web', dataPath: dbPath, dbPath, resourcesDir });
    try {
      const bundle = bundleOf([{ title: 'Imported', scenario: sampleScenario() }]);
      const before = dumpDb(dbPath);
      await ok(services, 'cases.importBundle', { bundle });
      const [first] = listBackups(dbPath);
      expect(first?.kind).toBe('import');
      expect(dumpDb(first!.path)).toBe(before);
      // A bundle that fails validation writes nothing and makes no backup.
      const bad = await dispatch(services.handlers, 'cases.importBundle', {
        bundle: bundleOf([{ title: 'x' }]),
      });
      expect(bad.ok).toBe(false);
      expect(listBackups(dbPath)).toHaveLength(1);
      for (let i = 0; i < BACKUP_KEEP.import + 2; i++) {
        await ok(services, 'cases.importBundle', { bundle });
      }
      expect(listBackups(dbPath).filter((b) => b.kind === 'import')).toHaveLength(
        BACKUP_KEEP.import,
      );
    } finally {
      services.close();
    }
  });
});

describe('restoring a backup into the open library', () => {
  it('brings back exactly the backed-up cases, lessons, history, tags and search, after a safety copy', async () => {
    const dbPath = tempDbPath();
    const services = createServices({ edition: 'web', dataPath: dbPath, dbPath, resourcesDir });
    try {
      const kept = await ok<{ id: string; revision: number }>(services, 'cases.create', {
        fromBuiltin: 'typical-feed-6-weeks',
        title: 'Kept case',
        tags: ['keepme'],
      });
      await ok(services, 'cases.update', {
        id: kept.id,
        baseRevision: kept.revision,
        patch: { notes: 'second version' },
      });
      await ok(services, 'lessons.create', { title: 'Kept lesson' });
      // The import backs up the library as it is now: the state to come back to.
      await ok(services, 'cases.importBundle', {
        bundle: bundleOf([
          { title: 'Imported later', tags: ['later'], scenario: sampleScenario() },
        ]),
      });
      const target = listBackups(dbPath)[0]!;
      const userTables = [...RESTORED_TABLES, 'case_tags'];
      const atBackup = dumpRows(target.path, userTables);
      await ok(services, 'cases.delete', { id: kept.id });
      await ok(services, 'lessons.create', { title: 'Made after the backup' });

      const restored = await ok<{ safetyBackup: string }>(services, 'backups.restore', {
        name: target.name,
      });
      // The safety copy holds the library as it was just before the restore.
      expect(dumpDb(restored.safetyBackup)).toContain('Made after the backup');

      const list = await ok<{ cases: { id: string; title: string }[] }>(services, 'cases.list', {
        includeDeleted: true,
      });
      const titles = list.cases.map((c) => c.title);
      expect(titles).toContain('Kept case');
      expect(titles).not.toContain('Imported later');
      const lessons = await ok<{ lessons: { title: string }[] }>(services, 'lessons.list', {});
      expect(lessons.lessons.map((l) => l.title)).toContain('Kept lesson');
      expect(lessons.lessons.map((l) => l.title)).not.toContain('Made after the backup');
      const revisions = await ok<{ revisions: unknown[] }>(services, 'cases.revisions', {
        id: kept.id,
      });
      expect(revisions.revisions).toHaveLength(2);
      // Search and tags come from triggers: they follow the restored rows.
      const search = await ok<{ total: number; tags: { tag: string }[] }>(services, 'cases.list', {
        query: 'kept',
      });
      expect(search.total).toBe(1);
      expect(search.tags.map((t) => t.tag)).toContain('keepme');
      expect(search.tags.map((t) => t.tag)).not.toContain('later');
      // Every row of the backup is back (the backup was made at the same schema version).
      expect(dumpRows(dbPath, userTables)).toBe(atBackup);
    } finally {
      services.close();
    }
  });

  it('refuses a name that is not a backup of this library, changing nothing', async () => {
    const dbPath = tempDbPath();
    const services = createServices({ edition: 'web', dataPath: dbPath, dbPath, resourcesDir });
    try {
      const before = dumpDb(dbPath);
      const missing = await dispatch(services.handlers, 'backups.restore', {
        name: 'lactasim.db.backup-daily-20200101T000000Z',
      });
      expect(missing.ok ? null : missing.error.code).toBe('NOT_FOUND');
      const path = await dispatch(services.handlers, 'backups.restore', {
        name: '../other.db.backup-daily-20200101T000000Z',
      });
      expect(path.ok ? null : path.error.code).toBe('BAD_REQUEST');
      expect(dumpDb(dbPath)).toBe(before);
    } finally {
      services.close();
    }
  });

  it('copies every table that holds user data; the others are derived by triggers', () => {
    const tables = withRaw(tempDbPath(), (db) => {
      openStore(db.name).close();
      return (
        db
          .prepare(
            `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
             AND name NOT LIKE 'cases_fts_%' ORDER BY name`,
          )
          .all() as { name: string }[]
      ).map((t) => t.name);
    });
    expect(tables).toEqual([...RESTORED_TABLES, ...DERIVED_TABLES].sort());
  });
});

describe('a library that fails its integrity check', () => {
  it('opens in a damaged state that lists the backups and restores one, keeping the damaged file', async () => {
    const dbPath = tempDbPath();
    const store = openStore(dbPath);
    store.cases.transaction(() => {
      for (let i = 0; i < 300; i++) store.cases.insert(makeRecord({ notes: 'x'.repeat(500) }));
    });
    store.cases.insert(makeRecord({ title: 'Saved before the damage' }));
    store.backup('daily');
    store.close();
    scribbleOverPages(dbPath);

    const services = createServices({ edition: 'web', dataPath: dbPath, dbPath, resourcesDir });
    try {
      const refused = await dispatch(services.handlers, 'cases.list', {});
      expect(refused.ok ? null : refused.error.code).toBe('LIBRARY_DAMAGED');
      expect(refused.ok ? '' : refused.error.message).toContain('Restore a backup');
      // Simulating needs no library: it still works.
      expect((await dispatch(services.handlers, 'app.info', {})).ok).toBe(true);

      const list = await ok<{ damaged: string | null; backups: { name: string }[] }>(
        services,
        'backups.list',
        {},
      );
      expect(list.damaged).toContain('is damaged');
      expect(list.backups).toHaveLength(1);
      const result = await ok<{ damagedMovedTo: string }>(services, 'backups.restore', {
        name: list.backups[0]!.name,
      });
      expect(existsSync(result.damagedMovedTo)).toBe(true);

      const cases = await ok<{ cases: { title: string }[] }>(services, 'cases.list', {
        query: 'saved before',
      });
      expect(cases.cases.map((c) => c.title)).toEqual(['Saved before the damage']);
      const after = await ok<{ damaged: string | null }>(services, 'backups.list', {});
      expect(after.damaged).toBeNull();
    } finally {
      services.close();
    }
    expect(backupNames(dbPath)).toHaveLength(1);
  });
});
