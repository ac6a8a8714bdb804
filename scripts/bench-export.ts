// Export benchmark: a 30-day case exported in each format alone and in all formats together (every
// chart), simulation included, median of a few runs, with the files' total size. `npx tsx scripts/bench-export.ts`.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHART_NAMES } from '../src-main/charts/index';
import { EXPORT_FORMATS, PNG_SIZES, type ExportFormat } from '../src-main/contract/export';
import { makeProvenance } from '../src-main/export/provenance';
import { renderExports } from '../src-main/export/render';
import { simulate, type Scenario } from '../src-main/sim/index';

const thirtyDays: Scenario = {
  schema: 'lactasim/scenario@1',
  name: 'Thirty days from week 6',
  start: { postpartumHours: 1008 },
  durationHours: 720,
  mother: { storageCapacityMl: { left: 210, right: 210 }, conditions: [] },
  feeding: { plan: 'onDemand', seed: 1 },
};

/** Simulate and render, as `export.charts` and the command line do for every export. */
function exportOnce(formats: ExportFormat[]) {
  const trace = simulate(thirtyDays);
  return renderExports({
    scenario: thirtyDays,
    trace,
    provenance: makeProvenance(thirtyDays, trace, thirtyDays.name, new Date(0)),
    charts: [...CHART_NAMES],
    formats,
    pngSizes: [...PNG_SIZES],
    resourcesDir: join(import.meta.dirname, '..', 'resources'),
  });
}

async function timeFormats(formats: ExportFormat[], runs: number) {
  const times: number[] = [];
  let files = await exportOnce(formats); // warm-up: fonts, resvg
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    files = await exportOnce(formats);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return {
    ms: Math.round(times[Math.floor(times.length / 2)] ?? 0),
    files: files.length,
    bytes: files.reduce((n, f) => n + f.bytes.length, 0),
  };
}

export async function benchExport(runs = 3) {
  const t0 = performance.now();
  simulate(thirtyDays);
  const simulateMs = Math.round(performance.now() - t0);
  const result: Record<string, unknown> = { case: '30 days, 6 charts', simulateMs };
  for (const f of EXPORT_FORMATS) result[f] = await timeFormats([f], runs);
  result.all = await timeFormats([...EXPORT_FORMATS], runs);
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(`${JSON.stringify(await benchExport(), null, 2)}\n`);
}
