// Migration 0003 (lessons): a library written by the previous version keeps its cases, gets a
// backup, and the new table holds its constraints.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migrate, userVersion } from '../../src-main/store/migrate';
import { migration0003 } from '../../src-main/store/migrations/0003-lessons';
import { LATEST_VERSION } from '../../src-main/store/migrations/index';
import { openStore } from '../../src-main/store/open';
import type { CaseRecord } from '../../src-main/store/types';
import { makeRecord, tempDbPath, withRaw } from './helpers';

const BEFORE = migration0003.version - 1;

function insertCase(db: Parameters<Parameters<typeof withRaw>[1]>[0], r: CaseRecord): void {
  db.prepare(
    `INSERT INTO cases (id, title, tags, notes, parent_notes, scenario, personal, beats, revision,
       created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, NULL, '[]', 1, ?, ?)`,
  ).run(
    r.id,
    r.title,
    JSON.stringify(r.tags),
    r.notes,
    r.parentNotes,
    JSON.stringify(r.scenario),
    r.createdAt,
    r.updatedAt,
  );
}

describe('migration 0003 lessons', () => {
  it('upgrades a library of the previous version with its cases intact and a backup taken', () => {
    const path = tempDbPath();
    const a = makeRecord({ title: 'Kept case one', tags: ['alpha'] });
    const b = makeRecord({ title: 'Kept case two' });
    withRaw(path, (db) => {
      migrate(db, { dbPath: path, now: 0, targetVersion: BEFORE });
      insertCase(db, a);
      insertCase(db, b);
    });
    const store = openStore(path, { now: () => 1_800_000_000_000 });
    try {
      expect(store.opened.from).toBe(BEFORE);
      expect(store.opened.to).toBe(LATEST_VERSION);
      expect(store.opened.backupPath).not.toBeNull();
      expect(existsSync(store.opened.backupPath!)).toBe(true);
      expect(store.cases.get(a.id)?.title).toBe('Kept case one');
      expect(store.cases.get(b.id)?.title).toBe('Kept case two');
      // Search (0002) still finds them after the upgrade.
      expect(
        store.cases.list({
          query: 'kept',
          sort: 'title',
          includeDeleted: false,
          limit: 10,
          offset: 0,
        }).total,
      ).toBe(2);
      expect(store.lessons.list(true)).toEqual([]);
    } finally {
      store.close();
    }
  });

  it('creates a STRICT lessons table that refuses bad rows', () => {
    const path = tempDbPath();
    withRaw(path, (db) => {
      migrate(db, { dbPath: path, now: 0, targetVersion: migration0003.version });
      expect(userVersion(db)).toBe(migration0003.version);
      const strict = db
        .prepare("SELECT strict FROM pragma_table_list WHERE name = 'lessons'")
        .get() as { strict: number };
      expect(strict.strict).toBe(1);
      const insert = db.prepare(
        `INSERT INTO lessons (id, title, beats, created_at, updated_at) VALUES (?, ?, ?, ?, 0)`,
      );
      expect(() => insert.run('l_1', 'Fine', '[]', 0)).not.toThrow();
      expect(() => insert.run('l_2', 'Bad beats', '{"a":1}', 0)).toThrow(/CHECK/);
      expect(() => insert.run('l_3', 'Bad json', 'nope', 0)).toThrow(/CHECK/);
      expect(() => insert.run('l_4', '', '[]', 0)).toThrow(/CHECK/);
      expect(() => insert.run('l_1', 'Duplicate id', '[]', 0)).toThrow(/UNIQUE/);
      expect(() => insert.run('l_5', 'Wrong type', '[]', 'yesterday')).toThrow(
        /cannot store TEXT value in INTEGER/,
      );
    });
  });

  it('the repository applies the revision lock and soft delete', () => {
    const store = openStore(tempDbPath(), { now: () => 1000 });
    try {
      const base = {
        title: 'L',
        summary: '',
        beats: [],
        builtinSlug: null,
        builtinHash: null,
        revision: 1,
        createdAt: 1,
        updatedAt: 1,
        deletedAt: null,
      };
      store.lessons.insert({ ...base, id: 'l_abc' });
      expect(
        store.lessons.update('l_abc', 1, { title: 'L2', summary: 's', beats: [{ x: 1 }] }, 5),
      ).toBe(2);
      expect(
        store.lessons.update('l_abc', 1, { title: 'stale', summary: '', beats: [] }, 6),
      ).toBeNull();
      expect(store.lessons.get('l_abc')).toMatchObject({
        title: 'L2',
        revision: 2,
        beats: [{ x: 1 }],
      });
      store.lessons.setDeleted('l_abc', 10);
      expect(store.lessons.list(false)).toEqual([]);
      expect(store.lessons.list(true)).toHaveLength(1);
      expect(store.lessons.purgeDeletedBefore(11)).toBe(1);
      expect(store.lessons.get('l_abc')).toBeUndefined();
    } finally {
      store.close();
    }
  });
});
