// The store's public face. Only store/ imports better-sqlite3.
export { openStore, PURGE_AFTER_MS, type CaseStore, type OpenStoreOptions } from './open';
export {
  BackupError,
  StoreOpenError,
  isBusyError,
  isCorruptionError,
  isWriteRefusal,
  type StoreErrorCode,
} from './errors';
export { defaultDbPath, libraryDir, resolveDbPath, DB_ENV_VAR, DB_FILE_NAME } from './paths';
export {
  locateLibrary,
  relocateLibrary,
  relocationNotice,
  type LibraryLocation,
  type RelocateResult,
} from './relocate';
export {
  BACKUP_KEEP,
  listBackups,
  type BackupFile,
  type BackupKind,
  type RollingBackupKind,
} from './backups';
export { findBackup, replaceDamagedLibrary } from './restore';
export { HISTORY_KEEP } from './case-repository';
export { firstRevision } from './record-meta';
export { LATEST_VERSION } from './migrations/index';
export type { CaseRepository } from './case-repository';
export type { LessonRepository, LessonContent, LessonRecord } from './lesson-repository';
export type * from './types';
export type { RecordRepository, RecordTable } from './record-repository';
