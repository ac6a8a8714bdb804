import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHART_NAMES } from '../../../src-main/charts/index';
import { fileStem } from '../../../src-main/export/render';
import { repoRoot } from '../../fixtures/charts/fixture';
import { readPng } from './png-reader';

const CLI = join(repoRoot, 'src-main', 'cli', 'export.ts');
const SCENARIOS = join(repoRoot, 'resources', 'scenarios');
const EPOCH = '1767323045'; // 2026-01-02T03:04:05Z

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

const env = (extra: Record<string, string> = {}) => ({
  ...process.env,
  LACTASIM_DB: '',
  SOURCE_DATE_EPOCH: EPOCH,
  ...extra,
});

function exportSync(args: string[], extra: Record<string, string> = {}): Run {
  const r = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: env(extra),
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function exportAsync(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
      cwd: repoRoot,
      env: env(),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function expectOneLineError(r: Run, text: RegExp) {
  expect(r.code).toBe(2);
  expect(r.stderr.endsWith('\n')).toBe(true);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(text);
}

const builtins = (
  JSON.parse(readFileSync(join(SCENARIOS, 'index.json'), 'utf8')) as { slug: string }[]
).map((b) => b.slug);

describe('export command line', () => {
  it('exports SVG, CSV and PNG of all charts of every built-in case', async () => {
    const out = mkdtempSync(join(tmpdir(), 'lactasim-export-'));
    // Two at a time: the runner has two cores and the long cases simulate for seconds.
    const queue = [...builtins];
    const failures: string[] = [];
    const worker = async () => {
      for (let slug = queue.shift(); slug !== undefined; slug = queue.shift()) {
        const r = await exportAsync([
          join(SCENARIOS, `${slug}.json`),
          '--out',
          join(out, slug),
          '--charts',
          'all',
          '--format',
          'svg,csv,png',
          '--png-sizes',
          'screen',
        ]);
        if (r.code !== 0) failures.push(`${slug}: ${r.stderr}`);
      }
    };
    await Promise.all([worker(), worker()]);
    expect(failures).toEqual([]);
    for (const slug of builtins) {
      const files = readdirSync(join(out, slug));
      expect(files, slug).toHaveLength(CHART_NAMES.length * 3);
      for (const chart of CHART_NAMES) {
        const stem = files
          .find((f) => f.endsWith(`-${chart}.svg`))
          ?.slice(0, -`-${chart}.svg`.length);
        expect(stem, `${slug} ${chart}`).toBeDefined();
        const svg = readFileSync(join(out, slug, `${stem}-${chart}.svg`), 'utf8');
        expect(svg).toContain('exported-at="2026-01-02T03:04:05.000Z"');
        const png = readPng(readFileSync(join(out, slug, `${stem}-${chart}.png`)));
        expect(png.width).toBe(800);
        expect(png.text['lactasim:scenario-sha256']).toMatch(/^[0-9a-f]{64}$/);
        const csv = readFileSync(join(out, slug, `${stem}-${chart}.csv`), 'utf8');
        expect(csv.split('\n').find((l) => !l.startsWith('#'))).toMatch(/^time_s,/);
      }
    }
    // Every built-in case, each export its own process with a worker thread: minutes on a busy
    // two-core machine.
  }, 600_000);

  it('exports the chosen charts and formats of a library case, PDF included', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lactasim-export-case-'));
    const out = join(dir, 'out');
    const r = exportSync(
      [
        'case:b_typical-feed-6-weeks',
        '--out',
        out,
        '--charts',
        'hormones,supply',
        '--format',
        'pdf,png',
        '--png-sizes',
        '2x,print',
      ],
      { LACTASIM_DB: join(dir, 'lactasim.db') },
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const stem = fileStem('Typical day at 6 weeks');
    expect(readdirSync(out).sort()).toEqual(
      [
        `${stem}-hormones@2x.png`,
        `${stem}-hormones-print.png`,
        `${stem}-report.pdf`,
        `${stem}-supply@2x.png`,
        `${stem}-supply-print.png`,
      ].sort(),
    );
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(5);
    expect(readPng(readFileSync(join(out, `${stem}-supply-print.png`))).pixelsPerMetre).toBe(11811);
  });

  it('writes byte-identical files for the same SOURCE_DATE_EPOCH', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lactasim-export-repro-'));
    const file = join(SCENARIOS, 'typical-feed-6-weeks.json');
    const args = ['--charts', 'milk-fat', '--format', 'svg,csv,png', '--png-sizes', 'screen'];
    expect(exportSync([file, '--out', join(dir, 'a'), ...args]).code).toBe(0);
    expect(exportSync([file, '--out', join(dir, 'b'), ...args]).code).toBe(0);
    for (const f of readdirSync(join(dir, 'a'))) {
      expect(readFileSync(join(dir, 'b', f)).equals(readFileSync(join(dir, 'a', f))), f).toBe(true);
    }
  });

  it('exits 2 with one line for bad input and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lactasim-export-bad-'));
    const out = join(dir, 'out');
    const good = join(SCENARIOS, 'typical-feed-6-weeks.json');
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ schema: 'lactasim/scenario@1', name: 'x' }));
    expectOneLineError(exportSync([good]), /^usage: export FILE\|case:ID --out DIR/);
    expectOneLineError(
      exportSync([good, '--out', out, '--charts', 'pie']),
      /--charts: unknown "pie"; allowed: hormones,/,
    );
    expectOneLineError(
      exportSync([good, '--out', out, '--format', 'gif']),
      /--format: unknown "gif"/,
    );
    expectOneLineError(
      exportSync([good, '--out', out, '--png-sizes', '4k']),
      /--png-sizes: unknown "4k"/,
    );
    expectOneLineError(exportSync([good, '--out', out, '--colour']), /unknown flag --colour/);
    expectOneLineError(
      exportSync([join(dir, 'missing.json'), '--out', out]),
      /cannot read .*missing\.json: ENOENT/,
    );
    expectOneLineError(exportSync([bad, '--out', out]), /bad\.json: /);
    expectOneLineError(
      exportSync(['case:c_nope', '--out', out], { LACTASIM_DB: join(dir, 'lactasim.db') }),
      /No case with id c_nope/,
    );
    expectOneLineError(
      exportSync([good, '--out', out], { SOURCE_DATE_EPOCH: 'soon' }),
      /SOURCE_DATE_EPOCH/,
    );
    expect(existsSync(out)).toBe(false);
  });
});
