// A library in a folder the user may not write (read-only media, a shared folder without
// permission) opens for viewing from a private copy: SQLite cannot create its WAL index beside
// the file there. Run for real: in a process without write access to the folder (as root, for
// whom no folder is write-protected, with the capabilities that override file modes dropped, so
// the process still reads the checkout wherever it was cloned but obeys the folder's 0555).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src-main/services/dispatch';
import { createServices } from '../../src-main/services/index';
import { openStore } from '../../src-main/store/open';
import { repoRoot, resourcesDir, tempDbPath } from './helpers';

const asRoot = process.getuid?.() === 0;
const OVERRIDES = '-dac_override,-dac_read_search,-fowner';

function folderState(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir).map((name) => [
      name,
      createHash('sha256')
        .update(readFileSync(join(dir, name)))
        .digest('hex'),
    ]),
  );
}

/** Opens `dbPath` for viewing in another process that may read, but not write, its folder. */
function viewAsReader(dbPath: string, scratch: string) {
  const script = ['--import', 'tsx', join(repoRoot, 'tests/store/fixtures/view-library.ts')];
  const args = [...script, dbPath, resourcesDir];
  const run = asRoot
    ? spawnSync('setpriv', [`--bounding-set=${OVERRIDES}`, process.execPath, ...args], {
        cwd: repoRoot,
        env: { ...process.env, TMPDIR: scratch, HOME: scratch },
      })
    : spawnSync(process.execPath, args, {
        cwd: repoRoot,
        env: { ...process.env, TMPDIR: scratch, HOME: scratch },
      });
  expect(run.status, run.stderr.toString()).toBe(0);
  return JSON.parse(run.stdout.toString()) as { titles: unknown; save: unknown };
}

describe('viewing a library in a folder that cannot be written', () => {
  it('opens it from a private copy: reads work, saves are refused, nothing is written anywhere', async () => {
    const dbPath = tempDbPath();
    const dir = join(dbPath, '..');
    const own = createServices({ edition: 'web', dataPath: dbPath, dbPath, resourcesDir });
    expect(
      await dispatch(own.handlers, 'cases.create', {
        fromBuiltin: 'typical-feed-6-weeks',
        title: 'Ana, week 6',
      }),
    ).toMatchObject({ ok: true });
    own.close();
    chmodSync(dbPath, 0o644);
    chmodSync(dir, 0o555);
    const before = folderState(dir);
    // The reader's own temporary folder, where the private copy goes.
    const scratch = mkdtempSync(join(tmpdir(), 'lactasim-reader-'));
    try {
      expect(viewAsReader(dbPath, scratch)).toEqual({
        titles: ['Ana, week 6'],
        save: {
          ok: false,
          error: {
            code: 'LIBRARY_READ_ONLY',
            message: 'The case library is open read-only: nothing can be saved in this session.',
          },
        },
      });
    } finally {
      chmodSync(dir, 0o755);
    }
    expect(folderState(dir)).toEqual(before);
    // The copy went with the closed library.
    expect(readdirSync(scratch).filter((name) => name.startsWith('lactasim-viewing-'))).toEqual([]);
  });

  it('makes no copy of a library that is not there', () => {
    const missing = tempDbPath();
    const scratch = readdirSync(tmpdir()).filter((n) => n.startsWith('lactasim-viewing-')).length;
    expect(() => openStore(missing, { readOnly: true })).toThrow();
    expect(readdirSync(tmpdir()).filter((n) => n.startsWith('lactasim-viewing-')).length).toBe(
      scratch,
    );
  });
});
