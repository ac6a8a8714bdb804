// SVG files: the chart tree with text outlined and provenance in <metadata>.
import {
  buildChart,
  PRESENTATION_FILE,
  serializeSvg,
  type ChartLook,
  type ChartName,
  type Provenance,
} from '../charts/index';
import type { Trace } from '../sim/trace';
import { outlineText } from './outline-text';

export interface ChartFileOptions {
  provenance: Provenance;
  /** Print style only: the presentation style has its own slide-sized box. */
  width?: number;
  /** Print unless asked otherwise. */
  look?: ChartLook;
}

/** The exported SVG document of one chart. */
export function chartSvg(trace: Trace, chart: ChartName, o: ChartFileOptions): string {
  const { tree } = buildChart(trace, chart, {
    caseTitle: o.provenance.caseTitle,
    provenance: o.provenance,
    ...(o.look?.style === 'presentation'
      ? { style: 'presentation', theme: o.look.theme, ...PRESENTATION_FILE }
      : o.width !== undefined
        ? { width: o.width }
        : {}),
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serializeSvg(outlineText(tree))}\n`;
}
