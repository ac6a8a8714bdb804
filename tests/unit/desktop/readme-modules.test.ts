// README's table of where each main-process module is tested is how a maintainer without an
// Electron runtime knows what was checked: it must name every module in src-main/main/, and
// every test it points to must exist.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../fixtures/services';

function moduleTable(): { modules: string[]; tests: string[] } {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const start = readme.indexOf('| module ');
  expect(start).toBeGreaterThan(0);
  const rows = readme.slice(start).split('\n\n')[0]!.split('\n').slice(2);
  const cells = rows.map((row) => row.split('|').slice(1, 3));
  const named = (cell: string | undefined, pattern: RegExp) =>
    [...(cell ?? '').matchAll(pattern)].map((m) => m[1]!);
  return {
    modules: cells.flatMap(([first]) => named(first, /`([\w-]+\.ts)`/g)),
    tests: cells.flatMap(([, second]) => named(second, /`(tests\/[\w/.-]+\.test\.ts)`/g)),
  };
}

describe("README's table of main-process modules and their tests", () => {
  it('names every module in src-main/main/, and only those', () => {
    const modules = readdirSync(join(repoRoot, 'src-main', 'main')).filter((f) =>
      f.endsWith('.ts'),
    );
    expect(moduleTable().modules.sort()).toEqual(modules.sort());
  });

  it('points only to tests that exist', () => {
    const { tests } = moduleTable();
    expect(tests.length).toBeGreaterThan(10);
    for (const test of tests) expect(existsSync(join(repoRoot, test)), test).toBe(true);
  });
});
