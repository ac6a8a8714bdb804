// Lessons: ordered story beats for classroom presentation.
//
// Beats live in one JSON column rather than one row each: a lesson is edited and reordered as a
// whole (drag, duplicate, import), so one UPDATE with the revision check keeps a reorder atomic
// and lets the optimistic lock cover the beats too. The services validate each beat's shape;
// here the column is only checked to be a JSON array. Same conventions as `cases` (0001):
// explicit `seq`, a public random `id`, soft delete, times in ms since the epoch.
import type { Migration } from './types';

export const migration0003: Migration = {
  version: 3,
  name: 'lessons',
  up(db) {
    db.exec(`
      CREATE TABLE lessons (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        summary TEXT NOT NULL DEFAULT '',
        beats TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(beats) AND json_type(beats) = 'array'),
        builtin_slug TEXT UNIQUE,
        builtin_hash TEXT,
        revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        deleted_at INTEGER
      ) STRICT;
      CREATE INDEX lessons_by_title ON lessons (deleted_at, title COLLATE NOCASE);
    `);
  },
};
