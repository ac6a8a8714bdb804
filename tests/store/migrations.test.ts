import { describe, expect, it } from 'vitest';
import { listSql } from '../../src-main/store/case-repository';
import { migrate, userVersion } from '../../src-main/store/migrate';
import { LATEST_VERSION, MIGRATIONS } from '../../src-main/store/migrations/index';
import { openStore } from '../../src-main/store/open';
import type { Db } from '../../src-main/store/sqlite';
import { makeRecord, tempDbPath, withRaw } from './helpers';

function tableNames(db: Db): string[] {
  return (
    db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as {
      name: string;
    }[]
  ).map((r) => r.name);
}

function isStrict(db: Db, table: string): boolean {
  const row = db.prepare('SELECT strict FROM pragma_table_list WHERE name = ?').get(table) as
    { strict: number } | undefined;
  return row?.strict === 1;
}

function plan(db: Db, sql: string, params: Record<string, unknown>): string {
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[])
    .map((r) => r.detail)
    .join('\n');
}

describe('migrations', () => {
  it('are numbered 1..N without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(
      Array.from({ length: LATEST_VERSION }, (_, i) => i + 1),
    );
  });

  it('0001 creates STRICT cases and case_revisions tables and sets user_version 1', () => {
    const path = tempDbPath();
    withRaw(path, (db) => {
      const result = migrate(db, { dbPath: path, now: 0, targetVersion: 1 });
      expect(result).toEqual({ from: 0, to: 1, backupPath: null });
      expect(userVersion(db)).toBe(1);
      expect(tableNames(db)).toEqual(['case_revisions', 'cases']);
      expect(isStrict(db, 'cases')).toBe(true);
      expect(isStrict(db, 'case_revisions')).toBe(true);
    });
  });

  it('0001 rejects malformed JSON and wrong column types', () => {
    const path = tempDbPath();
    withRaw(path, (db) => {
      migrate(db, { dbPath: path, now: 0, targetVersion: 1 });
      const insert = db.prepare(
        `INSERT INTO cases (id, title, tags, scenario, created_at, updated_at)
         VALUES (?, 't', ?, '{}', ?, 0)`,
      );
      expect(() => insert.run('a', 'not json', 0)).toThrow(/CHECK/);
      expect(() => insert.run('b', '[]', 'yesterday')).toThrow(
        /cannot store TEXT value in INTEGER/,
      );
      expect(() => insert.run('c', '[]', 0)).not.toThrow();
    });
  });

  it('0002 adds tag and full-text indexes over rows written under version 1', () => {
    const path = tempDbPath();
    withRaw(path, (db) => {
      migrate(db, { dbPath: path, now: 0, targetVersion: 1 });
      db.prepare(
        `INSERT INTO cases (id, title, tags, notes, scenario, created_at, updated_at)
         VALUES ('c_old', 'Engorgement day 4', '["Engorgement","day4"]', 'hard breasts', '{}', 0, 0)`,
      ).run();
      migrate(db, { dbPath: path, now: 0, targetVersion: 2 });
      expect(userVersion(db)).toBe(2);
      expect(isStrict(db, 'case_tags')).toBe(true);
      expect(db.prepare("SELECT tag FROM case_tags WHERE tag = 'engorgement'").all()).toEqual([
        { tag: 'Engorgement' },
      ]);
      const hits = db.prepare("SELECT rowid FROM cases_fts WHERE cases_fts MATCH 'hard'").all();
      expect(hits).toHaveLength(1);
    });
  });

  it('0002 keeps tags and search in step with inserts, updates and deletes', () => {
    const store = openStore(tempDbPath());
    const rec = makeRecord({ title: 'Mastitis', tags: ['infection'] });
    store.cases.insert(rec);
    const find = (q: string) =>
      store.cases.list({ query: q, sort: 'relevance', includeDeleted: true, limit: 10, offset: 0 })
        .total;
    expect(find('mastitis')).toBe(1);
    store.cases.update(rec.id, 1, { ...rec, title: 'Blocked duct', tags: ['duct'] }, 5);
    expect(find('mastitis')).toBe(0);
    expect(find('blocked')).toBe(1);
    expect(store.cases.tags(true)).toEqual([{ tag: 'duct', count: 1 }]);
    store.cases.purgeDeletedBefore(Number.MAX_SAFE_INTEGER); // not deleted: stays
    expect(find('blocked')).toBe(1);
    store.cases.setDeleted(rec.id, 1);
    store.cases.purgeDeletedBefore(Number.MAX_SAFE_INTEGER);
    expect(find('blocked')).toBe(0);
    expect(store.cases.tags(true)).toEqual([]);
    store.close();
  });

  describe('query plans over the newest schema', () => {
    const path = tempDbPath();
    const store = openStore(path);
    store.cases.transaction(() => {
      for (let i = 0; i < 200; i++) store.cases.insert(makeRecord({ tags: [`t${i % 7}`] }));
    });
    store.close();

    for (const sort of ['title', 'updated', 'created'] as const) {
      it(`list sorted by ${sort} walks an index without a sort step`, () => {
        withRaw(path, (db) => {
          db.exec('ANALYZE');
          const { select } = listSql({ sort, includeDeleted: false });
          const p = plan(db, select, { limit: 50, offset: 0 });
          expect(p).toMatch(new RegExp(`USING INDEX cases_by_${sort}`));
          expect(p).not.toMatch(/TEMP B-TREE/);
        });
      });
    }

    it('search goes through the FTS index', () => {
      withRaw(path, (db) => {
        const { select, match } = listSql({
          query: 'case',
          sort: 'relevance',
          includeDeleted: false,
        });
        const p = plan(db, select, { match, limit: 50, offset: 0 });
        expect(p).toMatch(/SCAN cases_fts VIRTUAL TABLE INDEX/);
        expect(p).toMatch(/SEARCH c USING INTEGER PRIMARY KEY/);
      });
    });

    it('tag filter looks the tag up in the case_tags primary key', () => {
      withRaw(path, (db) => {
        const { select } = listSql({ tag: 't3', sort: 'updated', includeDeleted: false });
        const p = plan(db, select, { tag: 't3', limit: 50, offset: 0 });
        expect(p).toMatch(/SEARCH case_tags USING PRIMARY KEY \(tag=\?\)/);
      });
    });
  });
});
