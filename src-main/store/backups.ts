// Copies of the library next to it, named `<db>.backup-<kind>-<UTC time>`:
//   daily     at most one a day while the library holds cases or lessons of the user's own
//   import    just before every import
//   restore   just before restoring another backup, so a restore can be undone
//   v<N>      before upgrading a library of schema version N (kept until the user removes them)
// The rolling kinds keep their newest BACKUP_KEEP copies; older ones are deleted when a new one
// of the same kind is made.
import { existsSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Db } from './sqlite';

export type RollingBackupKind = 'daily' | 'import' | 'restore';
export type BackupKind = RollingBackupKind | 'upgrade';

/** How many copies of each rolling kind are kept. */
export const BACKUP_KEEP: Readonly<Record<RollingBackupKind, number>> = {
  daily: 7,
  import: 5,
  restore: 5,
};

export const DAY_MS = 24 * 60 * 60 * 1000;

export interface BackupFile {
  /** The file name, e.g. `lactasim.db.backup-daily-20260102T030405Z`. */
  name: string;
  path: string;
  kind: BackupKind;
  /** The library's schema version before an upgrade; null for the rolling kinds. */
  fromVersion: number | null;
  /** When it was made (from its name), ms since the epoch. */
  createdAt: number;
  bytes: number;
}

const NAME = /\.backup-(daily|import|restore|v(\d+))-(\d{8}T\d{6}Z)(?:-\d+)?$/;

/** `20260102T030405Z`: a UTC time that sorts and reads well in a file name. */
export function stamp(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}

function parseStamp(text: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text)!;
  return Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
}

/**
 * Writes a consistent snapshot with VACUUM INTO: it reads through the open connection, so the
 * copy includes anything still in the WAL file, and it is a complete database on its own.
 */
function vacuumInto(db: Db, dbPath: string, label: string, now: number): string {
  const base = `${dbPath}.backup-${label}-${stamp(now)}`;
  let target = base;
  for (let n = 1; existsSync(target); n++) target = `${base}-${n}`;
  db.prepare('VACUUM INTO ?').run(target);
  return target;
}

/** The copy made before upgrading a library of schema `version`. */
export function backupBeforeUpgrade(db: Db, dbPath: string, version: number, now: number): string {
  return vacuumInto(db, dbPath, `v${version}`, now);
}

/** Makes a rolling backup of `kind` and deletes the copies of that kind past BACKUP_KEEP. */
export function makeBackup(db: Db, dbPath: string, kind: RollingBackupKind, now: number): string {
  const path = vacuumInto(db, dbPath, kind, now);
  const old = listBackups(dbPath)
    .filter((b) => b.kind === kind)
    .slice(BACKUP_KEEP[kind]);
  for (const b of old) {
    try {
      unlinkSync(b.path);
    } catch {
      // Already gone (another LactaSim process pruned it): nothing to do.
    }
  }
  return path;
}

/** Whether the newest daily backup is more than a day old, or there is none. */
export function dailyBackupDue(dbPath: string, now: number): boolean {
  const newest = listBackups(dbPath).find((b) => b.kind === 'daily');
  return newest === undefined || now - newest.createdAt >= DAY_MS;
}

/** Backups next to the database, newest first. */
export function listBackups(dbPath: string): BackupFile[] {
  const dir = dirname(dbPath);
  const prefix = `${basename(dbPath)}.backup-`;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const found: BackupFile[] = [];
  for (const name of names) {
    const m = name.startsWith(prefix) ? NAME.exec(name) : null;
    if (m === null) continue;
    const path = join(dir, name);
    let bytes: number;
    try {
      bytes = statSync(path).size;
    } catch {
      continue;
    }
    const version = m[2];
    found.push({
      name,
      path,
      kind: version === undefined ? (m[1] as RollingBackupKind) : 'upgrade',
      fromVersion: version === undefined ? null : Number(version),
      createdAt: parseStamp(m[3]!),
      bytes,
    });
  }
  return found.sort((a, b) => b.createdAt - a.createdAt || b.name.localeCompare(a.name));
}
