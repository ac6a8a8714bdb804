// Prepared statements over `lessons`. Like the case repository it holds no business rules:
// which lessons are read-only and what a valid beat is are the services' decisions.
import { writeTransaction, type Db, type Statement } from './sqlite';
import type { RecordMeta } from './types';

/** The editable part of a lesson. Beats come back parsed but unvalidated. */
export interface LessonContent {
  title: string;
  summary: string;
  beats: unknown[];
}

export interface LessonRecord extends LessonContent, RecordMeta {}

interface LessonRow {
  seq: number;
  id: string;
  title: string;
  summary: string;
  beats: string;
  builtin_slug: string | null;
  builtin_hash: string | null;
  revision: number;
  created_at: number;
  updated_at: number;
  deleted_at: number | null;
}

function toRecord(row: LessonRow): LessonRecord {
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    beats: JSON.parse(row.beats) as unknown[],
    builtinSlug: row.builtin_slug,
    builtinHash: row.builtin_hash,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

export class LessonRepository {
  private readonly byId: Statement;
  private readonly listLive: Statement;
  private readonly listAll: Statement;
  private readonly insertStmt: Statement;
  private readonly updateStmt: Statement;
  private readonly replaceBuiltinStmt: Statement;
  private readonly removeBuiltinStmt: Statement;
  private readonly builtinsStmt: Statement;
  private readonly setDeletedStmt: Statement;
  private readonly purgeStmt: Statement;

  constructor(private readonly db: Db) {
    this.byId = db.prepare('SELECT * FROM lessons WHERE id = ?');
    // Built-ins first, in the order they were seeded (seq), then the user's lessons by title.
    const order =
      'ORDER BY builtin_slug IS NULL, CASE WHEN builtin_slug IS NULL THEN 0 ELSE seq END, title COLLATE NOCASE, seq';
    this.listLive = db.prepare(`SELECT * FROM lessons WHERE deleted_at IS NULL ${order}`);
    this.listAll = db.prepare(`SELECT * FROM lessons ${order}`);
    this.insertStmt = db.prepare(
      `INSERT INTO lessons (id, title, summary, beats, builtin_slug, builtin_hash, revision,
         created_at, updated_at, deleted_at)
       VALUES (@id, @title, @summary, @beats, @builtin_slug, @builtin_hash, @revision,
         @created_at, @updated_at, @deleted_at)`,
    );
    // The revision check in WHERE is the optimistic lock: a stale writer changes no row.
    this.updateStmt = db.prepare(
      `UPDATE lessons SET title = @title, summary = @summary, beats = @beats,
         revision = revision + 1, updated_at = @updated_at
       WHERE id = @id AND revision = @base_revision`,
    );
    this.replaceBuiltinStmt = db.prepare(
      `UPDATE lessons SET title = @title, summary = @summary, beats = @beats,
         builtin_hash = @builtin_hash, revision = revision + 1, updated_at = @updated_at,
         deleted_at = NULL
       WHERE builtin_slug = @builtin_slug`,
    );
    this.removeBuiltinStmt = db.prepare('DELETE FROM lessons WHERE builtin_slug = ?');
    this.builtinsStmt = db.prepare(
      'SELECT builtin_slug AS slug, builtin_hash AS hash FROM lessons WHERE builtin_slug IS NOT NULL',
    );
    this.setDeletedStmt = db.prepare('UPDATE lessons SET deleted_at = ? WHERE id = ?');
    this.purgeStmt = db.prepare(
      'DELETE FROM lessons WHERE deleted_at IS NOT NULL AND deleted_at < ? AND builtin_slug IS NULL',
    );
  }

  /** Runs `fn` in one write transaction (BEGIN IMMEDIATE; nested calls become savepoints). */
  transaction<T>(fn: () => T): T {
    return writeTransaction(this.db, fn);
  }

  list(includeDeleted: boolean): LessonRecord[] {
    const stmt = includeDeleted ? this.listAll : this.listLive;
    return (stmt.all() as LessonRow[]).map(toRecord);
  }

  get(id: string): LessonRecord | undefined {
    const row = this.byId.get(id) as LessonRow | undefined;
    return row === undefined ? undefined : toRecord(row);
  }

  insert(record: LessonRecord): void {
    this.insertStmt.run({
      id: record.id,
      title: record.title,
      summary: record.summary,
      beats: JSON.stringify(record.beats),
      builtin_slug: record.builtinSlug,
      builtin_hash: record.builtinHash,
      revision: record.revision,
      created_at: record.createdAt,
      updated_at: record.updatedAt,
      deleted_at: record.deletedAt,
    });
  }

  /** Writes `content` as the next revision; null when `baseRevision` is no longer current. */
  update(id: string, baseRevision: number, content: LessonContent, now: number): number | null {
    const changed = this.updateStmt.run({
      id,
      base_revision: baseRevision,
      title: content.title,
      summary: content.summary,
      beats: JSON.stringify(content.beats),
      updated_at: now,
    }).changes;
    return changed === 1 ? baseRevision + 1 : null;
  }

  replaceBuiltin(slug: string, content: LessonContent, hash: string, now: number): void {
    this.replaceBuiltinStmt.run({
      builtin_slug: slug,
      builtin_hash: hash,
      title: content.title,
      summary: content.summary,
      beats: JSON.stringify(content.beats),
      updated_at: now,
    });
  }

  removeBuiltin(slug: string): void {
    this.removeBuiltinStmt.run(slug);
  }

  builtins(): { slug: string; hash: string | null }[] {
    return this.builtinsStmt.all() as { slug: string; hash: string | null }[];
  }

  setDeleted(id: string, deletedAt: number | null): boolean {
    return this.setDeletedStmt.run(deletedAt, id).changes === 1;
  }

  purgeDeletedBefore(before: number): number {
    return this.purgeStmt.run(before).changes;
  }
}
