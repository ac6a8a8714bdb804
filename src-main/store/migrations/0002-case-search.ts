// Search and tag filtering.
//
// `case_tags` and `cases_fts` are indexes derived from `cases`, kept in step by triggers so no
// code path can forget them (imports, restores and built-in refreshes all write `cases` only).
// The FTS table is external-content: the text lives once, in `cases`.
import type { Migration } from './types';

export const migration0002: Migration = {
  version: 2,
  name: 'case-search',
  up(db) {
    db.exec(`
      CREATE TABLE case_tags (
        tag TEXT NOT NULL COLLATE NOCASE,
        case_seq INTEGER NOT NULL REFERENCES cases (seq) ON DELETE CASCADE,
        PRIMARY KEY (tag, case_seq)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX case_tags_by_case ON case_tags (case_seq);

      CREATE TRIGGER cases_tags_insert AFTER INSERT ON cases BEGIN
        INSERT OR IGNORE INTO case_tags (tag, case_seq)
          SELECT value, new.seq FROM json_each(new.tags);
      END;
      CREATE TRIGGER cases_tags_update AFTER UPDATE OF tags ON cases BEGIN
        DELETE FROM case_tags WHERE case_seq = old.seq;
        INSERT OR IGNORE INTO case_tags (tag, case_seq)
          SELECT value, new.seq FROM json_each(new.tags);
      END;

      CREATE VIRTUAL TABLE cases_fts USING fts5 (
        title, tags, notes, parent_notes,
        content = 'cases', content_rowid = 'seq',
        tokenize = 'unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER cases_fts_insert AFTER INSERT ON cases BEGIN
        INSERT INTO cases_fts (rowid, title, tags, notes, parent_notes)
          VALUES (new.seq, new.title, new.tags, new.notes, new.parent_notes);
      END;
      CREATE TRIGGER cases_fts_delete AFTER DELETE ON cases BEGIN
        INSERT INTO cases_fts (cases_fts, rowid, title, tags, notes, parent_notes)
          VALUES ('delete', old.seq, old.title, old.tags, old.notes, old.parent_notes);
      END;
      CREATE TRIGGER cases_fts_update AFTER UPDATE OF title, tags, notes, parent_notes ON cases BEGIN
        INSERT INTO cases_fts (cases_fts, rowid, title, tags, notes, parent_notes)
          VALUES ('delete', old.seq, old.title, old.tags, old.notes, old.parent_notes);
        INSERT INTO cases_fts (rowid, title, tags, notes, parent_notes)
          VALUES (new.seq, new.title, new.tags, new.notes, new.parent_notes);
      END;

      -- Rows written before this migration.
      INSERT OR IGNORE INTO case_tags (tag, case_seq)
        SELECT j.value, c.seq FROM cases c, json_each(c.tags) j;
      INSERT INTO cases_fts (cases_fts) VALUES ('rebuild');
    `);
  },
};
