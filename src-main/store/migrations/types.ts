import type { Db } from '../sqlite';

/** One schema step. Append-only: a released migration is never edited, only followed. */
export interface Migration {
  /** Equals the `PRAGMA user_version` the database has after this step. */
  readonly version: number;
  readonly name: string;
  up(db: Db): void;
}
