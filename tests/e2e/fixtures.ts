import { test as base, expect } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const repoRoot = join(import.meta.dirname, '..', '..');

export interface WebEdition {
  /** Full URL with the session token, as printed by `npm run web`. */
  url: string;
  origin: string;
  token: string;
  dbPath: string;
  /** Every line the server printed to stdout. */
  stdout: string[];
}

/** Starts the real web edition (src-main/web/main.ts) on a fresh database. */
export async function startWebEdition(
  dbPath?: string,
): Promise<{ edition: WebEdition; stop: () => Promise<void> }> {
  const db = dbPath ?? join(mkdtempSync(join(tmpdir(), 'lactasim-e2e-')), 'lactasim.db');
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', join(repoRoot, 'src-main/web/main.ts'), '--no-open', '--db', db],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const stdout: string[] = [];
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let buffer = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        stdout.push(line);
        const match = /^LactaSim web edition: (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)$/.exec(line);
        if (match) resolve(match[1]!);
      }
    });
    child.on('exit', (code) => reject(new Error(`web edition exited ${code}: ${stderr}`)));
    setTimeout(() => reject(new Error(`web edition did not start: ${stderr}`)), 30_000);
  });
  const parsed = new URL(url);
  return {
    edition: {
      url,
      origin: parsed.origin,
      token: parsed.searchParams.get('token')!,
      dbPath: db,
      stdout,
    },
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGINT');
      }),
  };
}

export const test = base.extend<object, { web: WebEdition }>({
  web: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture needs from this pattern
    async ({}, use) => {
      const { edition, stop } = await startWebEdition();
      await use(edition);
      await stop();
    },
    { scope: 'worker' },
  ],
});

export { expect };
