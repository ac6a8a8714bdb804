// The font every export uses: Inter, shipped in the @fontsource/inter package, so exported files
// look the same on machines without it (SVG/PNG text is outlined with it, the PDF embeds it).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as fontkit from 'fontkit';

export type FontWeight = 400 | 600;

// Not named `require`: the desktop build's ESM shim declares that name in the same chunk.
const packageRequire = createRequire(import.meta.url);

/** Path of the Inter file for a weight (the package exports no font paths, so find its folder). */
export function interPath(weight: FontWeight): string {
  const dir = dirname(packageRequire.resolve('@fontsource/inter/LICENSE'));
  return join(dir, 'files', `inter-latin-${weight}-normal.woff`);
}

const cache = new Map<FontWeight, fontkit.Font>();

export function interFont(weight: FontWeight): fontkit.Font {
  let font = cache.get(weight);
  if (font === undefined) {
    const opened = fontkit.openSync(interPath(weight));
    if (!('layout' in opened)) throw new Error('Inter font file is a collection');
    font = opened;
    cache.set(weight, font);
  }
  return font;
}

/** Weights above 500 use the semibold file; Inter ships no other weights here. */
export function weightOf(value: string | number | undefined): FontWeight {
  return Number(value ?? 400) > 500 ? 600 : 400;
}
