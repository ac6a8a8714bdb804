// The statements every kind of stored record shares (cases, lessons): read by id, insert, an
// update guarded by the revision it started from, the trash, and the read-only built-ins seeded
// from resources/. A kind names its table and how its content maps to columns; the case
// repository adds search, tags and history on top. No business rules here: the services decide.
import { writeTransaction, type Db, type Statement } from './sqlite';
import type { BuiltinInfo, RecordMeta } from './types';

/** A kind of record: its table, and its content to and from that table's content columns. */
export interface RecordTable<C> {
  table: 'cases' | 'lessons';
  /** The content columns, in the table's own names. */
  columns: readonly string[];
  toRow(content: C): Record<string, unknown>;
  fromRow(row: Record<string, unknown>): C;
}

interface MetaRow {
  id: string;
  builtin_slug: string | null;
  builtin_hash: string | null;
  revision: number;
  created_at: number;
  updated_at: number;
  deleted_at: number | null;
}

function metaOf(row: MetaRow): RecordMeta {
  return {
    id: row.id,
    builtinSlug: row.builtin_slug,
    builtinHash: row.builtin_hash,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

export class RecordRepository<C> {
  protected readonly byId: Statement;
  private readonly bySlug: Statement;
  private readonly insertStmt: Statement;
  private readonly updateStmt: Statement;
  private readonly replaceBuiltinStmt: Statement;
  private readonly removeBuiltinStmt: Statement;
  private readonly builtinsStmt: Statement;
  private readonly setDeletedStmt: Statement;
  private readonly purgeStmt: Statement;
  private readonly titleStmt: Statement;

  constructor(
    protected readonly db: Db,
    private readonly kind: RecordTable<C>,
  ) {
    const t = kind.table;
    const cols = kind.columns;
    const set = cols.map((c) => `${c} = @${c}`).join(', ');
    this.byId = db.prepare(`SELECT * FROM ${t} WHERE id = ?`);
    this.bySlug = db.prepare(`SELECT * FROM ${t} WHERE builtin_slug = ?`);
    this.insertStmt = db.prepare(
      `INSERT INTO ${t} (id, ${cols.join(', ')}, builtin_slug, builtin_hash, revision, created_at, updated_at, deleted_at)
       VALUES (@id, ${cols.map((c) => `@${c}`).join(', ')}, @builtin_slug, @builtin_hash, @revision,
               @created_at, @updated_at, @deleted_at)`,
    );
    // The revision check in WHERE is the optimistic lock: a stale writer changes no row.
    this.updateStmt = db.prepare(
      `UPDATE ${t} SET ${set}, revision = revision + 1, updated_at = @updated_at
       WHERE id = @id AND revision = @base_revision`,
    );
    this.replaceBuiltinStmt = db.prepare(
      `UPDATE ${t} SET ${set}, builtin_hash = @builtin_hash, revision = revision + 1,
         updated_at = @updated_at, deleted_at = NULL
       WHERE builtin_slug = @builtin_slug`,
    );
    this.removeBuiltinStmt = db.prepare(`DELETE FROM ${t} WHERE builtin_slug = ?`);
    this.builtinsStmt = db.prepare(
      `SELECT id, builtin_slug AS slug, builtin_hash AS hash FROM ${t} WHERE builtin_slug IS NOT NULL`,
    );
    this.setDeletedStmt = db.prepare(`UPDATE ${t} SET deleted_at = ? WHERE id = ?`);
    this.purgeStmt = db.prepare(
      `DELETE FROM ${t} WHERE deleted_at IS NOT NULL AND deleted_at < ? AND builtin_slug IS NULL`,
    );
    this.titleStmt = db.prepare(
      `SELECT 1 FROM ${t} WHERE deleted_at IS NULL AND title = ? COLLATE NOCASE LIMIT 1`,
    );
  }

  /** A row of this table as a record. */
  protected toRecord(row: Record<string, unknown>): C & RecordMeta {
    return { ...this.kind.fromRow(row), ...metaOf(row as unknown as MetaRow) };
  }

  /** Runs `fn` in one write transaction (BEGIN IMMEDIATE; nested calls become savepoints). */
  transaction<T>(fn: () => T): T {
    return writeTransaction(this.db, fn);
  }

  get(id: string): (C & RecordMeta) | undefined {
    const row = this.byId.get(id) as Record<string, unknown> | undefined;
    return row === undefined ? undefined : this.toRecord(row);
  }

  getBuiltin(slug: string): (C & RecordMeta) | undefined {
    const row = this.bySlug.get(slug) as Record<string, unknown> | undefined;
    return row === undefined ? undefined : this.toRecord(row);
  }

  insert(record: C & RecordMeta): void {
    this.insertStmt.run({
      ...this.kind.toRow(record),
      id: record.id,
      builtin_slug: record.builtinSlug,
      builtin_hash: record.builtinHash,
      revision: record.revision,
      created_at: record.createdAt,
      updated_at: record.updatedAt,
      deleted_at: record.deletedAt,
    });
  }

  /** Writes `content` as the next revision; null when `baseRevision` is no longer current. */
  update(id: string, baseRevision: number, content: C, now: number): number | null {
    const changed = this.updateStmt.run({
      ...this.kind.toRow(content),
      id,
      base_revision: baseRevision,
      updated_at: now,
    }).changes;
    return changed === 1 ? baseRevision + 1 : null;
  }

  /** Built-ins have no history: the shipped resource is their history. */
  replaceBuiltin(slug: string, content: C, hash: string, now: number): void {
    this.replaceBuiltinStmt.run({
      ...this.kind.toRow(content),
      builtin_slug: slug,
      builtin_hash: hash,
      updated_at: now,
    });
  }

  removeBuiltin(slug: string): void {
    this.removeBuiltinStmt.run(slug);
  }

  builtins(): BuiltinInfo[] {
    return this.builtinsStmt.all() as BuiltinInfo[];
  }

  /** Whether a live record has this title (ASCII case ignored), for naming imports. */
  hasTitle(title: string): boolean {
    return this.titleStmt.get(title) !== undefined;
  }

  setDeleted(id: string, deletedAt: number | null): boolean {
    return this.setDeletedStmt.run(deletedAt, id).changes === 1;
  }

  /** Hard-deletes the user's records soft-deleted before `before` (dependants cascade). */
  purgeDeletedBefore(before: number): number {
    return this.purgeStmt.run(before).changes;
  }
}
