// What the print and presentation builders share: reading a series, its line, the y extent, text
// nodes, width estimates and the events both mark.
import { bisectLeft, bisectRight } from 'd3-array';
import { line } from 'd3-shape';
import type { ScaleLinear } from 'd3-scale';
import type { EventKind, Trace } from '../sim/trace';
import type { ChartName, PanelSpec, SeriesSpec } from './chart-specs';
import { decimateIndices } from './decimate';
import { FONT_FAMILY, INK } from './palette';
import { provenanceEntries, type Provenance } from './provenance';
import { el, px, pxText, type AttrValue, type SvgNode } from './svg-tree';

export const FEED_STARTS: ReadonlySet<EventKind> = new Set(['latch', 'pumpStart']);

/**
 * Events that change the picture for days: each gets a line across every panel and a label.
 * Progesterone's withdrawal is not one: it follows the placenta by hours, where its name would
 * crowd the placenta's, and the progesterone line shows the fall itself (the event list names it).
 */
export const LANDMARKS: Partial<Record<EventKind, string>> = {
  placentaDelivered: 'Placenta delivered',
  milkComesIn: 'Milk comes in',
};

/**
 * A fork's line: a wide faded band sets it apart from the run's own line, and a thin line of the
 * full colour down its middle holds 3:1 against the background (WCAG 1.4.11), which the faded
 * band alone does not (1.4–1.7:1 on white).
 */
export function compareLine(d: string, color: string, width: number, opacity: number): SvgNode[] {
  const common = { d, fill: 'none', stroke: color, 'stroke-linejoin': 'round' };
  return [
    el('path', {
      class: 'compare-band',
      ...common,
      'stroke-width': width,
      'stroke-opacity': opacity,
    }),
    el('path', { class: 'compare', ...common, 'stroke-width': px(width / 4) }),
  ];
}

/** Text width estimate for layout (Inter averages ~0.56 em); exact metrics are export's job. */
export function textWidth(s: string, size: number, em = 0.56): number {
  return s.length * size * em;
}

/**
 * Breaks a text into lines that fit a width (by the same estimate), at spaces; a word longer
 * than a line is cut across lines rather than shortened, so no word is lost.
 */
export function wrapText(s: string, size: number, width: number, em = 0.56): string[] {
  const max = Math.max(1, Math.floor(width / (size * em)));
  const lines: string[] = [];
  let line = '';
  for (const word of s.split(/\s+/).filter((w) => w !== '')) {
    const joined = line === '' ? word : `${line} ${word}`;
    if (joined.length <= max) {
      line = joined;
      continue;
    }
    if (line !== '') lines.push(line);
    let rest = word;
    while (rest.length > max) {
      lines.push(rest.slice(0, max));
      rest = rest.slice(max);
    }
    line = rest;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Shortens a text with an ellipsis to fit a width (by the same estimate). */
export function fitText(s: string, size: number, width: number, em = 0.56): string {
  const max = Math.floor(width / (size * em));
  return s.length <= max ? s : `${s.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}

export function text(
  x: number,
  y: number,
  content: string,
  o: { size: number; weight?: number; anchor?: 'middle' | 'end'; fill?: string },
): SvgNode {
  return el(
    'text',
    {
      x: px(x),
      y: px(y),
      'font-size': o.size,
      'font-weight': o.weight,
      'text-anchor': o.anchor,
      fill: o.fill ?? INK.text,
    },
    [content],
  );
}

/** A channel scaled by a factor, kept per channel: a chart reads one series several times. */
const scaled = new WeakMap<Float64Array, Map<number, Float64Array>>();

export function seriesValues(trace: Trace, s: SeriesSpec): Float64Array {
  const raw = trace.channels[s.channel];
  const f = s.factor ?? 1;
  if (f === 1) return raw;
  let byFactor = scaled.get(raw);
  if (!byFactor) scaled.set(raw, (byFactor = new Map()));
  let values = byFactor.get(f);
  if (!values) {
    // A plain loop: a typed array's map with a callback took several times as long per edit.
    values = new Float64Array(raw.length);
    for (let i = 0; i < raw.length; i++) values[i] = (raw[i] as number) * f;
    byFactor.set(f, values);
  }
  return values;
}

/** Sample indices [first, last] covering [fromSec, toSec], one sample beyond each end. */
export function sampleRange(trace: Trace, fromSec: number, toSec: number): [number, number] {
  const t = trace.timesSec;
  const first = Math.max(0, bisectRight(t, fromSec) - 1);
  const last = Math.min(t.length - 1, bisectLeft(t, toSec));
  return [first, last];
}

/** The y extent of a panel's series from zero (every quantity here is ≥ 0 at rest). */
export function yDomain(
  panel: PanelSpec,
  traces: Trace[],
  range?: readonly [number, number],
): [number, number] {
  if (panel.domain) return panel.domain;
  let lo = 0;
  let hi = 0;
  for (const t of traces) {
    const [first, last] = range ?? [0, t.timesSec.length - 1];
    for (const s of panel.series) {
      const values = seriesValues(t, s);
      for (let i = first; i <= last && i < values.length; i++) {
        const v = values[i] as number;
        if (Number.isFinite(v)) {
          if (v < lo) lo = v;
          if (v > hi) hi = v;
        }
      }
    }
  }
  return hi - lo < 1e-9 ? [lo, lo + 1] : [lo, hi];
}

/** A chart's time → x mapping, with every sample's x of a trace worked out once. */
export interface SampleXs {
  at(tSec: number): number;
  /** x of each of the trace's samples; the same array for every series drawn from it. */
  of(trace: Trace): Float64Array;
}

/**
 * A chart's time → x mapping (`scale` of time in `unitSec`), sharing each trace's sample
 * positions between the lines of one build: the several series of a chart's panels then map a
 * run's thousands of sample times once instead of once per line. The samples are mapped with
 * d3's own arithmetic for a linear scale (normalise to 0..1, then interpolate the range) written
 * out, the same numbers without a call through the scale per sample, which was most of the time
 * a live edit spent on the charts' lines.
 */
export function sampleXs(scale: ScaleLinear<number, number>, unitSec = 1): SampleXs {
  const at = (tSec: number): number => scale(tSec / unitSec);
  const [d0 = 0, d1 = 0] = scale.domain();
  const [r0 = 0, r1 = 0] = scale.range();
  const span = d1 - d0;
  // Anything but an unclamped ascending two-point scale goes through the scale itself.
  const direct = scale.domain().length === 2 && span > 0 && !scale.clamp();
  const known = new Map<Trace, Float64Array>();
  return {
    at,
    of(trace) {
      let xs = known.get(trace);
      if (!xs) {
        const times = trace.timesSec;
        xs = new Float64Array(times.length);
        for (let i = 0; i < times.length; i++) {
          const u = (times[i] as number) / unitSec;
          if (!direct) {
            xs[i] = scale(u);
            continue;
          }
          const t = (u - d0) / span;
          xs[i] = r0 * (1 - t) + r1 * t;
        }
        known.set(trace, xs);
      }
      return xs;
    },
  };
}

/**
 * A series as an SVG path. With `columnsPerUnit` (on screen) the line keeps only the samples that
 * can show at that many device-pixel columns per x unit (decimate.ts): the same drawing from a
 * few points per column; without it (exports, which may be drawn larger) every sample.
 */
export function linePath(
  trace: Trace,
  s: SeriesSpec,
  x: SampleXs,
  y: ScaleLinear<number, number>,
  range?: readonly [number, number],
  columnsPerUnit?: number,
): string {
  const values = seriesValues(trace, s);
  const times = trace.timesSec;
  const [first, last] = range ?? [0, times.length - 1];
  if (columnsPerUnit !== undefined) {
    const xs = x.of(trace);
    // The same path text d3's line writes for these points (M, then L; a gap starts a new M).
    let d = '';
    let drawing = false;
    for (const i of decimateIndices(xs, values, first, last, columnsPerUnit)) {
      const v = values[i] as number;
      if (!Number.isFinite(v)) {
        drawing = false;
        continue;
      }
      d += `${drawing ? 'L' : 'M'}${pxText(xs[i] as number)},${pxText(y(v))}`;
      drawing = true;
    }
    return d;
  }
  const indices = Array.from({ length: Math.max(0, last - first + 1) }, (_, k) => first + k);
  return (
    line<number>()
      .defined((i) => Number.isFinite(values[i] as number))
      .x((i) => px(x.at(times[i] as number)))
      .y((i) => px(y(values[i] as number)))(indices) ?? ''
  );
}

/** Points per piece of a line drawn on screen (see `seriesPaths`). */
export const PIECE_POINTS = 150;

/**
 * A series line as SVG paths. An export keeps one path. On screen (`pieces`) a long line is cut
 * into paths of PIECE_POINTS points: Chromium rasters the page in tiles and strokes (and dashes)
 * every path that crosses a tile whole, so a 180-day line of ~2 300 points, each chart three
 * tiles wide, cost ~200 ms of software raster per new run; pieces narrower than a tile are
 * stroked only where they show. Each piece starts on its neighbour's last segment, so the join
 * there is drawn, and continues its dash pattern (dashes start again at each move, as in one path).
 */
export function seriesPaths(
  attrs: Record<string, AttrValue | undefined> & { d: string },
  pieces: boolean,
): SvgNode[] {
  const d = attrs.d;
  if (!pieces) return [el('path', attrs)];
  // Where each point's command letter stands: pieces are slices of the text, read once (a
  // live edit of a 180-day run cuts some 25 000 points).
  const starts: number[] = [];
  for (let i = 0; i < d.length; i++) {
    const c = d.charCodeAt(i);
    if (c === 77 /* M */ || c === 76 /* L */) starts.push(i);
  }
  const count = starts.length;
  if (count <= PIECE_POINTS) return [el('path', attrs)];
  starts.push(d.length);
  const dash = attrs['stroke-dasharray'];
  const lengths = dash === undefined ? [] : String(dash).split(/[ ,]+/).map(Number);
  const pattern = lengths.reduce((a, b) => a + b, 0) * (lengths.length % 2 === 1 ? 2 : 1);
  // Along the line from its last move, up to point `next - 1` (only a dashed line needs it).
  let along = 0;
  let next = 0;
  let x = 0;
  let y = 0;
  const walkTo = (point: number) => {
    for (; next <= point; next++) {
      const at = starts[next] as number;
      const comma = d.indexOf(',', at);
      const px1 = Number(d.slice(at + 1, comma));
      const py1 = Number(d.slice(comma + 1, starts[next + 1]));
      along = d.charCodeAt(at) === 77 ? 0 : along + Math.hypot(px1 - x, py1 - y);
      x = px1;
      y = py1;
    }
  };
  const out: SvgNode[] = [];
  for (let start = 0; start < count; start += PIECE_POINTS) {
    const from = Math.max(0, start - 1);
    const part = d.slice(
      (starts[from] as number) + 1,
      starts[Math.min(count, start + PIECE_POINTS)],
    );
    if (pattern > 0) walkTo(from);
    const offset = pattern > 0 ? px(along % pattern) : 0;
    out.push(
      el('path', {
        ...attrs,
        d: `M${part}`,
        'stroke-dashoffset': offset > 0 ? offset : undefined,
      }),
    );
  }
  return out;
}

/** Where an exported file came from, in its <metadata>. */
export function provenanceNode(provenance: Provenance): SvgNode {
  return el('metadata', {}, [
    el(
      'lactasim:provenance',
      Object.fromEntries([
        ['xmlns:lactasim', 'https://lactasim.app/ns/provenance/1'],
        ...provenanceEntries(provenance),
      ]),
    ),
  ]);
}

/** The chart's root element: its size in CSS px, its name, and Inter for every text. */
export function chartRoot(
  chart: ChartName,
  width: number,
  height: number,
  children: SvgNode[],
  extra: Record<string, string> = {},
): SvgNode {
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      'font-family': FONT_FAMILY,
      role: 'img',
      'data-chart': chart,
      ...extra,
    },
    children,
  );
}

/**
 * The timeline cursor drawn into a chart's tree (for an export of a moment): a line across the
 * plots at `x`, and in print a small head above the first plot pointing down at it.
 */
export function cursorGroup(o: {
  x: number;
  top: number;
  bottom: number;
  color: string;
  strokeWidth: number;
  head?: boolean;
}): SvgNode {
  const x = px(o.x);
  const parts = [
    el('line', {
      x1: x,
      x2: x,
      y1: px(o.head ? o.top - 6 : o.top),
      y2: px(o.bottom),
      stroke: o.color,
      'stroke-width': o.strokeWidth,
    }),
  ];
  if (o.head) parts.push(el('path', { d: `M${x - 5},${o.top - 12}h10l-5,6z`, fill: o.color }));
  return el('g', { class: 'cursor' }, parts);
}
