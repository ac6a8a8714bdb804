import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { buildChart } from '../../../src-main/charts/index';
import { chartHeight, drawChart } from '../../../src-main/export/pdf-chart';
import { syntheticTrace } from '../../fixtures/charts/fixture';

function pdfOf(draw: (doc: PDFKit.PDFDocument) => void): Promise<string> {
  const doc = new PDFDocument({ size: 'A4', compress: false });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<string>((resolve) =>
    doc.on('end', () => resolve(Buffer.concat(chunks).toString('latin1'))),
  );
  draw(doc);
  doc.end();
  return done;
}

describe('drawChart (a chart as vector paths in any PDF)', () => {
  const trace = syntheticTrace();

  it('scales the chart to the box width and returns the height it drew', async () => {
    const built = buildChart(trace, 'milk-stored', { width: 800 });
    let drawn = 0;
    const pdf = await pdfOf((doc) => {
      drawn = drawChart(doc, trace, 'milk-stored', { x: 40, y: 60, width: 400 });
    });
    expect(drawn).toBeCloseTo((400 * built.height) / 800, 6);
    expect(chartHeight(trace, 'milk-stored', 400)).toBeCloseTo(drawn, 6);
    expect(pdf).not.toMatch(/\/Subtype\s*\/Image/);
    // Lines of the plot and curves of the outlined glyphs.
    expect(pdf.match(/ l\n/g)?.length ?? 0).toBeGreaterThan(500);
    expect(pdf.match(/ c\n/g)?.length ?? 0).toBeGreaterThan(500);
  });

  it('draws a label halo under its letters, not over them', async () => {
    // The synthetic trace has landmark labels with a white halo (paint-order: stroke).
    const pdf = await pdfOf((doc) => {
      drawChart(doc, trace, 'hormones', { x: 0, y: 0, width: 500 });
    });
    // The halo is 3 SVG px wide (scaled by the transform), in white (1 1 1 SCN). Each white
    // halo paint must be a stroke only (S); fill-and-stroke (B) would paint it over the letters.
    const haloPaints = [...pdf.matchAll(/1 1 1 SCN\n(?:(?!\nQ\n)[^])*?\n(S|B)\n/g)].filter((m) =>
      m[0].includes('\n3 w\n'),
    );
    expect(haloPaints.length).toBeGreaterThan(0);
    expect(haloPaints.map((m) => m[1])).toEqual(haloPaints.map(() => 'S'));
  });
});
