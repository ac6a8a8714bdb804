// Moving the library from ~/.lactasim to the platform's folder, once and safely: a consistent
// copy, an integrity check of the copy, then an atomic rename into place. The old file is never
// changed; a note beside it says where the library went, and its presence stops a second move.
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isCorruptionError, StoreOpenError } from './errors';
import { chosenDbPath, defaultDbPath, legacyDbPath } from './paths';
import { openDatabase } from './sqlite';

export type RelocateResult =
  { moved: false } | { moved: true; from: string; to: string; note: string };

export const MOVED_NOTE = 'MOVED.txt';

export interface RelocateOptions {
  nativeBinding?: string;
  /** Clock in ms since the epoch; tests inject one. */
  now?: () => number;
}

/** Copies `from` to `partial` and checks the copy; returns what is wrong with it, if anything. */
function copyAndCheck(from: string, partial: string, nativeBinding?: string): string | undefined {
  // VACUUM INTO reads through a read-only connection, WAL included, and writes a complete copy.
  const source = openDatabase(from, nativeBinding, { readonly: true });
  let version: number;
  try {
    version = source.pragma('user_version', { simple: true }) as number;
    source.prepare('VACUUM INTO ?').run(partial);
  } finally {
    source.close();
  }
  const copy = openDatabase(partial, nativeBinding);
  try {
    const check = copy.pragma('integrity_check', { simple: true }) as string;
    const copied = copy.pragma('user_version', { simple: true }) as number;
    if (check !== 'ok') return check;
    if (copied !== version) return `schema version ${copied} instead of ${version}`;
    return undefined;
  } finally {
    copy.close();
  }
}

/** Moves `from` to `to` unless `to` exists, `from` does not, or `from` was moved before. */
export function relocateLibrary(
  from: string,
  to: string,
  opts: RelocateOptions = {},
): RelocateResult {
  const note = join(dirname(from), MOVED_NOTE);
  if (existsSync(to) || !existsSync(from) || existsSync(note)) return { moved: false };
  mkdirSync(dirname(to), { recursive: true });
  const partial = `${to}.moving`;
  rmSync(partial, { force: true });
  let problem: string | undefined;
  try {
    problem = copyAndCheck(from, partial, opts.nativeBinding);
  } catch (error) {
    rmSync(partial, { force: true });
    if (!isCorruptionError(error)) throw error;
    problem = (error as Error).message;
  }
  if (problem !== undefined) {
    rmSync(partial, { force: true });
    throw new StoreOpenError(
      'CORRUPT',
      `LactaSim could not move the case library ${from} to ${to}: the copy failed its ` +
        `integrity check (${problem}). ${from} has not been changed.`,
    );
  }
  renameSync(partial, to);
  const when = new Date((opts.now ?? Date.now)()).toISOString();
  writeFileSync(
    note,
    `On ${when} LactaSim copied the case library in this folder to\n${to}\n` +
      `and uses that copy from now on. The files here are kept unchanged as a backup; once ` +
      `you have checked your cases in LactaSim you may delete them.\n`,
  );
  return { moved: true, from, to, note };
}

export interface LibraryLocation {
  dbPath: string;
  relocated: RelocateResult;
}

/**
 * The library to open: the one a person chose (`--db`, `$LACTASIM_DB`), else the default in
 * `dir` (the platform's folder), after moving a library left in ~/.lactasim there.
 */
export function locateLibrary(
  explicit?: string,
  env: Record<string, string | undefined> = process.env,
  opts: RelocateOptions & { dir?: string; home?: string } = {},
): LibraryLocation {
  const chosen = chosenDbPath(explicit, env);
  if (chosen !== undefined) return { dbPath: chosen, relocated: { moved: false } };
  const dbPath = defaultDbPath(opts.dir);
  return { dbPath, relocated: relocateLibrary(legacyDbPath(opts.home), dbPath, opts) };
}

/** One line for a person, or null when nothing moved. */
export function relocationNotice(result: RelocateResult): string | null {
  return result.moved
    ? `LactaSim moved the case library from ${result.from} to ${result.to}; the old copy is kept (see ${result.note}).`
    : null;
}
