// Long histories: the revision list reads metadata only, a case keeps its newest HISTORY_KEEP
// earlier versions, and migration 0004 trims histories written before that rule.
import { describe, expect, it } from 'vitest';
import { HISTORY_KEEP } from '../../src-main/store/case-repository';
import { migrate, userVersion } from '../../src-main/store/migrate';
import { migration0004 } from '../../src-main/store/migrations/0004-trim-history';
import { openStore } from '../../src-main/store/open';
import type { CaseContent } from '../../src-main/store/types';
import { makeRecord, tempDbPath, withRaw } from './helpers';

const CONTENT: Omit<CaseContent, 'title' | 'scenario'> = {
  tags: [],
  notes: '',
  parentNotes: '',
  personal: null,
  beats: [],
};

describe('case history', () => {
  it(`keeps the newest ${HISTORY_KEEP} earlier versions of a case, dropping older ones at each save`, () => {
    const store = openStore(tempDbPath());
    try {
      const record = makeRecord();
      store.cases.insert(record);
      const other = makeRecord();
      store.cases.insert(other);
      const saves = HISTORY_KEEP + 25;
      for (let r = 1; r <= saves; r++) {
        const next = store.cases.update(
          record.id,
          r,
          { ...CONTENT, title: `v${r + 1}`, scenario: record.scenario },
          r,
        );
        expect(next).toBe(r + 1);
      }
      store.cases.update(other.id, 1, { ...CONTENT, title: 'other v2', scenario: {} }, 1);
      const revisions = store.cases.revisions(record.id);
      expect(revisions).toHaveLength(HISTORY_KEEP);
      // Newest first: the version just before the current one down to HISTORY_KEEP back.
      expect(revisions[0]!.revision).toBe(saves);
      expect(revisions.at(-1)!.revision).toBe(saves - HISTORY_KEEP + 1);
      // The list carries no content, only what the revision list shows.
      expect(Object.keys(revisions[0]!).sort()).toEqual(['revision', 'savedAt', 'title']);
      expect(store.cases.revision(record.id, saves - HISTORY_KEEP)).toBeUndefined();
      expect(store.cases.revision(record.id, saves)?.title).toBe(`v${saves}`);
      // Another case's history is its own.
      expect(store.cases.revisions(other.id)).toHaveLength(1);
    } finally {
      store.close();
    }
  });
});

describe('migration 0004 trim-history', () => {
  it('trims each history written before it to the newest 100 versions and leaves short ones', () => {
    const path = tempDbPath();
    withRaw(path, (db) => {
      migrate(db, { dbPath: path, now: 0, targetVersion: migration0004.version - 1 });
      const insertCase = db.prepare(
        `INSERT INTO cases (seq, id, title, scenario, revision, created_at, updated_at)
         VALUES (?, ?, 't', '{}', ?, 0, 0)`,
      );
      const insertRevision = db.prepare(
        `INSERT INTO case_revisions (case_seq, revision, title, tags, notes, parent_notes, scenario, beats, saved_at)
         VALUES (?, ?, 't', '[]', '', '', '{}', '[]', 0)`,
      );
      db.transaction(() => {
        insertCase.run(1, 'c_long', 251);
        for (let r = 1; r <= 250; r++) insertRevision.run(1, r);
        insertCase.run(2, 'c_short', 4);
        for (let r = 1; r <= 3; r++) insertRevision.run(2, r);
      })();
    });
    const store = openStore(path);
    store.close();
    withRaw(path, (db) => {
      expect(userVersion(db)).toBe(migration0004.version);
      const count = (seq: number) =>
        db
          .prepare(
            'SELECT count(*) AS n, min(revision) AS low, max(revision) AS high FROM case_revisions WHERE case_seq = ?',
          )
          .get(seq);
      expect(count(1)).toEqual({ n: 100, low: 151, high: 250 });
      expect(count(2)).toEqual({ n: 3, low: 1, high: 3 });
    });
  });
});
