// The section's alveoli as path data: one path per lobule for the walls and one for the milk,
// each alveolus a circle (two arcs) at the current scale. One path's `d` changing costs Chromium
// far less than hundreds of circles each with its own CSS transform (a paint property node and
// a bounding box apiece), which is what a scrub that moves fullness by a step used to repaint.
// View units; coordinates to hundredths (a 24× zoom shows them as a quarter of a unit).
import type { Alveolus, Layout } from './geometry';

/** Lobes whose ducts were cut: no milk stays in view and the alveoli are drawn shrunken. */
export const CUT_ALVEOLUS_SCALE = 0.8;

/** Circles sharing one winding direction, so where they overlap they fill as one shape. */
export function circlesPath(alveoli: readonly Alveolus[], scale: number): string {
  if (scale <= 0) return '';
  let d = '';
  for (const a of alveoli) {
    const r = (a.r * scale).toFixed(2);
    const across = (2 * a.r * scale).toFixed(2);
    d += `M${(a.x - a.r * scale).toFixed(2)},${a.y.toFixed(2)}a${r},${r} 0 1 0 ${across},0a${r},${r} 0 1 0 -${across},0`;
  }
  return d;
}

/** Path data per lobe, per lobule. */
export type SectionPaths = readonly (readonly string[])[];

/**
 * The section's paths at a scale, remembered for the scales seen last: the scale moves in a few
 * hundred steps (fullness by 2 %, squeeze by thirds), and scrubbing back and forth revisits them.
 * Scales are keyed to thousandths, as the CSS scale they replace was written.
 */
export function sectionPathCache(layout: Layout, keep = 64): (scale: number) => SectionPaths {
  const cache = new Map<string, SectionPaths>();
  return (scale) => {
    const key = scale.toFixed(3);
    const hit = cache.get(key);
    if (hit) {
      // Most recently used last, so the oldest is the first to go.
      cache.delete(key);
      cache.set(key, hit);
      return hit;
    }
    const at = Number(key);
    const paths = layout.lobes.map((lobe) => lobe.lobules.map((l) => circlesPath(l.alveoli, at)));
    cache.set(key, paths);
    if (cache.size > keep) cache.delete(cache.keys().next().value!);
    return paths;
  };
}
