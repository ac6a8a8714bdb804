// Launching the real desktop app for the Electron suite: the runtime (or the reason it is
// missing), Electron's build of better-sqlite3, and a data folder of its own for every launch so
// no test touches the person's library, logs or single-instance lock.
import { expect } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  electronExecutable,
  nativeBindingIsCurrent,
  root,
} from '../../scripts/electron-runtime.mjs';

export { root };
export const executable = electronExecutable();
export const NO_RUNTIME =
  'skipped: no Electron runtime (it could not be downloaded on this machine)';

export function ensureNativeBuild(): void {
  if (nativeBindingIsCurrent()) return;
  const rebuilt = spawnSync(process.execPath, [join(root, 'scripts/rebuild-electron.mjs')], {
    stdio: 'inherit',
  });
  expect(rebuilt.status).toBe(0);
}

/** An empty data folder (the platform folder env-paths finds: XDG, HOME or LOCALAPPDATA). */
export function isolatedEnv(extra: Record<string, string> = {}): Record<string, string> {
  const home = mkdtempSync(join(tmpdir(), 'lactasim-electron-'));
  return {
    ...(process.env as Record<string, string>),
    XDG_DATA_HOME: join(home, 'data'),
    LOCALAPPDATA: join(home, 'local'),
    HOME: home,
    ...extra,
  };
}
