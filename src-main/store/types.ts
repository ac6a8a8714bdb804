// What the store reads and writes. JSON columns come back parsed but unvalidated (`unknown`):
// checking them against the scenario schema is the services' job.

export type CaseSort = 'title' | 'updated' | 'created' | 'relevance';

/** The editable part of a case: what a revision snapshots. */
export interface CaseContent {
  title: string;
  tags: string[];
  notes: string;
  parentNotes: string;
  scenario: unknown;
  personal: Record<string, unknown> | null;
  beats: unknown[];
}

/** What every stored case and lesson carries besides its content. */
export interface RecordMeta {
  id: string;
  /** Non-null for the read-only rows seeded from resources/ (scenarios, lessons). */
  builtinSlug: string | null;
  builtinHash: string | null;
  revision: number;
  /** Milliseconds since the Unix epoch. */
  createdAt: number;
  updatedAt: number;
  deletedAt: number | null;
}

export interface CaseRecord extends CaseContent, RecordMeta {}

export interface CaseSummaryRecord {
  id: string;
  title: string;
  tags: string[];
  builtinSlug: string | null;
  revision: number;
  createdAt: number;
  updatedAt: number;
  deletedAt: number | null;
  hasPersonal: boolean;
}

export interface RevisionSummaryRecord {
  revision: number;
  title: string;
  /** When this version was written (its `updatedAt` while it was current). */
  savedAt: number;
}

export interface RevisionRecord extends CaseContent, RevisionSummaryRecord {}

export interface ListQuery {
  /** Free text; every word must match a prefix in title, tags or notes. */
  query?: string;
  tag?: string;
  sort: CaseSort;
  includeDeleted: boolean;
  limit: number;
  offset: number;
}

export interface TagCount {
  tag: string;
  count: number;
}

export interface BuiltinInfo {
  id: string;
  slug: string;
  hash: string | null;
}
