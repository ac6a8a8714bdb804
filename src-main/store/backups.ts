// Copies of the library made before a schema change, named `<db>.backup-v<N>-<UTC time>`.
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Db } from './sqlite';

function stamp(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}

/**
 * Writes a consistent snapshot with VACUUM INTO: it reads through the open connection, so the
 * copy includes anything still in the WAL file, and it is a complete database on its own.
 */
export function backupDatabase(db: Db, dbPath: string, version: number, now: number): string {
  const base = `${dbPath}.backup-v${version}-${stamp(now)}`;
  let target = base;
  for (let n = 1; existsSync(target); n++) target = `${base}-${n}`;
  db.prepare('VACUUM INTO ?').run(target);
  return target;
}

/** Backups next to the database, newest first. */
export function listBackups(dbPath: string): string[] {
  const dir = dirname(dbPath);
  const prefix = `${basename(dbPath)}.backup-`;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => n.startsWith(prefix) && !n.endsWith('-wal') && !n.endsWith('-shm'))
    .sort()
    .reverse()
    .map((n) => join(dir, n));
}
