// Lessons in the shared record layer (record-repository.ts), listed built-ins first. Like the
// case repository it holds no business rules: which lessons are read-only and what a valid beat
// is are the services' decisions.
import { RecordRepository, type RecordTable } from './record-repository';
import type { Db, Statement } from './sqlite';
import type { RecordMeta } from './types';

/** The editable part of a lesson. Beats come back parsed but unvalidated. */
export interface LessonContent {
  title: string;
  summary: string;
  beats: unknown[];
}

export interface LessonRecord extends LessonContent, RecordMeta {}

const LESSONS: RecordTable<LessonContent> = {
  table: 'lessons',
  columns: ['title', 'summary', 'beats'],
  toRow: (c) => ({ title: c.title, summary: c.summary, beats: JSON.stringify(c.beats) }),
  fromRow: (row) => ({
    title: row.title as string,
    summary: row.summary as string,
    beats: JSON.parse(row.beats as string) as unknown[],
  }),
};

export class LessonRepository extends RecordRepository<LessonContent> {
  private readonly listLive: Statement;
  private readonly listAll: Statement;

  constructor(db: Db) {
    super(db, LESSONS);
    // Built-ins first, in the order they were seeded (seq), then the user's lessons by title.
    const order =
      'ORDER BY builtin_slug IS NULL, CASE WHEN builtin_slug IS NULL THEN 0 ELSE seq END, title COLLATE NOCASE, seq';
    this.listLive = db.prepare(`SELECT * FROM lessons WHERE deleted_at IS NULL ${order}`);
    this.listAll = db.prepare(`SELECT * FROM lessons ${order}`);
  }

  list(includeDeleted: boolean): LessonRecord[] {
    const stmt = includeDeleted ? this.listAll : this.listLive;
    return (stmt.all() as Record<string, unknown>[]).map((row) => this.toRecord(row));
  }
}
