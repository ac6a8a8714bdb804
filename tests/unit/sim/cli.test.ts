// `npm run sim`: the engine's command line, as a user runs it (a real process).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const sim = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src-main/cli/sim.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });

describe('npm run sim', () => {
  it('prints its usage on stdout for --help and exits 0 without running anything', () => {
    const r = sim('--help');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^usage: sim FILE\|case:<id> .*--resolution SECONDS/);
    expect(r.stderr).toBe('');
  });
  it('prints the summary as JSON and writes every channel to CSV with units in the column names', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lactasim-sim-'));
    const csv = join(dir, 'out.csv');
    const r = sim(
      join(root, 'resources/scenarios/typical-feed-6-weeks.json'),
      '--json',
      '--csv',
      csv,
    );
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { summary: { milkRemovedPer24hMl: number } };
    expect(out.summary.milkRemovedPer24hMl).toBeGreaterThan(0);
    const header = readFileSync(csv, 'utf8').split('\n')[0]!.split(',');
    expect(header[0]).toBe('time_s');
    expect(header).toContain('need_ml_per_day');
    expect(header).toContain('left_supply_ml_per_day');
    for (const name of header) expect(name).toMatch(/^[a-z0-9_]+$/);
  });
  it('runs a minimal scenario (every optional section left out)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lactasim-sim-'));
    const file = join(dir, 'minimal.json');
    writeFileSync(
      file,
      JSON.stringify({
        schema: 'lactasim/scenario@1',
        name: 'minimal',
        start: { postpartumHours: 1008 },
        durationHours: 6,
        feeding: { plan: 'onDemand' },
      }),
    );
    expect(sim(file, '--json').status).toBe(0);
  });
  it('exits 2 with one line naming the path and range for a bad scenario', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lactasim-sim-'));
    const file = join(dir, 'bad.json');
    writeFileSync(
      file,
      JSON.stringify({
        schema: 'lactasim/scenario@1',
        name: 'bad',
        start: { postpartumHours: 1008 },
        durationHours: 6,
        infant: { count: 4 },
        feeding: { plan: 'onDemand' },
      }),
    );
    const r = sim(file, '--json');
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('infant.count');
    expect(r.stderr).toContain('between 1 and 3');
  });
});

describe('npm run export', () => {
  it('prints its usage on stdout for -h and exits 0, and writes nothing', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'lactasim-export-')), 'none');
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(root, 'src-main/cli/export.ts'), 'missing.json', '--out', out, '-h'],
      { cwd: root, encoding: 'utf8' },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^usage: export FILE\|case:ID --out DIR/);
    expect(existsSync(out)).toBe(false);
  });
});
