// The startup-error dialog of the real app: a library from a newer LactaSim, and one that is
// damaged. Runs the real main process through fixtures/record-dialogs, which records the native
// message box instead of showing it.
import { test, expect } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { LATEST_VERSION } from '../../src-main/store/migrations/index';
import { openStore } from '../../src-main/store/open';
import { openDatabase } from '../../src-main/store/sqlite';
import { ensureNativeBuild, executable, isolatedEnv, NO_RUNTIME, root } from './launch';

test.skip(executable === null, NO_RUNTIME);
test.beforeAll(ensureNativeBuild);

interface Recorded {
  kind: 'message-box' | 'open-path';
  options?: { message: string; detail: string; buttons: string[] };
  path?: string;
}

/** Runs the app on `dbPath` until it quits; returns what it showed. */
async function runUntilQuit(dbPath: string, answers: string[]): Promise<Recorded[]> {
  const log = join(mkdtempSync(join(tmpdir(), 'lactasim-dialogs-')), 'dialogs.jsonl');
  const child = spawn(executable!, [join(root, 'tests/electron/fixtures/record-dialogs')], {
    env: isolatedEnv({
      LACTASIM_DB: dbPath,
      LACTASIM_ROOT: root,
      LACTASIM_E2E_DIALOG_LOG: log,
      LACTASIM_E2E_ANSWERS: answers.join(','),
      // The dialog speaks the system's language; these expectations are the English words.
      LANGUAGE: 'en_US',
      LC_ALL: 'en_US.UTF-8',
    }),
    stdio: 'inherit',
  });
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  expect(code).toBe(0);
  if (!existsSync(log)) return [];
  return readFileSync(log, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Recorded);
}

function library(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'lactasim-library-')), 'lactasim.db');
  openStore(path).close();
  return path;
}

test('a library from a newer LactaSim: the dialog names the file; Open backups folder, then Quit', async () => {
  const dbPath = library();
  const db = openDatabase(dbPath);
  db.pragma(`user_version = ${LATEST_VERSION + 1}`);
  db.close();
  const shown = await runUntilQuit(dbPath, ['Open backups folder', 'Quit']);
  expect(shown.map((s) => s.kind)).toEqual(['message-box', 'open-path', 'message-box']);
  const box = shown[0]!.options!;
  expect(box.message).toBe('This case library was written by a newer version of LactaSim.');
  expect(box.detail).toContain(`File: ${dbPath}`);
  expect(box.detail).toContain(`No backup copies were found in ${dirname(dbPath)}.`);
  expect(box.buttons).toEqual(['Open backups folder', 'Quit']);
  expect(shown[1]!.path).toBe(dirname(dbPath));
});

test('a file that is not a database: the damaged-library dialog, then Quit', async () => {
  const dbPath = join(mkdtempSync(join(tmpdir(), 'lactasim-library-')), 'lactasim.db');
  writeFileSync(dbPath, Buffer.alloc(8192, 0x41));
  const shown = await runUntilQuit(dbPath, ['Quit']);
  expect(shown).toHaveLength(1);
  expect(shown[0]!.options!.message).toBe('The case library is damaged.');
  expect(shown[0]!.options!.detail).toContain(`File: ${dbPath}`);
});
