// Opening the case library: the one place that sets connection pragmas, checks the file,
// migrates it and tidies old soft-deleted cases.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  dailyBackupDue,
  listBackups,
  makeBackup,
  type BackupFile,
  type RollingBackupKind,
} from './backups';
import { CaseRepository } from './case-repository';
import { isCorruptionError, StoreOpenError } from './errors';
import { LessonRepository } from './lesson-repository';
import { migrate, type MigrateResult } from './migrate';
import { findBackup, restoreInPlace } from './restore';
import { LATEST_VERSION } from './migrations/index';
import { openDatabase, type Db } from './sqlite';
import { makeViewingCopy, needsViewingCopy } from './viewing-copy';

export interface OpenStoreOptions {
  /** better-sqlite3 addon rebuilt for Electron; absent under Node. */
  nativeBinding?: string;
  /** Clock in ms since the epoch; tests inject one. */
  now?: () => number;
  /** Open for viewing only: no schema upgrade, no tidying, every write refused by SQLite. */
  readOnly?: boolean;
}

export interface CaseStore {
  readonly path: string;
  readonly cases: CaseRepository;
  readonly lessons: LessonRepository;
  readonly now: () => number;
  readonly readOnly: boolean;
  /** What opening did: the migration it ran (and its backup) and how many cases it purged. */
  readonly opened: MigrateResult & { purged: number };
  /** Backups next to the library, newest first. */
  backups(): BackupFile[];
  /** Makes a rolling backup now (and prunes that kind); returns its path. */
  backup(kind: RollingBackupKind): string;
  /**
   * The daily backup: made when the newest is a day old or missing and the library holds
   * something of the user's own (a library of built-ins only has nothing to lose).
   */
  backupIfDue(): string | null;
  /** Replaces the library's data with the backup called `name`, after backing up the current. */
  restore(name: string): { restored: BackupFile; safetyBackup: string };
  close(): void;
}

export const PURGE_AFTER_MS = 30 * 24 * 60 * 60 * 1000;

function recoveryMessage(path: string, problem: string): string {
  const backups = listBackups(path).map((b) => b.path);
  const restore =
    backups.length === 0
      ? 'No backup copies were found next to it.'
      : `Backup copies next to it, newest first: ${backups.join(', ')}. To restore one, quit ` +
        `LactaSim, move ${path} (and any ${path}-wal / ${path}-shm files) aside, then copy the ` +
        `backup to ${path}.`;
  return (
    `The case library ${path} is damaged (${problem}). LactaSim has not changed it. ${restore} ` +
    `Otherwise move the file aside to start an empty library; keep the damaged file for support.`
  );
}

function configure(db: Db, path: string, readOnly: boolean): void {
  db.pragma('foreign_keys = ON');
  const problems = db.pragma('integrity_check') as { integrity_check: string }[];
  const first = problems[0]?.integrity_check;
  if (first !== 'ok') throw new StoreOpenError('CORRUPT', recoveryMessage(path, first ?? '?'));
  if (readOnly) return;
  // WAL: readers never block the writer, and a crash mid-write leaves the last commit intact.
  db.pragma('journal_mode = WAL');
  // FULL: every commit is fsynced, so an edit the app has confirmed survives a power cut, not
  // only a crash. Writes here are human-paced (one commit per save, one per import), so the
  // extra fsync is not felt; NORMAL would risk losing the last saves on power loss.
  db.pragma('synchronous = FULL');
}

/** Read-only: the library must already be at this app's version, since upgrading writes. */
function checkVersion(db: Db, path: string): MigrateResult {
  const found = migrate(db, { dbPath: path, now: 0, targetVersion: 0 }); // refuses a newer one
  if (found.from < LATEST_VERSION) {
    throw new StoreOpenError(
      'MIGRATION_FAILED',
      `The case library ${path} is from an older LactaSim and needs an upgrade, which needs ` +
        `write access; it can only be opened for viewing once it has been upgraded.`,
    );
  }
  return found;
}

export function openStore(path: string, opts: OpenStoreOptions = {}): CaseStore {
  try {
    return openStoreFrom(path, path, opts);
  } catch (error) {
    if (opts.readOnly !== true || !needsViewingCopy(error, path)) throw error;
  }
  const copy = makeViewingCopy(path);
  try {
    const store = openStoreFrom(copy.path, path, opts);
    return {
      ...store,
      close: () => {
        store.close();
        copy.remove();
      },
    };
  } catch (error) {
    copy.remove();
    throw error;
  }
}

/** The library at `path`, read from the file `file` (the same, or a viewing copy of it). */
function openStoreFrom(file: string, path: string, opts: OpenStoreOptions): CaseStore {
  const now = opts.now ?? Date.now;
  const readOnly = opts.readOnly === true;
  if (!readOnly) mkdirSync(dirname(path), { recursive: true });
  let db: Db;
  try {
    db = openDatabase(file, opts.nativeBinding, { readonly: readOnly });
  } catch (error) {
    if (isCorruptionError(error)) {
      throw new StoreOpenError('CORRUPT', recoveryMessage(path, (error as Error).message));
    }
    throw error;
  }
  try {
    configure(db, path, readOnly);
    const migrated = readOnly ? checkVersion(db, path) : migrate(db, { dbPath: path, now: now() });
    const cases = new CaseRepository(db);
    const lessons = new LessonRepository(db);
    const purged = readOnly ? 0 : cases.purgeDeletedBefore(now() - PURGE_AFTER_MS);
    if (!readOnly) lessons.purgeDeletedBefore(now() - PURGE_AFTER_MS);
    const hasOwnRecords = db.prepare(
      `SELECT EXISTS (SELECT 1 FROM cases WHERE builtin_slug IS NULL)
           OR EXISTS (SELECT 1 FROM lessons WHERE builtin_slug IS NULL) AS own`,
    );
    const backup = (kind: RollingBackupKind) => makeBackup(db, path, kind, now());
    return {
      path,
      cases,
      lessons,
      now,
      readOnly,
      opened: { ...migrated, purged },
      backups: () => listBackups(path),
      backup,
      backupIfDue: () =>
        !readOnly &&
        dailyBackupDue(path, now()) &&
        (hasOwnRecords.get() as { own: number }).own === 1
          ? backup('daily')
          : null,
      restore: (name) => {
        const restored = findBackup(path, name);
        let safetyBackup = '';
        restoreInPlace(db, path, restored, now(), () => (safetyBackup = backup('restore')));
        return { restored, safetyBackup };
      },
      close: () => db.close(),
    };
  } catch (error) {
    db.close();
    if (isCorruptionError(error)) {
      throw new StoreOpenError('CORRUPT', recoveryMessage(path, (error as Error).message));
    }
    throw error;
  }
}
