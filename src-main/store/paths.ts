// Where the case library lives when nobody says otherwise. Shared by the CLI, the web edition and
// Electron (which may pass its own userData path instead).
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const DB_ENV_VAR = 'LACTASIM_DB';

/** `~/.lactasim/lactasim.db`. */
export function defaultDbPath(home: string = homedir()): string {
  return join(home, '.lactasim', 'lactasim.db');
}

/** An explicit path wins, then `$LACTASIM_DB`, then the default. */
export function resolveDbPath(
  explicit?: string,
  env: Record<string, string | undefined> = process.env,
): string {
  if (explicit !== undefined && explicit !== '') return resolve(explicit);
  const fromEnv = env[DB_ENV_VAR];
  if (fromEnv !== undefined && fromEnv !== '') return resolve(fromEnv);
  return defaultDbPath();
}
