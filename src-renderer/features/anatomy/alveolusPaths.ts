// The section's alveoli as path data: one path per lobule for the walls and one for the milk,
// each alveolus a circle (two arcs) at the current scale. One path's `d` changing costs Chromium
// far less than hundreds of circles each with its own CSS transform (a paint property node and
// a bounding box apiece), which is what a scrub that moves fullness by a step used to repaint.
// View units; coordinates to hundredths (a 24× zoom shows them as a quarter of a unit).
import { discMinusDiscs, loopsPath } from './discDifference';
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

/**
 * The milk of a lobule's alveoli: each milk circle less what the walls of the alveoli after it
 * cover, as when each alveolus was drawn in turn over the ones before (discDifference.ts).
 */
export function milkPath(
  alveoli: readonly Alveolus[],
  milkScale: number,
  wallScale: number,
): string {
  if (milkScale <= 0) return '';
  let d = '';
  alveoli.forEach((a, i) => {
    const milk = { x: a.x, y: a.y, r: a.r * milkScale };
    // Only the walls that reach this milk; most of the time (emptier, not swollen) none does.
    const over = alveoli
      .slice(i + 1)
      .map((b) => ({ x: b.x, y: b.y, r: b.r * wallScale }))
      .filter((w) => Math.hypot(w.x - milk.x, w.y - milk.y) < w.r + milk.r);
    d += over.length === 0 ? circlesPath([a], milkScale) : loopsPath(discMinusDiscs(milk, over));
  });
  return d;
}

/** Path data per lobe, per lobule. */
export type SectionPaths = readonly (readonly string[])[];

export interface SectionPathCache {
  walls(scale: number): SectionPaths;
  milk(milkScale: number, wallScale: number): SectionPaths;
}

/**
 * The section's paths at the frame's scales, remembered for the scales seen last: the scales move
 * in a few hundred steps (fullness by 2 %, squeeze by thirds), and scrubbing back and forth
 * revisits them. Scales are keyed to thousandths, as the CSS scale they replace was written.
 */
export function sectionPathCache(layout: Layout, keep = 64): SectionPathCache {
  const cache = new Map<string, SectionPaths>();
  const remember = (key: string, make: () => SectionPaths) => {
    const hit = cache.get(key);
    // Most recently used last, so the oldest is the first to go.
    if (hit) cache.delete(key);
    const paths = hit ?? make();
    cache.set(key, paths);
    for (const old of cache.keys()) {
      if (cache.size <= keep) break;
      cache.delete(old);
    }
    return paths;
  };
  const each = (path: (alveoli: readonly Alveolus[]) => string) =>
    layout.lobes.map((lobe) => lobe.lobules.map((l) => path(l.alveoli)));
  const step = (scale: number) => Number(scale.toFixed(3));
  return {
    walls: (scale) => remember(`w${step(scale)}`, () => each((a) => circlesPath(a, step(scale)))),
    milk: (milkScale, wallScale) =>
      remember(`m${step(milkScale)}/${step(wallScale)}`, () =>
        each((a) => milkPath(a, step(milkScale), step(wallScale))),
      ),
  };
}
