import { spawn } from 'node:child_process';
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCaseLibrary } from '../../src-main/services/cases';
import { withRaw, bundleOf, repoRoot, resourcesDir, sampleScenario, tempDir } from './helpers';

describe('crash safety', () => {
  it('a process killed with SIGKILL mid-import leaves exactly the last committed state', async () => {
    const dir = tempDir();
    const dbPath = join(dir, 'lactasim.db');
    const scenario = sampleScenario();
    const mk = (prefix: string, n: number, notes: string) =>
      bundleOf(
        Array.from({ length: n }, (_, i) => ({
          title: `${prefix} ${i}`,
          tags: [prefix],
          notes,
          scenario,
        })),
      );
    writeFileSync(join(dir, 'small.json'), JSON.stringify(mk('crashsmall', 5, 'committed')));
    // ~40 MB of notes: half of it is more than better-sqlite3's 16 MB page cache, so the open
    // transaction has spilled pages to the WAL when it is killed.
    writeFileSync(
      join(dir, 'large.json'),
      JSON.stringify(mk('crashlarge', 4000, 'x'.repeat(10_000))),
    );

    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        join(import.meta.dirname, 'fixtures', 'import-then-hang.ts'),
        dbPath,
        resourcesDir,
        join(dir, 'small.json'),
        join(dir, 'large.json'),
      ],
      { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exit = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, signal) => resolve(signal)),
    );
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        stdout += d.toString();
        if (stdout.includes('MIDWAY')) {
          child.kill('SIGKILL');
          resolve();
        }
      });
      child.on('exit', () => reject(new Error(`child exited before MIDWAY: ${stdout} ${stderr}`)));
    });
    expect(await exit).toBe('SIGKILL');
    expect(stdout).not.toContain('FINISHED');
    const committed = JSON.parse(/COMMITTED (.*)/.exec(stdout)![1]!) as string[];

    // The uncommitted transaction really reached the disk (the WAL) before the kill.
    expect(statSync(`${dbPath}-wal`).size).toBeGreaterThan(4 * 1024 * 1024);
    const lib = openCaseLibrary({ dbPath, resourcesDir }); // runs integrity_check
    const all = await lib.handlers['cases.list']({
      includeDeleted: true,
      limit: 10_000,
      offset: 0,
    });
    const userIds = all.cases.filter((c) => !c.builtin).map((c) => c.id);
    expect(userIds.sort()).toEqual([...committed].sort());
    expect(all.tags.find((t) => t.tag === 'crashlarge')).toBeUndefined();
    expect(
      (
        await lib.handlers['cases.list']({
          query: 'crashsmall',
          includeDeleted: false,
          limit: 50,
          offset: 0,
        })
      ).total,
    ).toBe(5);
    lib.close();
    expect(withRaw(dbPath, (db) => db.pragma('integrity_check', { simple: true }))).toBe('ok');
    // The full-text index agrees with its content table.
    expect(() =>
      withRaw(dbPath, (db) =>
        db.prepare("INSERT INTO cases_fts(cases_fts, rank) VALUES('integrity-check', 1)").run(),
      ),
    ).not.toThrow();
  });
});
