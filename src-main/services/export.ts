// The `export.*` handlers: render the requested files with provenance in the job pool (jobs/), and
// return them base64-encoded for the renderer to download or hand to `export.save`.
import type { ChartLook, ChartName } from '../charts/index';
import { CHART_NAMES, compareRuns, makeSay, type Provenance } from '../charts/index';
import type { Language } from '../contract/parent';
import { chartWordsFor } from '../labels/chart-words';
import type {
  exportMethods,
  ExportedFile,
  ExportFormat,
  PngSize,
  SaveResult,
} from '../contract/export';
import type { JobRunner } from '../jobs/pool';
import { makeProvenance, scenarioHash } from '../export/provenance';
import { drawingFile, drawingFrame } from '../export/drawing';
import { renderExports, type ExportFile } from '../export/render';
import type { ChartComparison } from '../export/svg';
import { simulate, type Scenario, type Trace } from '../sim/index';
import type { z } from 'zod';
import { saveHandler, type SaveDialog } from './export-save';

type ExportChartsRequest = z.output<(typeof exportMethods)['export.charts']['request']>;
type ExportAnatomyRequest = z.output<(typeof exportMethods)['export.anatomy']['request']>;

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
  /** A fork of the case, drawn over every chart with the table of differences after `atSec`. */
  compare?: { scenario: Scenario; label: string; atSec: number };
  /** The words of SVG and PNG charts (English when absent). */
  language?: Language;
}

/**
 * The renderer splits a long export into one call per file; the runs are seeded and so identical,
 * so the last two scenarios' traces (a case and its fork) are kept rather than re-simulating a
 * 30-day case for every file. One cache per worker thread (this module is loaded in each).
 */
let last: { hash: string; trace: Trace }[] = [];
function traceOf(scenario: Scenario): Trace {
  const hash = scenarioHash(scenario);
  const kept = last.find((l) => l.hash === hash) ?? { hash, trace: simulate(scenario) };
  last = [kept, ...last.filter((l) => l !== kept)].slice(0, 2);
  return kept.trace;
}

/** The files of one export (a worker job; the command line's export runs it too). */
export function exportFiles(input: ExportFilesInput): Promise<ExportFile[]> {
  const trace = traceOf(input.scenario);
  const provenance = makeProvenance(input.scenario, trace, input.caseTitle, new Date(input.nowMs));
  let fork: ChartComparison | undefined;
  // The PDF report is English (its evidence is English content), its comparison table too.
  const words = input.formats.includes('pdf') ? undefined : chartWordsFor(input.language ?? 'en');
  if (input.compare) {
    const forkTrace = traceOf(input.compare.scenario);
    const rows = compareRuns(trace, forkTrace, input.compare.atSec, makeSay(words));
    fork = { trace: forkTrace, table: { label: input.compare.label, rows } };
    provenance.fork = {
      label: input.compare.label,
      scenarioHash: scenarioHash(input.compare.scenario),
    };
  }
  return renderExports({
    scenario: input.scenario,
    trace,
    provenance,
    ...(fork ? { compare: fork } : {}),
    charts: input.charts,
    formats: input.formats,
    pngSizes: input.pngSizes,
    resourcesDir: input.resourcesDir,
    ...(input.look ? { look: input.look } : {}),
    ...(words ? { words } : {}),
  });
}

/** The anatomy drawing as a file, with the provenance of the case's run (a worker job). */
export function exportDrawing(input: ExportAnatomyRequest & { nowMs: number }): {
  file: ExportFile;
  provenance: Provenance;
} {
  // Provenance needs the model version, which a run knows: the case's run (kept, see above).
  const trace = traceOf(input.scenario);
  const provenance = makeProvenance(input.scenario, trace, input.caseTitle, new Date(input.nowMs));
  const req = { drawing: input.drawing, title: input.title, provenance };
  const file =
    input.format === 'frame'
      ? drawingFrame(req, input.frameWidth)
      : drawingFile(req, input.format, input.pngSize);
  return { file, provenance };
}

function wire(f: ExportFile): ExportedFile {
  return {
    filename: f.filename,
    mime: f.mime,
    base64: Buffer.from(f.bytes.buffer, f.bytes.byteOffset, f.bytes.byteLength).toString('base64'),
  };
}

export function exportHandlers(ctx: ExportContext): {
  'export.charts': (request: ExportChartsRequest) => Promise<{ files: ExportedFile[] }>;
  'export.anatomy': (
    request: ExportAnatomyRequest,
  ) => Promise<{ files: ExportedFile[]; provenance: Provenance }>;
  'export.save': (request: { files: ExportedFile[] }) => Promise<SaveResult>;
} {
  const nowMs = () => (ctx.now ?? (() => new Date()))().getTime();
  return {
    'export.charts': async (request) => {
      const { scenario, caseTitle, charts, format, pngSize, style, theme, compare, language } =
        request;
      const files = await ctx.jobs.run('exportFiles', {
        scenario,
        caseTitle,
        charts: charts === 'all' ? [...CHART_NAMES] : charts,
        formats: [format],
        pngSizes: [pngSize],
        resourcesDir: ctx.resourcesDir,
        nowMs: nowMs(),
        look: { style, theme },
        language,
        ...(compare ? { compare } : {}),
      });
      return { files: files.map(wire) };
    },
    'export.anatomy': async (request) => {
      const { file, provenance } = await ctx.jobs.run('exportDrawing', {
        ...request,
        nowMs: nowMs(),
      });
      return { files: [wire(file)], provenance };
    },
    'export.save': saveHandler(ctx.saveDialog),
  };
}
