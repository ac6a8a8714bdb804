// `npm run validate`'s flags, as a user runs them (a real process). The full run takes minutes
// and rewrites the checked-in results, so only the flags that must not run it are tried here.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const validation = join(root, 'src-main/sim/validation');
const validate = (...args: string[]) =>
  spawnSync(
    process.execPath,
    ['--import', 'tsx', join(root, 'src-main/cli/validate.ts'), ...args],
    { cwd: root, encoding: 'utf8' },
  );
/** When the checked-in results and baseline were last written: a run that writes them moves it. */
const written = () =>
  ['results.json', 'baseline.json'].map((f) => statSync(join(validation, f)).mtimeMs);

describe('npm run validate', () => {
  it('prints its usage for --help and runs nothing', () => {
    const before = written();
    const r = validate('--help');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^usage: npm run validate/);
    expect(r.stdout).toContain('--only');
    expect(r.stdout).not.toContain('Calibration targets');
    expect(written()).toEqual(before);
  });

  it('runs just the targets --only names and writes neither results nor baseline', () => {
    const before = written();
    const r = validate('--only', 'C5,I7');
    expect(r.status, r.stderr).toBe(0);
    const rows = r.stdout.split('\n').filter((l) => /^\| [CI]\d/.test(l));
    expect(rows.map((l) => l.split('|')[1]!.trim())).toEqual(['C5', 'I7']);
    expect(written()).toEqual(before);
  }, 60_000);

  it.each([
    [['--bogus'], 'unknown flag --bogus'],
    [['--only'], '--only needs target ids'],
    [['--only', 'I99'], '--only: unknown target I99'],
    [['--only', 'I7', '--update-baseline'], 'cannot be used with --only'],
  ])('refuses %j with one line and exit 2', (args, words) => {
    const before = written();
    const r = validate(...args);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(words);
    expect(written()).toEqual(before);
  });
});
