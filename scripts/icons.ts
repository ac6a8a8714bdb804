// `npm run icons`: renders resources/icons/lactasim.svg into the icon files electron-builder
// packs (build/icons/: icon.icns for macOS, icon.ico for Windows, png/NxN.png for Linux).
// `npm run dist` runs it first, so the icons always match the drawing.
import { Resvg } from '@resvg/resvg-js';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeIcns, encodeIco, type IconImage } from './icon-formats';

const root = join(import.meta.dirname, '..');
export const ICON_SOURCE = join(root, 'resources/icons/lactasim.svg');
export const ICON_OUT = join(root, 'build/icons');

const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = new Set([16, 24, 32, 48, 64, 128, 256]);

export function renderIcons(svg: Buffer): IconImage[] {
  return SIZES.map((size) => ({
    size,
    png: Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng()),
  }));
}

export function writeIcons(source = ICON_SOURCE, out = ICON_OUT): string[] {
  const images = renderIcons(readFileSync(source));
  mkdirSync(join(out, 'png'), { recursive: true });
  const written: string[] = [];
  const write = (name: string, data: Buffer) => {
    writeFileSync(join(out, name), data);
    written.push(join(out, name));
  };
  for (const { size, png } of images) write(join('png', `${size}x${size}.png`), png);
  write('icon.png', images.find((i) => i.size === 1024)!.png);
  write('icon.ico', encodeIco(images.filter((i) => ICO_SIZES.has(i.size))));
  write('icon.icns', encodeIcns(images));
  return written;
}

if (process.argv[1] === import.meta.filename) {
  const written = writeIcons();
  process.stderr.write(`${written.length} icon files written to ${ICON_OUT}\n`);
}
