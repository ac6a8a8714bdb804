// Where the case library lives when nobody says otherwise. Shared by the CLI, the web edition and
// Electron, which sets its userData folder to `libraryDir()` so all three use the same folder.
import envPaths from 'env-paths';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const DB_ENV_VAR = 'LACTASIM_DB';
export const DB_FILE_NAME = 'lactasim.db';

/**
 * The platform's folder for the app's data: `~/.local/share/LactaSim` (or `$XDG_DATA_HOME`) on
 * Linux, `~/Library/Application Support/LactaSim` on macOS, `%LOCALAPPDATA%\LactaSim\Data` on
 * Windows (local, not roaming: SQLite files do not belong in a roaming profile).
 */
export function libraryDir(): string {
  return envPaths('LactaSim', { suffix: '' }).data;
}

/** The library file in `dir` (default: the platform's folder). */
export function defaultDbPath(dir: string = libraryDir()): string {
  return join(dir, DB_FILE_NAME);
}

/** Where LactaSim 0.1 kept the library; moved once to `defaultDbPath()` (see relocate.ts). */
export function legacyDbPath(home: string = homedir()): string {
  return join(home, '.lactasim', DB_FILE_NAME);
}

/** The path a person chose: an explicit path wins, then `$LACTASIM_DB`; undefined for none. */
export function chosenDbPath(
  explicit?: string,
  env: Record<string, string | undefined> = process.env,
): string | undefined {
  if (explicit !== undefined && explicit !== '') return resolve(explicit);
  const fromEnv = env[DB_ENV_VAR];
  if (fromEnv !== undefined && fromEnv !== '') return resolve(fromEnv);
  return undefined;
}

/** An explicit path wins, then `$LACTASIM_DB`, then the default. */
export function resolveDbPath(
  explicit?: string,
  env: Record<string, string | undefined> = process.env,
): string {
  return chosenDbPath(explicit, env) ?? defaultDbPath();
}
