// The `export.*` handlers: simulate the scenario, render the requested files with provenance, and
// return them base64-encoded for the renderer to download.
import { CHART_NAMES } from '../charts/index';
import type { exportMethods, ExportedFile, SaveResult } from '../contract/export';
import { makeProvenance, scenarioHash } from '../export/provenance';
import { renderExports } from '../export/render';
import { simulate, type Scenario, type Trace } from '../sim/index';
import type { z } from 'zod';
import { saveHandler, type SaveDialog } from './export-save';

type ExportChartsRequest = z.output<(typeof exportMethods)['export.charts']['request']>;

export interface ExportContext {
  resourcesDir: string;
  /** Injected so tests get stable provenance. */
  now?: () => Date;
  /** The desktop app's save dialog; absent in the web edition, whose `export.save` refuses. */
  saveDialog?: SaveDialog;
}

/**
 * The renderer splits a long export into one call per file; the runs are seeded and so identical,
 * so the last scenario's trace is kept rather than re-simulating a 30-day case for every file.
 */
function lastTraceCache(): (scenario: Scenario) => Trace {
  let last: { hash: string; trace: Trace } | null = null;
  return (scenario) => {
    const hash = scenarioHash(scenario);
    if (last?.hash !== hash) last = { hash, trace: simulate(scenario) };
    return last.trace;
  };
}

export function exportHandlers(ctx: ExportContext): {
  'export.charts': (request: ExportChartsRequest) => Promise<{ files: ExportedFile[] }>;
  'export.save': (request: { files: ExportedFile[] }) => Promise<SaveResult>;
} {
  const traceOf = lastTraceCache();
  return {
    'export.charts': async ({ scenario, caseTitle, charts, format, pngSize, style, theme }) => {
      const trace = traceOf(scenario);
      const files = await renderExports({
        scenario,
        trace,
        provenance: makeProvenance(scenario, trace, caseTitle, (ctx.now ?? (() => new Date()))()),
        charts: charts === 'all' ? [...CHART_NAMES] : charts,
        formats: [format],
        pngSizes: [pngSize],
        resourcesDir: ctx.resourcesDir,
        look: { style, theme },
      });
      return {
        files: files.map((f) => ({
          filename: f.filename,
          mime: f.mime,
          base64: Buffer.from(f.bytes).toString('base64'),
        })),
      };
    },
    'export.save': saveHandler(ctx.saveDialog),
  };
}
