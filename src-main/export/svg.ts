// SVG files: the chart tree with text outlined and provenance in <metadata>; a comparison file
// has the fork overlaid and its table of differences below the chart.
import {
  buildChart,
  PRESENTATION_FILE,
  serializeSvg,
  withDifferenceTable,
  makeSay,
  type ChartLook,
  type ChartName,
  type ChartWords,
  type DifferenceTable,
  type Provenance,
} from '../charts/index';
import type { Trace } from '../sim/trace';
import { outlineText } from './outline-text';

/** A fork drawn over the chart: its run, and the table of differences shown under the chart. */
export interface ChartComparison {
  trace: Trace;
  table: DifferenceTable;
}

export interface ChartFileOptions {
  provenance: Provenance;
  /** Print style only: the presentation style has its own slide-sized box. */
  width?: number;
  /** Print unless asked otherwise. */
  look?: ChartLook;
  compare?: ChartComparison;
  /** The chart's words (English when absent). */
  words?: ChartWords;
}

/** The exported SVG document of one chart. */
export function chartSvg(trace: Trace, chart: ChartName, o: ChartFileOptions): string {
  const presentation = o.look?.style === 'presentation';
  const built = buildChart(trace, chart, {
    caseTitle: o.provenance.caseTitle,
    provenance: o.provenance,
    ...(o.compare ? { compare: o.compare.trace, compareLabel: o.compare.table.label } : {}),
    ...(o.words ? { words: o.words } : {}),
    ...(presentation
      ? { style: 'presentation', theme: o.look?.theme ?? 'light', ...PRESENTATION_FILE }
      : o.width !== undefined
        ? { width: o.width }
        : {}),
  });
  const tree = o.compare
    ? withDifferenceTable(
        built,
        o.compare.table,
        o.look ?? { style: 'print', theme: 'light' },
        PRESENTATION_FILE.fontPx,
        makeSay(o.words),
      ).tree
    : built.tree;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serializeSvg(outlineText(tree))}\n`;
}
