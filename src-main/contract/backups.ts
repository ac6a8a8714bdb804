// Backups of the case library: the rolling copies LactaSim makes by itself (daily, before every
// import, before a restore) and the ones made before a schema upgrade, listed with a Restore.
import { z } from 'zod';
import { method } from './define';

export interface BackupSummary {
  /** The file name next to the library; what `backups.restore` takes. */
  name: string;
  kind: 'daily' | 'import' | 'restore' | 'upgrade';
  createdAt: string;
  bytes: number;
}

export interface BackupListResponse {
  /** Newest first. */
  backups: BackupSummary[];
  /** The folder they are in (the library's own). */
  folder: string;
  /** How many of each rolling kind are kept; upgrade copies are never deleted by LactaSim. */
  keep: { daily: number; import: number; restore: number };
  /** Set when the library failed its integrity check: restoring a backup is the way back. */
  damaged: string | null;
}

export interface BackupRestoreResponse {
  restored: BackupSummary;
  /** The copy of the library as it was just before the restore (null for a damaged library). */
  safetyBackup: string | null;
  /** Where the damaged library was moved, when it was one. */
  damagedMovedTo: string | null;
}

/** `<library file>.backup-<kind>-<UTC time>`; never a path. */
const backupNameSchema = z
  .string()
  .max(300)
  .regex(
    /^[^/\\]+\.backup-(daily|import|restore|v\d+)-\d{8}T\d{6}Z(-\d+)?$/,
    'not the name of a LactaSim backup (choose one from backups.list)',
  );

export const backupMethods = {
  'backups.list': method<BackupListResponse>()(z.object({}).strict()),
  /** Replaces the whole library with the backup, after backing up the library as it is. */
  'backups.restore': method<BackupRestoreResponse>()(z.object({ name: backupNameSchema }).strict()),
};
