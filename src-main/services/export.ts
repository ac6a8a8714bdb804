// The `export.*` handlers: simulate the scenario, render the requested files with provenance, and
// return them base64-encoded for the renderer to download.
import { CHART_NAMES, compareRuns, type Provenance } from '../charts/index';
import type { exportMethods, ExportedFile, SaveResult } from '../contract/export';
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
  /** Injected so tests get stable provenance. */
  now?: () => Date;
  /** The desktop app's save dialog; absent in the web edition, whose `export.save` refuses. */
  saveDialog?: SaveDialog;
}

/**
 * The renderer splits a long export into one call per file; the runs are seeded and so identical,
 * so the last two scenarios' traces (a case and its fork) are kept rather than re-simulating a
 * 30-day case for every file.
 */
function lastTraceCache(): (scenario: Scenario) => Trace {
  let last: { hash: string; trace: Trace }[] = [];
  return (scenario) => {
    const hash = scenarioHash(scenario);
    const kept = last.find((l) => l.hash === hash) ?? { hash, trace: simulate(scenario) };
    last = [kept, ...last.filter((l) => l !== kept)].slice(0, 2);
    return kept.trace;
  };
}

function wire(f: ExportFile): ExportedFile {
  return { filename: f.filename, mime: f.mime, base64: Buffer.from(f.bytes).toString('base64') };
}

export function exportHandlers(ctx: ExportContext): {
  'export.charts': (request: ExportChartsRequest) => Promise<{ files: ExportedFile[] }>;
  'export.anatomy': (
    request: ExportAnatomyRequest,
  ) => Promise<{ files: ExportedFile[]; provenance: Provenance }>;
  'export.save': (request: { files: ExportedFile[] }) => Promise<SaveResult>;
} {
  const traceOf = lastTraceCache();
  return {
    'export.charts': async (request) => {
      const { scenario, caseTitle, charts, format, pngSize, style, theme, compare } = request;
      const trace = traceOf(scenario);
      const now = (ctx.now ?? (() => new Date()))();
      const provenance = makeProvenance(scenario, trace, caseTitle, now);
      let fork: ChartComparison | undefined;
      if (compare) {
        const forkTrace = traceOf(compare.scenario);
        const rows = compareRuns(trace, forkTrace, compare.atSec);
        fork = { trace: forkTrace, table: { label: compare.label, rows } };
        provenance.fork = { label: compare.label, scenarioHash: scenarioHash(compare.scenario) };
      }
      const files = await renderExports({
        scenario,
        trace,
        provenance,
        ...(fork ? { compare: fork } : {}),
        charts: charts === 'all' ? [...CHART_NAMES] : charts,
        formats: [format],
        pngSizes: [pngSize],
        resourcesDir: ctx.resourcesDir,
        look: { style, theme },
      });
      return { files: files.map(wire) };
    },
    'export.anatomy': async ({
      scenario,
      caseTitle,
      title,
      drawing,
      format,
      pngSize,
      frameWidth,
    }) => {
      // Provenance needs the model version, which a run knows: the case's run (kept, see above).
      const trace = traceOf(scenario);
      const now = (ctx.now ?? (() => new Date()))();
      const provenance = makeProvenance(scenario, trace, caseTitle, now);
      const req = { drawing, title, provenance };
      const file =
        format === 'frame' ? drawingFrame(req, frameWidth) : drawingFile(req, format, pngSize);
      return { files: [wire(file)], provenance };
    },
    'export.save': saveHandler(ctx.saveDialog),
  };
}
