// Cases over the shared record layer (record-repository.ts) plus what only cases have: search,
// tags and the history in `case_revisions`. No business rules here (read-only built-ins,
// validation): the services decide; this file reads and writes rows.
import { toFtsQuery } from './fts-query';
import { RecordRepository, type RecordTable } from './record-repository';
import type { Db, Statement } from './sqlite';
import type {
  CaseContent,
  CaseSummaryRecord,
  ListQuery,
  RevisionRecord,
  RevisionSummaryRecord,
  TagCount,
} from './types';

/**
 * How many earlier versions of a case are kept. A save past it drops the oldest, so a case
 * edited all day (or a script saving in a loop) cannot grow the library without bound; older
 * states live on in the rolling daily backups.
 */
export const HISTORY_KEEP = 100;

interface SummaryRow {
  id: string;
  title: string;
  tags: string;
  builtin_slug: string | null;
  revision: number;
  created_at: number;
  updated_at: number;
  deleted_at: number | null;
  has_personal: number;
}

interface RevisionRow {
  revision: number;
  title: string;
  tags: string;
  notes: string;
  parent_notes: string;
  scenario: string;
  personal: string | null;
  beats: string;
  saved_at: number;
}

const CONTENT = ['title', 'tags', 'notes', 'parent_notes', 'scenario', 'personal', 'beats'];
const CONTENT_COLUMNS = CONTENT.join(', ');
const SUMMARY_COLUMNS =
  'c.id, c.title, c.tags, c.builtin_slug, c.revision, c.created_at, c.updated_at, c.deleted_at, ' +
  'c.personal IS NOT NULL AS has_personal';

const ORDER_BY = {
  title: 'c.title COLLATE NOCASE, c.seq',
  updated: 'c.updated_at DESC, c.seq DESC',
  created: 'c.created_at DESC, c.seq DESC',
  relevance: 'bm25(cases_fts, 10.0, 5.0, 1.0, 1.0), c.seq',
} as const;

function toRow(content: CaseContent): Record<string, unknown> {
  return {
    title: content.title,
    tags: JSON.stringify(content.tags),
    notes: content.notes,
    parent_notes: content.parentNotes,
    scenario: JSON.stringify(content.scenario),
    personal: content.personal === null ? null : JSON.stringify(content.personal),
    beats: JSON.stringify(content.beats),
  };
}

function toContent(row: Omit<RevisionRow, 'revision' | 'saved_at'>): CaseContent {
  return {
    title: row.title,
    tags: JSON.parse(row.tags) as string[],
    notes: row.notes,
    parentNotes: row.parent_notes,
    scenario: JSON.parse(row.scenario) as unknown,
    personal: row.personal === null ? null : (JSON.parse(row.personal) as Record<string, unknown>),
    beats: JSON.parse(row.beats) as unknown[],
  };
}

function toSummary(row: SummaryRow): CaseSummaryRecord {
  return {
    id: row.id,
    title: row.title,
    tags: JSON.parse(row.tags) as string[],
    builtinSlug: row.builtin_slug,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
    hasPersonal: row.has_personal === 1,
  };
}

const CASES: RecordTable<CaseContent> = {
  table: 'cases',
  columns: CONTENT,
  toRow,
  fromRow: (row) => toContent(row as unknown as RevisionRow),
};

/** The SQL `list` runs for a query shape; exported so tests can EXPLAIN it. */
export function listSql(q: Pick<ListQuery, 'query' | 'tag' | 'sort' | 'includeDeleted'>): {
  select: string;
  count: string;
  match: string | null;
} {
  const match = q.query === undefined ? null : toFtsQuery(q.query);
  const from = match === null ? 'cases c' : 'cases_fts JOIN cases c ON c.seq = cases_fts.rowid';
  const where: string[] = [];
  if (match !== null) where.push('cases_fts MATCH @match');
  if (!q.includeDeleted) where.push('c.deleted_at IS NULL');
  if (q.tag !== undefined) where.push('c.seq IN (SELECT case_seq FROM case_tags WHERE tag = @tag)');
  const whereSql = where.length === 0 ? '' : ` WHERE ${where.join(' AND ')}`;
  const sort = q.sort === 'relevance' && match === null ? 'updated' : q.sort;
  return {
    select: `SELECT ${SUMMARY_COLUMNS} FROM ${from}${whereSql} ORDER BY ${ORDER_BY[sort]} LIMIT @limit OFFSET @offset`,
    count: `SELECT count(*) AS n FROM ${from}${whereSql}`,
    match,
  };
}

/** Cases in the shared record layer, with search, tags and each case's history. */
export class CaseRepository extends RecordRepository<CaseContent> {
  private readonly cache = new Map<string, Statement>();
  private readonly snapshotStmt: Statement;
  private readonly revisionsStmt: Statement;
  private readonly revisionStmt: Statement;
  private readonly trimStmt: Statement;
  private readonly deletedTagsStmt: Statement;
  private readonly allTagsStmt: Statement;

  constructor(db: Db) {
    super(db, CASES);
    this.snapshotStmt = db.prepare(
      `INSERT INTO case_revisions (case_seq, revision, ${CONTENT_COLUMNS}, saved_at)
       SELECT seq, revision, ${CONTENT_COLUMNS}, updated_at FROM cases WHERE id = ?`,
    );
    // Metadata only: a long case's scenarios are megabytes, and the list shows titles and times.
    this.revisionsStmt = db.prepare(
      `SELECT r.revision, r.title, r.saved_at FROM case_revisions r JOIN cases c ON c.seq = r.case_seq
       WHERE c.id = ? ORDER BY r.revision DESC`,
    );
    this.revisionStmt = db.prepare(
      `SELECT r.* FROM case_revisions r JOIN cases c ON c.seq = r.case_seq
       WHERE c.id = ? AND r.revision = ?`,
    );
    this.trimStmt = db.prepare(
      `DELETE FROM case_revisions
       WHERE case_seq = (SELECT seq FROM cases WHERE id = @id) AND revision < @revision - ${HISTORY_KEEP}`,
    );
    // Live tag counts are all counts minus those of trashed cases: the trash is small, and
    // joining every tag row to its case costs ~10 ms at 10 000 cases (this costs ~1 ms).
    this.deletedTagsStmt = db.prepare(
      // CROSS JOIN fixes the order: trashed cases first (index on deleted_at), then their tags.
      `SELECT t.tag AS tag, count(*) AS count FROM cases c CROSS JOIN case_tags t ON t.case_seq = c.seq
       WHERE c.deleted_at IS NOT NULL GROUP BY t.tag`,
    );
    this.allTagsStmt = db.prepare(
      'SELECT tag, count(*) AS count FROM case_tags GROUP BY tag ORDER BY tag',
    );
  }

  private statement(sql: string): Statement {
    let stmt = this.cache.get(sql);
    if (stmt === undefined) {
      stmt = this.db.prepare(sql);
      this.cache.set(sql, stmt);
    }
    return stmt;
  }

  list(q: ListQuery): { rows: CaseSummaryRecord[]; total: number } {
    const sql = listSql(q);
    const countParams: Record<string, unknown> = {};
    if (sql.match !== null) countParams.match = sql.match;
    if (q.tag !== undefined) countParams.tag = q.tag;
    const params = { ...countParams, limit: q.limit, offset: q.offset };
    const rows = (this.statement(sql.select).all(params) as SummaryRow[]).map(toSummary);
    const total = (this.statement(sql.count).get(countParams) as { n: number }).n;
    return { rows, total };
  }

  tags(includeDeleted: boolean): TagCount[] {
    const all = this.allTagsStmt.all() as TagCount[];
    if (includeDeleted) return all;
    // The key folds ASCII case only, as SQLite's NOCASE does.
    const key = (tag: string) => tag.replace(/[A-Z]/g, (c) => c.toLowerCase());
    const trashed = new Map(
      (this.deletedTagsStmt.all() as TagCount[]).map((t) => [key(t.tag), t.count]),
    );
    if (trashed.size === 0) return all;
    return all
      .map((t) => ({ tag: t.tag, count: t.count - (trashed.get(key(t.tag)) ?? 0) }))
      .filter((t) => t.count > 0);
  }

  /**
   * Keeps the current version in `case_revisions` and writes `content` as the next one,
   * dropping versions past HISTORY_KEEP. Returns the new revision, or null when `baseRevision`
   * is no longer current.
   */
  override update(
    id: string,
    baseRevision: number,
    content: CaseContent,
    now: number,
  ): number | null {
    return this.transaction(() => {
      const current = this.byId.get(id) as { revision: number } | undefined;
      if (current === undefined || current.revision !== baseRevision) return null;
      this.snapshotStmt.run(id);
      const next = super.update(id, baseRevision, content, now);
      if (next !== null) this.trimStmt.run({ id, revision: next });
      return next;
    });
  }

  /** Earlier versions, newest first: number, title and time only. */
  revisions(id: string): RevisionSummaryRecord[] {
    return (
      this.revisionsStmt.all(id) as Pick<RevisionRow, 'revision' | 'title' | 'saved_at'>[]
    ).map((row) => ({ revision: row.revision, title: row.title, savedAt: row.saved_at }));
  }

  revision(id: string, revision: number): RevisionRecord | undefined {
    const row = this.revisionStmt.get(id, revision) as RevisionRow | undefined;
    return row === undefined
      ? undefined
      : { ...toContent(row), revision: row.revision, savedAt: row.saved_at };
  }
}
