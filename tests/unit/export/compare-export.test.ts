// A fork's exports: the overlay and the table of differences in SVG, PNG and the PDF report, and
// both runs' columns in the CSV, through the real service (simulated runs, real rendering).
import { join } from 'node:path';
import { csvParseRows } from 'd3-dsv';
import { afterAll, describe, expect, it } from 'vitest';
import { createJobPool } from '../../../src-main/jobs/pool';
import {
  compareRuns,
  describeChange,
  differenceCells,
  forkScenario,
  valueAt,
} from '../../../src-main/charts/index';
import { exportMethods } from '../../../src-main/contract/export';
import { exportHandlers } from '../../../src-main/services/export';
import { simulate } from '../../../src-main/sim/index';
import { FIXED_NOW, fixtureScenario, repoRoot } from '../../fixtures/charts/fixture';
import { pdfText } from './pdf-text';
import { readPng } from './png-reader';

const jobs = createJobPool();
afterAll(() => jobs.close());
const handlers = exportHandlers({
  jobs,
  resourcesDir: join(repoRoot, 'resources'),
  now: () => FIXED_NOW,
});
const schema = exportMethods['export.charts'].request;
const base = fixtureScenario();
const baseTrace = simulate(base);
const atSec = Math.round(baseTrace.durationSec / 3);
const change = { kind: 'pumpNow', durationMinutes: 15 } as const;
const fork = forkScenario(base, atSec, change);
const label = `${describeChange(change)} at the third of the run`;

async function exportAs(format: string, extra: object = {}) {
  const { files } = await handlers['export.charts'](
    schema.parse({
      scenario: base,
      caseTitle: 'Ward teaching',
      charts: ['flow-intake'],
      format,
      compare: { scenario: fork, label, atSec },
      ...extra,
    }),
  );
  return files.map((f) => ({ ...f, bytes: Buffer.from(f.base64, 'base64') }));
}

describe('exporting a fork and compare', () => {
  it('draws both runs and the table of differences into the SVG, with both scenarios named', async () => {
    const [file] = await exportAs('svg');
    expect(file?.filename).toBe('ward-teaching-flow-intake-compare.svg');
    const svg = file?.bytes.toString('utf8') ?? '';
    // The fork's runs are the wide faded lines under the case's own.
    expect(svg).toMatch(/class="compare"/);
    expect(svg).toMatch(/class="series"/);
    expect(svg).toContain('class="differences"');
    // Outlined text keeps its words for readers: the table's headings and rows.
    for (const word of ['After the fork', 'This run', 'Difference', 'Milk removed per 24 h'])
      expect(svg).toContain(`aria-label="${word}`);
    expect(svg).toContain(`fork="${label}"`);
    expect(svg).toMatch(/fork-scenario-sha256="[0-9a-f]{64}"/);
  });

  it('makes the SVG taller than the same chart without the fork, by the table', async () => {
    const height = (svg: string) => Number(/<svg[^>]* height="([\d.]+)"/.exec(svg)?.[1]);
    const [withFork] = await exportAs('svg');
    const { files } = await handlers['export.charts'](
      schema.parse({
        scenario: base,
        caseTitle: 'Ward teaching',
        charts: ['flow-intake'],
        format: 'svg',
      }),
    );
    const alone = Buffer.from(files[0]?.base64 ?? '', 'base64').toString('utf8');
    expect(height(withFork?.bytes.toString('utf8') ?? '')).toBeGreaterThan(height(alone) + 60);
  });

  it('writes a PNG with the fork in its provenance', async () => {
    const [file] = await exportAs('png', { pngSize: 'screen' });
    expect(file?.filename).toBe('ward-teaching-flow-intake-compare.png');
    const info = readPng(file?.bytes ?? new Uint8Array());
    expect(info.crcOk).toBe(true);
    expect(info.text['lactasim:fork']).toBe(label);
    expect(info.width).toBe(800);
  });

  it('puts both runs in the CSV, each read at every sample time of either', async () => {
    const [file] = await exportAs('csv');
    expect(file?.filename).toBe('ward-teaching-flow-intake-compare.csv');
    const text = file?.bytes.toString('utf8') ?? '';
    expect(text).toContain(`# fork: ${label}`);
    const rows = csvParseRows(
      text
        .split('\n')
        .filter((l) => !l.startsWith('#'))
        .join('\n'),
    );
    const head = rows[0] ?? [];
    const own = head.slice(1, 1 + (head.length - 1) / 2);
    expect(head.slice(1 + own.length)).toEqual(own.map((c) => `fork_${c}`));
    const forkTrace = simulate(fork);
    const times = rows.slice(1).map((r) => Number(r[0]));
    expect(times.length).toBeGreaterThanOrEqual(
      Math.max(baseTrace.timesSec.length, forkTrace.timesSec.length),
    );
    // A row after the fork, where the runs differ: each column is its own run's value there.
    const after = rows.find((r) => Number(r[0]) > atSec + 60) ?? [];
    const leftFlow = head.indexOf('left_flow_ml_per_min');
    expect(leftFlow).toBeGreaterThan(0);
    const t = Number(after[0]);
    expect(Number(after[leftFlow])).toBeCloseTo(valueAt(baseTrace, 'leftFlowMlPerMin', t), 4);
    expect(Number(after[leftFlow + own.length])).toBeCloseTo(
      valueAt(forkTrace, 'leftFlowMlPerMin', t),
      4,
    );
  });

  it('writes a comparison report whose table is the one on screen', async () => {
    const [file] = await exportAs('pdf');
    expect(file?.filename).toBe('ward-teaching-compare-report.pdf');
    const text = pdfText(file?.bytes ?? new Uint8Array()).replace(/\s+/g, ' ');
    expect(text).toContain('Comparison with a fork');
    expect(text).toContain(`Fork: ${label} Fork's scenario fingerprint (SHA-256):`);
    // Each row as the screen shows it: label, this run, fork, difference.
    for (const r of compareRuns(baseTrace, simulate(fork), atSec)) {
      for (const cell of differenceCells(r)) expect(text).toContain(cell);
    }
  });

  it('refuses a fork without its start', () => {
    const parsed = schema.safeParse({
      scenario: base,
      caseTitle: 'Ward teaching',
      charts: ['supply'],
      format: 'csv',
      compare: { scenario: fork, label },
    });
    expect(parsed.success).toBe(false);
  });
});
