// Brings a database to the newest schema: refuses one from the future, backs up an existing
// library, then runs every pending step in ONE transaction so a failure leaves the old version.
import { backupBeforeUpgrade } from './backups';
import { StoreOpenError } from './errors';
import { LATEST_VERSION, MIGRATIONS } from './migrations/index';
import { writeTransaction, type Db } from './sqlite';

export interface MigrateOptions {
  dbPath: string;
  now: number;
  /** Stop at this version (tests step through migrations one by one). */
  targetVersion?: number;
  /** false: no copy before upgrading (the file is itself a copy being prepared). Default true. */
  backup?: boolean;
}

export interface MigrateResult {
  from: number;
  to: number;
  backupPath: string | null;
}

export function userVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function hasSchema(db: Db): boolean {
  return db.prepare('SELECT 1 FROM sqlite_schema LIMIT 1').get() !== undefined;
}

export function migrate(db: Db, options: MigrateOptions): MigrateResult {
  const target = options.targetVersion ?? LATEST_VERSION;
  const from = userVersion(db);
  if (from > LATEST_VERSION) {
    throw new StoreOpenError(
      'NEWER_VERSION',
      `The case library ${options.dbPath} was written by a newer LactaSim (database version ${from}; ` +
        `this app knows up to ${LATEST_VERSION}). Update LactaSim to open it; it has not been changed.`,
    );
  }
  if (from >= target) return { from, to: from, backupPath: null };

  const backupPath =
    options.backup !== false && hasSchema(db)
      ? backupBeforeUpgrade(db, options.dbPath, from, options.now)
      : null;
  const pending = MIGRATIONS.filter((m) => m.version > from && m.version <= target);
  try {
    writeTransaction(db, () => {
      // Another process may have upgraded the file while this one waited for the lock.
      const current = userVersion(db);
      for (const m of pending.filter((p) => p.version > current)) {
        m.up(db);
        // user_version lives in the file header and is written by this same transaction.
        db.pragma(`user_version = ${m.version}`);
      }
    });
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new StoreOpenError(
      'MIGRATION_FAILED',
      `Could not upgrade the case library ${options.dbPath} from version ${from}: ${why}. ` +
        `It is unchanged${backupPath === null ? '' : `; a copy is at ${backupPath}`}.`,
    );
  }
  return { from, to: target, backupPath };
}
