// Restoring a backup. An open library is restored in place: one write transaction replaces the
// rows of every table that holds the user's data with the backup's, so other LactaSim processes
// on the same file see the old library or the restored one, never a mix, and the search and
// tag indexes follow through their triggers. A damaged library (no usable connection) is moved
// aside and the backup copied into its place.
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { BackupError } from './errors';
import { listBackups, stamp, type BackupFile } from './backups';
import { migrate, userVersion } from './migrate';
import { LATEST_VERSION } from './migrations/index';
import { openDatabase, writeTransaction, type Db } from './sqlite';

/** Tables of the user's data, parents first. Every other table is derived (see DERIVED_TABLES). */
export const RESTORED_TABLES = ['cases', 'case_revisions', 'lessons'] as const;
/** Filled by triggers from RESTORED_TABLES (0002): the tag index and the full-text index. */
export const DERIVED_TABLES = ['case_tags', 'cases_fts'] as const;

const SIDE_FILES = ['', '-wal', '-shm', '-journal'];

function removeWithSideFiles(path: string): void {
  for (const suffix of SIDE_FILES) rmSync(`${path}${suffix}`, { force: true });
}

/** The backup called `name` next to the library, or NOT_FOUND. */
export function findBackup(dbPath: string, name: string): BackupFile {
  const found = listBackups(dbPath).find((b) => b.name === name);
  if (found === undefined) {
    throw new BackupError('NOT_FOUND', `There is no backup called ${name} next to ${dbPath}`);
  }
  return found;
}

/**
 * Copies the backup to `target`, checks it and brings it to the current schema, so what is
 * restored is a sound library of this version. The backup file itself is never changed.
 */
function prepareCopy(backup: BackupFile, target: string, now: number): void {
  copyFileSync(backup.path, target);
  let db: Db | undefined;
  try {
    db = openDatabase(target);
    const check = db.pragma('integrity_check') as { integrity_check: string }[];
    if (check[0]?.integrity_check !== 'ok') {
      throw new BackupError('UNUSABLE', `The backup ${backup.name} is damaged too; choose another`);
    }
    if (userVersion(db) > LATEST_VERSION) {
      throw new BackupError(
        'UNUSABLE',
        `The backup ${backup.name} was written by a newer LactaSim; update LactaSim to restore it`,
      );
    }
    migrate(db, { dbPath: target, now, backup: false });
    db.pragma('journal_mode = DELETE');
  } catch (error) {
    db?.close();
    db = undefined;
    removeWithSideFiles(target);
    if (error instanceof BackupError) throw error;
    throw new BackupError(
      'UNUSABLE',
      `The backup ${backup.name} cannot be read as a LactaSim library (${(error as Error).message}); choose another`,
    );
  } finally {
    db?.close();
  }
}

function columns(db: Db, table: string): string {
  const info = db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[];
  return info.map((c) => `"${c.name}"`).join(', ');
}

/**
 * Replaces the user's data in the open library `db` with the backup's, in one transaction.
 * `beforeReplace` runs once the backup is checked and copied (so it may prune backup files).
 */
export function restoreInPlace(
  db: Db,
  dbPath: string,
  backup: BackupFile,
  now: number,
  beforeReplace: () => void,
): void {
  const copy = `${dbPath}.restoring-${randomBytes(6).toString('hex')}`;
  prepareCopy(backup, copy, now);
  try {
    beforeReplace();
    db.prepare('ATTACH DATABASE ? AS restored').run(copy);
    try {
      writeTransaction(db, () => {
        for (const table of [...RESTORED_TABLES].reverse()) db.exec(`DELETE FROM main.${table}`);
        for (const table of RESTORED_TABLES) {
          const cols = columns(db, table);
          db.exec(`INSERT INTO main.${table} (${cols}) SELECT ${cols} FROM restored.${table}`);
        }
      });
    } finally {
      db.exec('DETACH DATABASE restored');
    }
  } finally {
    removeWithSideFiles(copy);
  }
}

/**
 * For a library that cannot be opened: checks the backup, moves the damaged file (and its WAL
 * files) aside as `<db>.damaged-<UTC time>` and puts the checked copy in its place. Returns the
 * path the damaged file was moved to.
 */
export function replaceDamagedLibrary(dbPath: string, backup: BackupFile, now: number): string {
  const copy = `${dbPath}.restoring-${randomBytes(6).toString('hex')}`;
  prepareCopy(backup, copy, now);
  let aside = `${dbPath}.damaged-${stamp(now)}`;
  for (let n = 1; existsSync(aside); n++) aside = `${dbPath}.damaged-${stamp(now)}-${n}`;
  for (const suffix of SIDE_FILES) {
    if (existsSync(`${dbPath}${suffix}`)) renameSync(`${dbPath}${suffix}`, `${aside}${suffix}`);
  }
  renameSync(copy, dbPath);
  return aside;
}
