// PNG files: the outlined SVG rasterised by resvg (its binary ships inside a registry package),
// then provenance as tEXt chunks and the print resolution as pHYs, inserted after IHDR.
import { crc32 } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { provenanceEntries, type Provenance } from '../charts/index';

import type { PngSize } from '../contract/export';

export { PNG_SIZES, type PngSize } from '../contract/export';

/** Print width: a full-width figure on A4 with 2 cm margins (170 mm) at 300 dpi. */
const PRINT_WIDTH_MM = 170;
const PRINT_DPI = 300;

/** Pixel width and the dots per inch written into pHYs for a chart of `cssWidth` CSS px. */
export function pngGeometry(size: PngSize, cssWidth: number): { widthPx: number; dpi: number } {
  switch (size) {
    case 'screen':
      return { widthPx: cssWidth, dpi: 96 };
    case '2x':
      return { widthPx: cssWidth * 2, dpi: 192 };
    case 'print':
      return { widthPx: Math.round((PRINT_WIDTH_MM / 25.4) * PRINT_DPI), dpi: PRINT_DPI };
  }
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** tEXt holds Latin-1 only; other text (an em dash, a title in another script) goes in iTXt as UTF-8. */
function textChunk(keyword: string, value: string): Buffer {
  if (/^[\x20-\x7e\xa0-\xff]*$/.test(value)) {
    return chunk('tEXt', Buffer.from(`${keyword}\0${value}`, 'latin1'));
  }
  const head = Buffer.from(`${keyword}\0\0\0\0\0`, 'latin1'); // uncompressed, no language
  return chunk('iTXt', Buffer.concat([head, Buffer.from(value, 'utf8')]));
}

function physChunk(dpi: number): Buffer {
  const data = Buffer.alloc(9);
  const perMetre = Math.round(dpi / 0.0254);
  data.writeUInt32BE(perMetre, 0);
  data.writeUInt32BE(perMetre, 4);
  data.writeUInt8(1, 8);
  return chunk('pHYs', data);
}

const IHDR_END = 8 + 8 + 13 + 4;

export function withPngMetadata(
  png: Buffer,
  provenance: Provenance,
  title: string,
  dpi: number,
): Buffer {
  const chunks = [
    textChunk('Title', title),
    textChunk('Software', `LactaSim ${provenance.appVersion}`),
    textChunk('Creation Time', provenance.exportedAt),
    ...provenanceEntries(provenance).map(([k, v]) => textChunk(`lactasim:${k}`, v)),
    physChunk(dpi),
  ];
  return Buffer.concat([png.subarray(0, IHDR_END), ...chunks, png.subarray(IHDR_END)]);
}

/** Rasterises an SVG whose text is already outlined (no fonts are loaded). */
export function svgToPng(svg: string, widthPx: number): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: widthPx },
    font: { loadSystemFonts: false },
    background: '#ffffff',
  });
  return resvg.render().asPng();
}
