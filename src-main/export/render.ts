// Renders the requested exports of one case to in-memory files. The command line writes them to a
// folder; the web edition's service returns them as downloads.
import {
  CHART_SPECS,
  makeSay,
  PRESENTATION_FILE,
  type ChartLook,
  type ChartWords,
  type ChartName,
  type Provenance,
} from '../charts/index';
import type { Scenario } from '../sim/scenario';
import type { Trace } from '../sim/trace';
import { chartCsv, compareCsv } from './csv';
import { cardsForCharts, loadEvidenceCards } from './evidence';
import { reportPdf } from './pdf';
import { pngGeometry, svgToPng, withPngMetadata, type PngSize } from './png';
import { chartSvg, type ChartComparison } from './svg';

import { fileStem } from '../charts/file-stem';
import type { ExportFormat } from '../contract/export';

export { fileStem } from '../charts/file-stem';

export { EXPORT_FORMATS, type ExportFormat } from '../contract/export';

export interface ExportFile {
  filename: string;
  mime: string;
  bytes: Uint8Array;
}

export interface ExportRequest {
  scenario: Scenario;
  trace: Trace;
  provenance: Provenance;
  charts: ChartName[];
  formats: ExportFormat[];
  pngSizes: PngSize[];
  resourcesDir: string;
  /** The look of SVG and PNG files (print by default); the PDF report is always in print. */
  look?: ChartLook;
  /** A fork of the case: overlaid on every chart, with its table of differences and both runs' data. */
  compare?: ChartComparison;
  /** The words of SVG and PNG charts; the PDF report and CSV files stay English. */
  words?: ChartWords;
}

/** Chart width in CSS px for every export (the on-screen default). */
const CHART_WIDTH = 800;

const PNG_SUFFIX: Record<PngSize, string> = { screen: '', '2x': '@2x', print: '-print' };

export async function renderExports(req: ExportRequest): Promise<ExportFile[]> {
  const stem = fileStem(req.provenance.caseTitle);
  const presentation = req.look?.style === 'presentation';
  // Presentation files say so in their names, so they never replace the print ones in a folder.
  const look = presentation ? '-presentation' : '';
  // So is a comparison: it sits beside the files of the case alone.
  const kind = req.compare ? '-compare' : '';
  const chartWidth = presentation ? PRESENTATION_FILE.width : CHART_WIDTH;
  const files: ExportFile[] = [];
  const wants = (f: ExportFormat) => req.formats.includes(f);
  for (const chart of req.charts) {
    const needsSvg = wants('svg') || wants('png');
    const svg = needsSvg
      ? chartSvg(req.trace, chart, {
          provenance: req.provenance,
          width: CHART_WIDTH,
          ...(req.look ? { look: req.look } : {}),
          ...(req.compare ? { compare: req.compare } : {}),
          ...(req.words ? { words: req.words } : {}),
        })
      : '';
    if (wants('svg')) {
      files.push({
        filename: `${stem}-${chart}${kind}${look}.svg`,
        mime: 'image/svg+xml',
        bytes: Buffer.from(svg),
      });
    }
    for (const size of wants('png') ? req.pngSizes : []) {
      const { widthPx, dpi } = pngGeometry(size, chartWidth);
      const title = `${makeSay(req.words)(CHART_SPECS[chart].title)} — ${req.provenance.caseTitle}`;
      const png = withPngMetadata(svgToPng(svg, widthPx), req.provenance, title, dpi);
      files.push({
        filename: `${stem}-${chart}${kind}${look}${PNG_SUFFIX[size]}.png`,
        mime: 'image/png',
        bytes: png,
      });
    }
    if (wants('csv')) {
      const csv = req.compare
        ? compareCsv(req.trace, req.compare.trace, chart, req.provenance)
        : chartCsv(req.trace, chart, req.provenance);
      files.push({
        filename: `${stem}-${chart}${kind}.csv`,
        mime: 'text/csv',
        bytes: Buffer.from(csv),
      });
    }
  }
  if (wants('pdf')) {
    const evidence = cardsForCharts(loadEvidenceCards(req.resourcesDir), req.charts);
    const pdf = await reportPdf({
      scenario: req.scenario,
      trace: req.trace,
      provenance: req.provenance,
      charts: req.charts,
      evidence,
      ...(req.compare ? { compare: req.compare } : {}),
    });
    files.push({ filename: `${stem}${kind}-report.pdf`, mime: 'application/pdf', bytes: pdf });
  }
  return files;
}
