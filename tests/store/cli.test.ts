import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION } from '../../src-main/store/index';
import { bundleOf, dumpDb, repoRoot, sampleScenario, tempDir, withRaw } from './helpers';

const CLI = join(repoRoot, 'src-main', 'cli', 'cases.ts');

function cases(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, LACTASIM_DB: '', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function expectOneLineError(
  r: { code: number | null; stderr: string },
  code: number,
  text: RegExp,
) {
  expect(r.code).toBe(code);
  expect(r.stderr.endsWith('\n')).toBe(true);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(text);
}

describe('cases command line', () => {
  const dir = tempDir();
  const db = join(dir, 'lib', 'lactasim.db');
  const scenario = sampleScenario();

  it('prints its usage on stdout for --help and exits 0 without opening a library', () => {
    const r = cases(['--db', join(dir, 'never', 'lactasim.db'), 'list', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^usage: cases \[--db PATH\] list/);
    expect(existsSync(join(dir, 'never'))).toBe(false);
  });

  it('lists the built-ins of a new library and reads $LACTASIM_DB', () => {
    const r = cases(['list'], { LACTASIM_DB: db });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^b_\S+ +\d{4}-\d\d-\d\d {2}.+\(built-in\)$/m);
    const json = cases(['--db', db, 'list', '--json']);
    const parsed = JSON.parse(json.stdout) as { total: number; cases: { builtin: boolean }[] };
    expect(parsed.total).toBeGreaterThanOrEqual(10);
    expect(parsed.cases.every((c) => c.builtin)).toBe(true);
  });

  it('imports, shows, exports without personal details, and deletes', () => {
    const file = join(dir, 'in.lactasim.json');
    writeFileSync(
      file,
      JSON.stringify(
        bundleOf([
          {
            title: 'From a colleague',
            tags: ['shared'],
            personal: { parentFirstName: 'Ana' },
            scenario,
          },
        ]),
      ),
    );
    const imported = cases(['--db', db, 'import', file]);
    expect(imported.code).toBe(0);
    const id = /^(c_[0-9a-z]{12}) +From a colleague$/m.exec(imported.stdout)?.[1];
    expect(id).toBeDefined();

    const shown = JSON.parse(cases(['--db', db, 'show', id!, '--json']).stdout) as {
      title: string;
      personal: unknown;
    };
    expect(shown).toMatchObject({
      title: 'From a colleague',
      personal: { parentFirstName: 'Ana' },
    });

    const out = join(dir, 'out.lactasim.json');
    expect(cases(['--db', db, 'export', id!, '--out', out]).code).toBe(0);
    const bundle = JSON.parse(readFileSync(out, 'utf8')) as { format: string; cases: object[] };
    expect(bundle.format).toBe('lactasim/bundle@1');
    expect(bundle.cases[0]).not.toHaveProperty('personal');
    expect(cases(['--db', db, 'export', id!, '--out', out, '--keep-personal']).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).cases[0].personal).toEqual({
      parentFirstName: 'Ana',
    });

    const deleted = cases(['--db', db, 'delete', id!]);
    expect(deleted.code).toBe(0);
    expect(deleted.stdout).toMatch(/in the trash until/);
    expect(cases(['--db', db, 'list']).stdout).not.toContain(id!);
  });

  it('a failed import exits 2 with one line and leaves the database exactly as it was', () => {
    const file = join(dir, 'bad.lactasim.json');
    const bad = structuredClone(scenario) as { mother?: Record<string, unknown> };
    bad.mother = { ...(bad.mother ?? {}), storageCapacityMl: { left: 5000, right: 160 } };
    writeFileSync(
      file,
      JSON.stringify(
        bundleOf([
          { title: 'ok', scenario },
          { title: 'bad', scenario: bad },
        ]),
      ),
    );
    const before = dumpDb(db);
    const r = cases(['--db', db, 'import', file]);
    expectOneLineError(
      r,
      2,
      /cases\[1\]\.scenario\.mother\.storageCapacityMl\.left.*\[BAD_IMPORT\]/,
    );
    writeFileSync(file, '{"format": "lactasim/bundle@1", "cases": [');
    expectOneLineError(cases(['--db', db, 'import', file]), 2, /ends too early/);
    expect(dumpDb(db)).toBe(before);
  });

  it('exits 2 with one line for a missing command, unknown commands or options and missing arguments', () => {
    expectOneLineError(cases(['--db', db]), 2, /usage:/);
    expectOneLineError(cases(['--db', db, 'frobnicate']), 2, /unknown command "frobnicate"/);
    expectOneLineError(cases(['--db', db, 'list', '--colour']), 2, /unknown option --colour/);
    expectOneLineError(cases(['--db', db, 'show']), 2, /show takes one ID/);
  });

  it('exits 2 with one line for unknown or malformed ids, missing files and read-only cases', () => {
    expectOneLineError(
      cases(['--db', db, 'show', 'c_zzzzzzzzzzzz']),
      2,
      /No case with id c_zzzzzzzzzzzz \[NOT_FOUND\]/,
    );
    expectOneLineError(
      cases(['--db', db, 'show', 'NOT AN ID']),
      2,
      /not a case id \[BAD_REQUEST\]/,
    );
    expectOneLineError(
      cases(['--db', db, 'export', 'c_zzzzzzzzzzzz']),
      2,
      /export needs --out FILE/,
    );
    expectOneLineError(cases(['--db', db, 'import', join(dir, 'missing.json')]), 2, /no such file/);
    const builtin = /^(b_\S+)/m.exec(cases(['--db', db, 'list']).stdout)![1]!;
    expectOneLineError(
      cases(['--db', db, 'delete', builtin]),
      2,
      /cannot be deleted \[READ_ONLY\]/,
    );
  });

  it('refuses a library from a newer version with one line, exit 1', () => {
    const newer = join(dir, 'newer.db');
    cases(['--db', newer, 'list']);
    withRaw(newer, (raw) => raw.pragma(`user_version = ${LATEST_VERSION + 1}`));
    expectOneLineError(cases(['--db', newer, 'list']), 1, /written by a newer LactaSim/);
  });
});
