// Computed CSS colours as SVG paint: the drawing's colours come from CSS variables and
// color-mix(), which a file has no stylesheet for, so each resolved colour is written as #rrggbb
// with its alpha folded into the element's fill- or stroke-opacity. Pure.

export interface Paint {
  /** `#rrggbb` or `none`. */
  color: string;
  /** 0..1: the colour's own alpha (multiplied into the element's opacity). */
  alpha: number;
}

const hex = (v: number) =>
  Math.round(Math.min(255, Math.max(0, v)))
    .toString(16)
    .padStart(2, '0');

function fromChannels(r: number, g: number, b: number, a: number): Paint | null {
  if (![r, g, b, a].every(Number.isFinite)) return null;
  return { color: `#${hex(r)}${hex(g)}${hex(b)}`, alpha: Math.min(1, Math.max(0, a)) };
}

/** Numbers of a CSS colour function's arguments, commas, spaces or a slash between them. */
function numbers(args: string): number[] {
  return args
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map((n) => (n.endsWith('%') ? Number(n.slice(0, -1)) / 100 : Number(n)));
}

/**
 * A computed colour (`rgb(…)`, `rgba(…)`, `color(srgb …)`, `#rgb`, `#rrggbb`, `none`,
 * `transparent`) as paint; null for anything else (gradients and patterns are not used).
 */
export function parsePaint(value: string): Paint | null {
  const v = value.trim().toLowerCase();
  if (v === 'none') return { color: 'none', alpha: 1 };
  if (v === 'transparent') return { color: 'none', alpha: 0 };
  const rgb = /^rgba?\((.*)\)$/.exec(v);
  if (rgb) {
    const [r = NaN, g = NaN, b = NaN, a = 1] = numbers(rgb[1] ?? '');
    return fromChannels(r, g, b, a);
  }
  const srgb = /^color\(srgb\s+(.*)\)$/.exec(v);
  if (srgb) {
    const [r = NaN, g = NaN, b = NaN, a = 1] = numbers(srgb[1] ?? '');
    return fromChannels(r * 255, g * 255, b * 255, a);
  }
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(v);
  if (short) {
    const [, r = '', g = '', b = ''] = short;
    return { color: `#${r}${r}${g}${g}${b}${b}`, alpha: 1 };
  }
  if (/^#[0-9a-f]{6}$/.test(v)) return { color: v, alpha: 1 };
  return null;
}

/** A computed `matrix(a, b, c, d, e, f)` (or `none`) as its six numbers; null for 3-D or none. */
export function parseMatrix(value: string): number[] | null {
  const m = /^matrix\((.*)\)$/.exec(value.trim());
  if (!m) return null;
  const n = (m[1] ?? '').split(',').map(Number);
  return n.length === 6 && n.every(Number.isFinite) ? n : null;
}

/**
 * The SVG transform of a CSS transform about its origin (ox, oy in user units): the origin is
 * moved to 0, the matrix applied, and moved back, as CSS does.
 */
export function transformAbout(matrix: number[], ox: number, oy: number): string {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = matrix;
  const r = (x: number) => Math.round(x * 1e4) / 1e4;
  // translate(o) · M · translate(−o), folded into one matrix.
  const tx = e + ox - (a * ox + c * oy);
  const ty = f + oy - (b * ox + d * oy);
  return `matrix(${[a, b, c, d, tx, ty].map(r).join(' ')})`;
}
