// Zoom of the anatomy drawing, pure parts: limits, the level of detail at which alveoli show
// their cells, which alveoli are on screen, and the transform that frames a structure.
// Transforms here are in view units (the 1600 × 1000 viewBox): v' = k·v + (x, y).
import type { Alveolus, Layout } from './geometry';
import { VIEW } from './geometry';
import type { Point } from './polyline';

export interface ViewTransform {
  k: number;
  x: number;
  y: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const IDENTITY: ViewTransform = { k: 1, x: 0, y: 0 };

/** Where a point of the unzoomed drawing is at zoom `t`. */
export function toScreen(t: ViewTransform, [x, y]: Point): Point {
  return [t.k * x + t.x, t.k * y + t.y];
}

/** Whether a point (view units) is on screen. */
export function onScreen([x, y]: Point): boolean {
  return x >= 0 && x <= VIEW.width && y >= 0 && y <= VIEW.height;
}

/** Whether two boxes share any area (boxes that only touch do not). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Two framings of the drawing that look the same (view units; k to a thousandth). */
export function sameView(a: ViewTransform, b: ViewTransform): boolean {
  return Math.abs(a.k - b.k) < 1e-3 && Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5;
}
export const MIN_ZOOM = 1;
export const MAX_ZOOM = 24;
/** Each press of Zoom in / Zoom out. */
export const ZOOM_STEP = 2;
/**
 * From this scale an alveolus (radius ≈ 5.5 units) is ≥ 25 units across on screen — big enough
 * to tell its lactocytes and myoepithelial cells apart — so the cells are drawn from here on.
 */
export const CELL_ZOOM = 4.5;
/** Zooming to a cell-level structure lands here, well past CELL_ZOOM: a few alveoli fill the view. */
const CELL_FOCUS_ZOOM = 10;
/** Zooming to a larger structure stops here, so it stays in its surroundings and its label fits. */
const STRUCTURE_MAX_ZOOM = 3;
/** Parts drawn only at cell level: zooming to them frames one alveolus. */
const CELL_PARTS = new Set(['alveolus', 'lactocyte', 'myoepithelial-cell']);
/**
 * Parts of the brain inset: zooming to one frames the whole inset, since the hypothalamus alone
 * would be magnified until the brain around it (its context on a slide) is cut off.
 */
const BRAIN_PARTS = new Set(['hypothalamus', 'pituitary']);

export interface PlacedAlveolus extends Alveolus {
  lobe: number;
  lobule: number;
  /** Stable key: lobe, lobule and alveolus index. */
  key: string;
}

export function allAlveoli(layout: Layout): PlacedAlveolus[] {
  return layout.lobes.flatMap((lobe) =>
    lobe.lobules.flatMap((lobule, k) =>
      lobule.alveoli.map((a, n) => ({
        ...a,
        lobe: lobe.index,
        lobule: k,
        key: `${lobe.index}-${k}-${n}`,
      })),
    ),
  );
}

/** The part of the drawing on screen, in view units. */
export function visibleBox(t: ViewTransform): Box {
  return { x: -t.x / t.k, y: -t.y / t.k, width: VIEW.width / t.k, height: VIEW.height / t.k };
}

/** Alveoli whose cells are worth drawing: none below CELL_ZOOM, else those on screen. */
export function detailedAlveoli(alveoli: PlacedAlveolus[], t: ViewTransform): PlacedAlveolus[] {
  if (t.k < CELL_ZOOM) return [];
  const v = visibleBox(t);
  const m = 12; // an alveolus straddling the edge still shows its cells
  return alveoli.filter(
    (a) => a.x > v.x - m && a.x < v.x + v.width + m && a.y > v.y - m && a.y < v.y + v.height + m,
  );
}

/** Keeps the drawing covering the view: no panning off into empty space (d3-zoom's rule). */
export function clampTransform(t: ViewTransform, width: number, height: number): ViewTransform {
  const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, t.k));
  const x = Math.min(0, Math.max(width - width * k, t.x));
  const y = Math.min(0, Math.max(height - height * k, t.y));
  return { k, x, y };
}

/** The transform that centres a box in the view with a margin, its scale within `[min, max]`. */
export function fitBox(box: Box, [minK, maxK]: [number, number]): ViewTransform {
  const w = Math.max(box.width, 1);
  const h = Math.max(box.height, 1);
  const k = Math.min(maxK, Math.max(minK, 0.7 * Math.min(VIEW.width / w, VIEW.height / h)));
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  return clampTransform(
    { k, x: VIEW.width / 2 - k * cx, y: VIEW.height / 2 - k * cy },
    VIEW.width,
    VIEW.height,
  );
}

/** Where a "zoom to" lands: an upper lobe, clear of the chest wall and of the ducts of the others. */
const SHOWCASE_AT = { x: 400, y: 300 } as const;

/** The lobe a "zoom to" lands in: the intact lobe nearest the middle of the gland. */
export function showcaseLobe(layout: Layout, cut: ReadonlySet<number>): number {
  const intact = layout.lobes.filter((l) => !cut.has(l.index));
  const pool = intact.length > 0 ? intact : layout.lobes;
  let best = pool[0];
  for (const l of pool) {
    const d = Math.hypot(l.x - SHOWCASE_AT.x, l.y - SHOWCASE_AT.y);
    if (best && d < Math.hypot(best.x - SHOWCASE_AT.x, best.y - SHOWCASE_AT.y)) best = l;
  }
  return best?.index ?? 0;
}

/**
 * How to frame a structure: a box in view units, or the drawn elements a selector matches (all
 * of them, or the first); and how close.
 */
export type FocusTarget = { zoom: [number, number] } & (
  { box: Box } | { selector: string; single: boolean }
);

/** How to frame a structure named by its data-part. */
export function focusTarget(part: string, layout: Layout, cut: ReadonlySet<number>): FocusTarget {
  const index = showcaseLobe(layout, cut);
  const lobe = `.lobes [data-lobe="${index}"]`;
  const structure: [number, number] = [MIN_ZOOM, STRUCTURE_MAX_ZOOM];
  if (CELL_PARTS.has(part)) {
    // One alveolus, by its geometry: a lobule's alveoli are drawn as one path.
    const a = layout.lobes.find((l) => l.index === index)?.lobules[0]?.alveoli[0];
    if (a)
      return {
        box: { x: a.x - a.r, y: a.y - a.r, width: 2 * a.r, height: 2 * a.r },
        zoom: [CELL_FOCUS_ZOOM, CELL_FOCUS_ZOOM],
      };
  }
  if (part === 'lobule')
    return { selector: `${lobe} [data-part="lobule"]`, zoom: structure, single: true };
  if (part === 'lobe') return { selector: lobe, zoom: structure, single: true };
  const inset = '.anatomy-static .inset-frame';
  if (BRAIN_PARTS.has(part)) return { selector: inset, zoom: structure, single: true };
  // The nerve path ends in the brain: the frame takes in the whole inset with it.
  if (part === 'nerve')
    return {
      selector: `.anatomy-static [data-part="nerve"], ${inset}`,
      zoom: structure,
      single: false,
    };
  // Every drawn element of the part (all ducts, all glands), outside the close-up.
  return { selector: `.anatomy-static [data-part="${part}"]`, zoom: structure, single: false };
}

/** Union of boxes (null for none). */
export function unionBox(boxes: Box[]): Box | null {
  if (boxes.length === 0) return null;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const b of boxes) {
    x0 = Math.min(x0, b.x);
    y0 = Math.min(y0, b.y);
    x1 = Math.max(x1, b.x + b.width);
    y1 = Math.max(y1, b.y + b.height);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}
