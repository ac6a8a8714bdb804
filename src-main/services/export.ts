// The `export.*` handlers: render the requested files with provenance in the job pool (jobs/), and
// return them base64-encoded for the renderer to download or hand to `export.save`.
import type { ChartLook, ChartName } from '../charts/index';
import { CHART_NAMES } from '../charts/index';
import type {
  exportMethods,
  ExportedFile,
  ExportFormat,
  PngSize,
  SaveResult,
} from '../contract/export';
import type { JobRunner } from '../jobs/pool';
import { makeProvenance, scenarioHash } from '../export/provenance';
import { renderExports, type ExportFile } from '../export/render';
import { simulate, type Scenario, type Trace } from '../sim/index';
import type { z } from 'zod';
import { saveHandler, type SaveDialog } from './export-save';

type ExportChartsRequest = z.output<(typeof exportMethods)['export.charts']['request']>;

export interface ExportContext {
  resourcesDir: string;
  jobs: JobRunner;
  /** Injected so tests get stable provenance. */
  now?: () => Date;
  /** The desktop app's save dialog; absent in the web edition, whose `export.save` refuses. */
  saveDialog?: SaveDialog;
}

export interface ExportFilesInput {
  scenario: Scenario;
  caseTitle: string;
  charts: ChartName[];
  formats: ExportFormat[];
  pngSizes: PngSize[];
  resourcesDir: string;
  /** The export time recorded in every file, ms since the epoch. */
  nowMs: number;
  /** The look of SVG and PNG files (print when absent). */
  look?: ChartLook;
}

/**
 * The renderer splits a long export into one call per file; the runs are seeded and so identical,
 * so the last scenario's trace is kept rather than re-simulating a 30-day case for every file.
 * One per worker thread (this module is loaded in each).
 */
let last: { hash: string; trace: Trace } | null = null;
function traceOf(scenario: Scenario): Trace {
  const hash = scenarioHash(scenario);
  if (last?.hash !== hash) last = { hash, trace: simulate(scenario) };
  return last.trace;
}

/** The files of one export (a worker job; the command line's export runs it too). */
export function exportFiles(input: ExportFilesInput): Promise<ExportFile[]> {
  const trace = traceOf(input.scenario);
  return renderExports({
    scenario: input.scenario,
    trace,
    provenance: makeProvenance(input.scenario, trace, input.caseTitle, new Date(input.nowMs)),
    charts: input.charts,
    formats: input.formats,
    pngSizes: input.pngSizes,
    resourcesDir: input.resourcesDir,
    ...(input.look ? { look: input.look } : {}),
  });
}

export function exportHandlers(ctx: ExportContext): {
  'export.charts': (request: ExportChartsRequest) => Promise<{ files: ExportedFile[] }>;
  'export.save': (request: { files: ExportedFile[] }) => Promise<SaveResult>;
} {
  return {
    'export.charts': async ({ scenario, caseTitle, charts, format, pngSize, style, theme }) => {
      const files = await ctx.jobs.run('exportFiles', {
        scenario,
        caseTitle,
        charts: charts === 'all' ? [...CHART_NAMES] : charts,
        formats: [format],
        pngSizes: [pngSize],
        resourcesDir: ctx.resourcesDir,
        nowMs: (ctx.now ?? (() => new Date()))().getTime(),
        look: { style, theme },
      });
      return {
        files: files.map((f) => ({
          filename: f.filename,
          mime: f.mime,
          base64: Buffer.from(f.bytes.buffer, f.bytes.byteOffset, f.bytes.byteLength).toString(
            'base64',
          ),
        })),
      };
    },
    'export.save': saveHandler(ctx.saveDialog),
  };
}
