// Curves the anatomy is drawn along, kept as dense polylines so that a particle or a nerve impulse
// can be placed at any fraction of the way with the same geometry that is drawn.
import { line } from 'd3';

export type Point = readonly [number, number];

export interface Polyline {
  points: Point[];
  /** Arc length from the start to each point, in view units. */
  cumulative: Float64Array;
  length: number;
}

/** Dense points of a centripetal-free (uniform) Catmull–Rom spline through `control`. */
export function smoothPoints(control: readonly Point[], perSegment = 12): Point[] {
  if (control.length < 3) return [...control];
  const out: Point[] = [];
  for (let i = 0; i < control.length - 1; i++) {
    const p0 = control[Math.max(0, i - 1)]!;
    const p1 = control[i]!;
    const p2 = control[i + 1]!;
    const p3 = control[Math.min(control.length - 1, i + 2)]!;
    for (let s = 0; s < perSegment; s++) {
      const t = s / perSegment;
      const t2 = t * t;
      const t3 = t2 * t;
      const at = (k: 0 | 1) =>
        0.5 *
        (2 * p1[k] +
          (-p0[k] + p2[k]) * t +
          (2 * p0[k] - 5 * p1[k] + 4 * p2[k] - p3[k]) * t2 +
          (-p0[k] + 3 * p1[k] - 3 * p2[k] + p3[k]) * t3);
      out.push([at(0), at(1)]);
    }
  }
  out.push(control[control.length - 1]!);
  return out;
}

export function polyline(points: Point[]): Polyline {
  const cumulative = new Float64Array(points.length);
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    cumulative[i] = (cumulative[i - 1] ?? 0) + Math.hypot(b[0] - a[0], b[1] - a[1]);
  }
  return { points, cumulative, length: cumulative[points.length - 1] ?? 0 };
}

/** The point at `fraction` (0..1) of the polyline's length. */
export function pointAt(poly: Polyline, fraction: number): Point {
  const target = Math.min(1, Math.max(0, fraction)) * poly.length;
  const c = poly.cumulative;
  let lo = 0;
  let hi = poly.points.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((c[mid] ?? 0) <= target) lo = mid;
    else hi = mid;
  }
  const a = poly.points[lo]!;
  const b = poly.points[hi] ?? a;
  const span = (c[hi] ?? 0) - (c[lo] ?? 0);
  const w = span > 0 ? (target - (c[lo] ?? 0)) / span : 0;
  return [a[0] + (b[0] - a[0]) * w, a[1] + (b[1] - a[1]) * w];
}

const straight = line<Point>()
  .x((p) => p[0])
  .y((p) => p[1]);

/** SVG path data through `points` (already dense, so straight segments look smooth). */
export function pathOf(points: readonly Point[], closed = false): string {
  const d = straight(points as Point[]) ?? '';
  return closed ? `${d}Z` : d;
}

/** A deterministic number in [0, 1) for an integer and a salt: layouts look organic yet repeat. */
export function hash01(i: number, salt = 0): number {
  let h = Math.imul(i ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(salt + 0x27d4eb2f, 0xc2b2ae35);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  h = Math.imul(h, 0x297a2d39);
  h ^= h >>> 15;
  return (h >>> 0) / 4294967296;
}
