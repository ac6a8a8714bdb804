// The anatomy drawing as files for slides: the shapes the renderer took from the screen, with
// provenance in <metadata> and PNG text chunks, and every word outlined in Inter like the charts.
import { FONT_FAMILY, serializeSvg, type Provenance, type SvgNode } from '../charts/index';
import { provenanceNode } from '../charts/chart-parts';
import { fileStem } from '../charts/file-stem';
import type { PngSize } from '../contract/export';
import { outlineText } from './outline-text';
import { pngGeometry, svgToPng, withPngMetadata } from './png';
import type { ExportFile } from './render';

export interface DrawingRequest {
  drawing: SvgNode;
  title: string;
  provenance: Provenance;
}

/** The file's SVG: the drawing's root with its title, provenance and outlined words. */
export function drawingSvg({ drawing, title, provenance }: DrawingRequest): string {
  const tree: SvgNode = {
    tag: 'svg',
    attrs: {
      xmlns: 'http://www.w3.org/2000/svg',
      ...drawing.attrs,
      'font-family': FONT_FAMILY,
      role: 'img',
      'aria-label': title,
    },
    children: [
      { tag: 'title', attrs: {}, children: [title] },
      provenanceNode(provenance),
      ...drawing.children,
    ],
  };
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serializeSvg(outlineText(tree))}\n`;
}

/** The drawing's width on screen in CSS px: what a 2× PNG doubles. */
function screenWidth(drawing: SvgNode): number {
  return Math.max(1, Math.round(Number(drawing.attrs.width) || 1280));
}

const PNG_SUFFIX: Record<PngSize, string> = { screen: '', '2x': '@2x', print: '-print' };

export function drawingFile(
  req: DrawingRequest,
  format: 'svg' | 'png',
  pngSize: PngSize,
): ExportFile {
  const stem = `${fileStem(req.provenance.caseTitle)}-anatomy`;
  const svg = drawingSvg(req);
  if (format === 'svg') {
    return { filename: `${stem}.svg`, mime: 'image/svg+xml', bytes: Buffer.from(svg) };
  }
  const { widthPx, dpi } = pngGeometry(pngSize, screenWidth(req.drawing));
  const png = withPngMetadata(svgToPng(svg, widthPx), req.provenance, req.title, dpi);
  return { filename: `${stem}${PNG_SUFFIX[pngSize]}.png`, mime: 'image/png', bytes: png };
}

/** One frame of an animation: a bare PNG `widthPx` wide (the animation file records provenance). */
export function drawingFrame(req: DrawingRequest, widthPx: number): ExportFile {
  return {
    filename: 'frame.png',
    mime: 'image/png',
    bytes: svgToPng(drawingSvg(req), widthPx),
  };
}
