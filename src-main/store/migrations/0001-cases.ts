// The case table and its revision history.
//
// `seq` is an explicit INTEGER PRIMARY KEY (an alias of rowid) because VACUUM may renumber the
// implicit rowid of a table without one, and the full-text index (0002) refers to rows by rowid.
// `id` is the public, random identifier. Times are milliseconds since the Unix epoch (UTC).
// JSON columns are checked with json_valid so a bad write fails loudly instead of later.
import type { Migration } from './types';

export const migration0001: Migration = {
  version: 1,
  name: 'cases',
  up(db) {
    db.exec(`
      CREATE TABLE cases (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        tags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags) AND json_type(tags) = 'array'),
        notes TEXT NOT NULL DEFAULT '',
        parent_notes TEXT NOT NULL DEFAULT '',
        scenario TEXT NOT NULL CHECK (json_valid(scenario) AND json_type(scenario) = 'object'),
        personal TEXT CHECK (personal IS NULL OR (json_valid(personal) AND json_type(personal) = 'object')),
        beats TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(beats) AND json_type(beats) = 'array'),
        builtin_slug TEXT UNIQUE,
        builtin_hash TEXT,
        revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        deleted_at INTEGER
      ) STRICT;

      -- The list view sorts live cases by one of three keys; each index serves one sort.
      CREATE INDEX cases_by_title ON cases (deleted_at, title COLLATE NOCASE);
      CREATE INDEX cases_by_updated ON cases (deleted_at, updated_at);
      CREATE INDEX cases_by_created ON cases (deleted_at, created_at);

      -- Each row is a previous version of a case, kept so it can be listed and restored.
      CREATE TABLE case_revisions (
        case_seq INTEGER NOT NULL REFERENCES cases (seq) ON DELETE CASCADE,
        revision INTEGER NOT NULL,
        title TEXT NOT NULL,
        tags TEXT NOT NULL,
        notes TEXT NOT NULL,
        parent_notes TEXT NOT NULL,
        scenario TEXT NOT NULL,
        personal TEXT,
        beats TEXT NOT NULL,
        saved_at INTEGER NOT NULL,
        PRIMARY KEY (case_seq, revision)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
