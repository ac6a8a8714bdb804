// `npm run --silent export -- FILE|case:ID --out DIR [--charts all|NAME,...] [--format svg,png,csv,pdf]
//  [--png-sizes screen,2x,print]`
// Writes chart files and a PDF report with provenance. Exit 0 on success; exit 2 with one line on
// stderr for bad input. SOURCE_DATE_EPOCH (seconds), when set, fixes the export time so repeated
// exports are byte-identical.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHART_NAMES, isChartName, type ChartName } from '../charts/chart-specs';
import { EXPORT_FORMATS, PNG_SIZES, type ExportFormat, type PngSize } from '../contract/export';
import { createJobPool } from '../jobs/pool';
import { defaultResourcesDir } from '../services/cases/resources';
import { CliError, runCli } from './run';
import { loadScenarioSource } from './scenario-source';

const USAGE =
  'usage: export FILE|case:ID --out DIR [--charts all|NAME,...] [--format svg,png,csv,pdf] [--png-sizes screen,2x,print] [--help]';

interface Args {
  source: string;
  out: string;
  charts: ChartName[];
  formats: ExportFormat[];
  pngSizes: PngSize[];
}

function listOf<T extends string>(
  flag: string,
  value: string | undefined,
  allowed: readonly T[],
): T[] {
  if (value === undefined || value.startsWith('--')) throw new CliError(`${flag} needs a value`);
  const items = value.split(',').map((s) => s.trim());
  for (const item of items) {
    if (!(allowed as readonly string[]).includes(item)) {
      throw new CliError(
        `${flag}: unknown ${JSON.stringify(item)}; allowed: ${allowed.join(', ')}`,
      );
    }
  }
  return [...new Set(items as T[])];
}

function parseArgs(argv: string[]): Args {
  let source: string | undefined;
  let out: string | undefined;
  let charts: ChartName[] = [...CHART_NAMES];
  let formats: ExportFormat[] = [...EXPORT_FORMATS];
  let pngSizes: PngSize[] = [...PNG_SIZES];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--out') {
      out = argv[++i];
      if (out === undefined || out.startsWith('--')) throw new CliError('--out needs a folder');
    } else if (a === '--charts') {
      const v = argv[++i];
      charts = v === 'all' ? [...CHART_NAMES] : listOf('--charts', v, CHART_NAMES);
    } else if (a === '--format') formats = listOf('--format', argv[++i], EXPORT_FORMATS);
    else if (a === '--png-sizes') pngSizes = listOf('--png-sizes', argv[++i], PNG_SIZES);
    else if (a.startsWith('--')) throw new CliError(`unknown flag ${a}`);
    else if (source === undefined) source = a;
    else throw new CliError(`unexpected argument ${a}`);
  }
  if (source === undefined || out === undefined) throw new CliError(USAGE);
  return { source, out, charts: charts.filter(isChartName), formats, pngSizes };
}

function exportTime(): Date {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch === undefined) return new Date();
  const seconds = Number(epoch);
  if (!Number.isInteger(seconds) || seconds < 0) {
    throw new CliError('SOURCE_DATE_EPOCH must be a whole number of seconds');
  }
  return new Date(seconds * 1000);
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const now = exportTime();
  // Rendered in a worker thread, by the same job as the apps' exports (jobs/jobs.ts); it loads
  // the renderers while the scenario is read.
  const jobs = createJobPool({ size: 1 });
  jobs.warm();
  let files;
  try {
    const scenario = await loadScenarioSource(args.source);
    files = await jobs.run('exportFiles', {
      scenario,
      caseTitle: scenario.name,
      charts: args.charts,
      formats: args.formats,
      pngSizes: args.pngSizes,
      resourcesDir: defaultResourcesDir(),
      nowMs: now.getTime(),
    });
  } finally {
    await jobs.close();
  }
  try {
    mkdirSync(args.out, { recursive: true });
    for (const f of files) writeFileSync(join(args.out, f.filename), f.bytes);
  } catch (error) {
    throw new CliError(
      `cannot write to ${args.out}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`,
    );
  }
  process.stdout.write(
    files.map((f) => `${join(args.out, f.filename)}\t${f.bytes.length} bytes`).join('\n') + '\n',
  );
  return 0;
}

runCli(main, USAGE);
