// The backup methods, for an open library and for one that failed its integrity check.
import { dirname } from 'node:path';
import type { BackupSummary } from '../contract/backups';
import { AppError } from '../contract/errors';
import type { Handlers } from '../contract/index';
import {
  BACKUP_KEEP,
  BackupError,
  findBackup,
  listBackups,
  replaceDamagedLibrary,
  type BackupFile,
  type CaseStore,
} from '../store/index';
import { iso } from './records';

export type BackupMethodName = 'backups.list' | 'backups.restore';

function toSummary(b: BackupFile): BackupSummary {
  return { name: b.name, kind: b.kind, createdAt: iso(b.createdAt), bytes: b.bytes };
}

/** A store error about a backup as the caller's error, naming the field. */
function asAppError(error: unknown): unknown {
  if (!(error instanceof BackupError)) return error;
  return new AppError(
    error.code === 'NOT_FOUND' ? 'NOT_FOUND' : 'BAD_REQUEST',
    error.message,
    'name',
  );
}

/** `afterRestore` brings derived content (the built-ins) back in line with this app's resources. */
export function backupHandlers(
  store: CaseStore,
  afterRestore: () => void,
): Pick<Handlers, BackupMethodName> {
  return {
    'backups.list': () => ({
      backups: store.backups().map(toSummary),
      folder: dirname(store.path),
      keep: { ...BACKUP_KEEP },
      damaged: null,
    }),
    'backups.restore': ({ name }) => {
      try {
        const { restored, safetyBackup } = store.restore(name);
        afterRestore();
        return { restored: toSummary(restored), safetyBackup, damagedMovedTo: null };
      } catch (error) {
        throw asAppError(error);
      }
    },
  };
}

/**
 * For a library that failed its integrity check: the backups can be listed and one restored in
 * its place (the damaged file is kept aside); `reopen` then opens the restored library.
 */
export function damagedBackupHandlers(
  dbPath: string,
  problem: string,
  reopen: () => void,
): Pick<Handlers, BackupMethodName> {
  return {
    'backups.list': () => ({
      backups: listBackups(dbPath).map(toSummary),
      folder: dirname(dbPath),
      keep: { ...BACKUP_KEEP },
      damaged: problem,
    }),
    'backups.restore': ({ name }) => {
      try {
        const backup = findBackup(dbPath, name);
        const damagedMovedTo = replaceDamagedLibrary(dbPath, backup, Date.now());
        reopen();
        return { restored: toSummary(backup), safetyBackup: null, damagedMovedTo };
      } catch (error) {
        throw asAppError(error);
      }
    },
  };
}
