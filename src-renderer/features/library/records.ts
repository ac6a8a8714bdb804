// The pure part of the one list screen for cases and lessons: the query the filters make, the
// filtering and sorting of a kind whose list method returns every record (lessons), and the words
// the screen says about records. No React, no calls: tested in node.
import type { TagCount } from '../../../src-main/contract/cases';
import { tr } from '../../app/i18n';

/** The kinds of record the list shows; each has its words under its name in library.json. */
export type RecordNoun = 'case' | 'lesson';

export type RecordSort = '' | 'title' | 'updated' | 'created';

/** What the search box, tag, sort and "Show deleted" ask for ('' : the kind's own order). */
export interface ListQuery {
  query: string;
  tag: string;
  sort: RecordSort;
  includeDeleted: boolean;
}

export const NO_QUERY: ListQuery = { query: '', tag: '', sort: '', includeDeleted: false };

/** What every listed record has, case or lesson. */
export interface RecordSummary {
  id: string;
  title: string;
  builtin: boolean;
  createdAt: string;
  updatedAt: string;
  /** Set while the record is in the trash. */
  deletedAt: string | null;
}

/** One answer of a kind's list: the records shown, how many match, the tags (null: no tags). */
export interface ListPage<S> {
  items: S[];
  total: number;
  tags: TagCount[] | null;
}

/** "1 case", "3 lessons" in the interface language. */
export function countOf(n: number, noun: RecordNoun): string {
  return tr('library', `${noun}.count`, { count: n });
}

const ascending = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const newestFirst = (a: string, b: string) => ascending(b, a);

/**
 * The records matching `q`, sorted as the case library sorts in SQL: every word of the query
 * (case-insensitive) in `text(record)`; by title A–Z, or newest first by update or creation; the
 * list's own order for ''. Records in the trash only with `includeDeleted`.
 */
export function filterAndSort<S extends RecordSummary>(
  items: readonly S[],
  q: ListQuery,
  text: (record: S) => string,
): S[] {
  const words = q.query.toLowerCase().split(/\s+/).filter(Boolean);
  const shown = items.filter(
    (r) =>
      (q.includeDeleted || r.deletedAt === null) &&
      words.every((w) => text(r).toLowerCase().includes(w)),
  );
  switch (q.sort) {
    case 'title':
      // As SQLite's COLLATE NOCASE sorts the cases: letter case aside, by code point.
      return shown.sort((a, b) => ascending(a.title.toLowerCase(), b.title.toLowerCase()));
    case 'updated':
      return shown.sort((a, b) => newestFirst(a.updatedAt, b.updatedAt));
    case 'created':
      return shown.sort((a, b) => newestFirst(a.createdAt, b.createdAt));
    case '':
      return shown;
  }
}
