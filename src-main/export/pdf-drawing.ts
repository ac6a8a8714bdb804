// The parent drawing drawn into a PDF as vectors: the shapes the renderer took from the screen
// (contract/svg-drawing.ts), words outlined in Inter like the charts, drawn by svg-to-pdfkit.
import SVGtoPDF from 'svg-to-pdfkit';
import { serializeSvg, type SvgNode } from '../charts/index';
import { outlineText } from './outline-text';
import type { ChartBox } from './pdf-chart';

/** The drawing's height in points at `width` points, from its viewBox's proportions. */
export function drawingHeight(drawing: SvgNode, width: number): number {
  const [, , w = 1, h = 1] = String(drawing.attrs.viewBox ?? '')
    .split(/[\s,]+/)
    .map(Number);
  return (width * h) / w;
}

/** Draws `drawing` at `box` on the current page and returns the height drawn in points. */
export function drawDrawing(doc: PDFKit.PDFDocument, drawing: SvgNode, box: ChartBox): number {
  const height = drawingHeight(drawing, box.width);
  doc.save();
  // The type definitions name the PDFDocument class where pdfkit passes an instance.
  SVGtoPDF(
    doc as unknown as Parameters<typeof SVGtoPDF>[0],
    serializeSvg(outlineText(drawing)),
    box.x,
    box.y,
    {
      width: box.width,
      height,
      preserveAspectRatio: 'xMinYMin meet',
      warningCallback: (w) => {
        throw new Error(`the drawing cannot be drawn into the PDF: ${w}`);
      },
    },
  );
  doc.restore();
  return height;
}
