// The font every export uses: Inter in full (the static TrueType files of Google Fonts' Inter, as
// shipped in @expo-google-fonts/inter: every glyph the typeface has — arrows, ≤ ≥ ≈, Latin Extended
// for Spanish and more — where the web subsets lacked →, ≤, ≥ and ≈), so exported files look the
// same on machines without it (SVG/PNG text is outlined with it, the PDF embeds a subset of it).
// TrueType rather than WOFF2: fontkit cannot subset WOFF2 glyphs for the PDF.
// tests/unit/export/font-coverage.test.ts checks that it covers all shipped content.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as fontkit from 'fontkit';

export type FontWeight = 400 | 600;

// Not named `require`: the desktop build's ESM shim declares that name in the same chunk.
const packageRequire = createRequire(import.meta.url);

const FILES: Record<FontWeight, string> = {
  400: '400Regular/Inter_400Regular.ttf',
  600: '600SemiBold/Inter_600SemiBold.ttf',
};

/** Path of the Inter file for a weight (the package exports no font paths, so find its folder). */
export function interPath(weight: FontWeight): string {
  const dir = dirname(packageRequire.resolve('@expo-google-fonts/inter/package.json'));
  return join(dir, FILES[weight]);
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
