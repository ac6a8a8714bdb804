import { describe, expect, it } from 'vitest';
import {
  buildChart,
  CHART_NAMES,
  type ChartOptions,
  type SvgNode,
} from '../../../src-main/charts/index';
import { scaleLinear } from 'd3-scale';
import { PIECE_POINTS, sampleXs, seriesPaths } from '../../../src-main/charts/chart-parts';
import { decimateIndices } from '../../../src-main/charts/decimate';
import { el, px, pxText } from '../../../src-main/charts/svg-tree';
import { syntheticTrace } from '../../fixtures/charts/fixture';
import { find } from './svg-query';

/** Per pixel column: the lowest and highest value of the given samples, and the first and last. */
function columns(xs: number[], values: number[], indices: number[], perUnit: number) {
  const out = new Map<number, { lo: number; hi: number; first: number; last: number }>();
  for (const i of indices) {
    const v = values[i] as number;
    if (!Number.isFinite(v)) continue;
    const c = Math.floor((xs[i] as number) * perUnit);
    const col = out.get(c);
    if (!col) out.set(c, { lo: v, hi: v, first: i, last: i });
    else
      out.set(c, { lo: Math.min(col.lo, v), hi: Math.max(col.hi, v), first: col.first, last: i });
  }
  return out;
}

/** A noisy line with one-sample spikes: 5,000 samples over 300 x units. */
function noisy(n = 5000) {
  const xs = Array.from({ length: n }, (_, i) => (i * 300) / n);
  const values = xs.map(
    (x, i) => Math.sin(x / 17) * 40 + ((i * 7919) % 13) - (i % 997 === 0 ? 90 : 0),
  );
  return { xs, values };
}

describe('decimateIndices', () => {
  it('keeps, in each pixel column, its first, lowest, highest and last sample', () => {
    const { xs, values } = noisy();
    const all = values.map((_, i) => i);
    for (const perUnit of [1, 2, 3]) {
      const kept = decimateIndices(xs, values, 0, values.length - 1, perUnit);
      expect(columns(xs, values, kept, perUnit)).toEqual(columns(xs, values, all, perUnit));
      expect(kept.length).toBeLessThanOrEqual(4 * 300 * perUnit + 4);
    }
  });

  it('keeps the first and last sample of the range, in time order and each once', () => {
    const { xs, values } = noisy();
    const kept = decimateIndices(xs, values, 120, 4321, 1);
    expect(kept[0]).toBe(120);
    expect(kept.at(-1)).toBe(4321);
    for (let k = 1; k < kept.length; k++) expect(kept[k]).toBeGreaterThan(kept[k - 1] as number);
  });

  it('keeps a one-sample peak', () => {
    const xs = Array.from({ length: 1000 }, (_, i) => i / 10);
    const values = xs.map((_, i) => (i === 537 ? 100 : 1));
    expect(decimateIndices(xs, values, 0, 999, 1)).toContain(537);
  });

  it('keeps every sample when there are fewer than the columns', () => {
    const xs = [0, 3, 6, 9, 12];
    const values = [1, 5, 2, 8, 3];
    expect(decimateIndices(xs, values, 0, 4, 1)).toEqual([0, 1, 2, 3, 4]);
  });

  it('keeps a gap (a value that is not a number) where it was', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i / 20);
    const values = xs.map((_, i) => (i === 50 ? Number.NaN : i));
    const kept = decimateIndices(xs, values, 0, 99, 1);
    expect(kept).toContain(50);
    expect(kept).toContain(49);
    expect(kept).toContain(51);
  });
});

describe('sampleXs', () => {
  it("gives every sample exactly the x the chart's scale gives its time", () => {
    const trace = syntheticTrace();
    // A run's window in hours onto an odd plot, as the print builder sets it; and in seconds.
    const cases = [
      { scale: scaleLinear().domain([0.37, 9.81]).range([61.5, 703.25]), unitSec: 3600 },
      { scale: scaleLinear().domain([1200, 30000]).range([48, 1211.7]), unitSec: 1 },
    ];
    for (const { scale, unitSec } of cases) {
      const xs = sampleXs(scale, unitSec);
      const of = xs.of(trace);
      trace.timesSec.forEach((t, i) => expect(of[i]).toBe(scale(t / unitSec)));
      expect(xs.of(trace)).toBe(of);
    }
  });

  it('maps through the scale itself where it is clamped', () => {
    const trace = syntheticTrace();
    const scale = scaleLinear().domain([1, 2]).range([0, 100]).clamp(true);
    const of = sampleXs(scale, 3600).of(trace);
    trace.timesSec.forEach((t, i) => expect(of[i]).toBe(scale(t / 3600)));
  });
});

describe('pxText', () => {
  it('writes what a rounded coordinate writes as text', () => {
    const values = [0, -0, 0.001, -0.001, 0.005, -0.005, 0.1, 0.125, -0.125, 1, 10.5, 99.999];
    for (let i = 0; i < 20000; i++) values.push((Math.random() - 0.3) * 10 ** (i % 7));
    for (const v of values) expect(pxText(v)).toBe(`${px(v)}`);
  });
});

// Print style, the presentation style, and the presentation style of a lesson beat's window.
const LOOKS: [string, ChartOptions][] = [
  ['print', { width: 300 }],
  ['presentation', { style: 'presentation', width: 300, height: 200, fontPx: 12 }],
  [
    'presentation, a window of the run',
    { style: 'presentation', width: 300, height: 200, fontPx: 12, windowSec: [3600, 7200] },
  ],
];

/** The tree with each line cut into pieces on screen (seriesPaths) as the one path they draw. */
function joinPieces(tree: SvgNode): SvgNode {
  const children: SvgNode['children'] = [];
  for (const c of tree.children) {
    if (typeof c === 'string') {
      children.push(c);
      continue;
    }
    const node = joinPieces(c);
    const last = children.at(-1);
    const d = String(node.attrs.d);
    const continues =
      typeof last === 'object' &&
      node.attrs.class === 'series' &&
      last.attrs.class === 'series' &&
      last.attrs['data-channel'] === node.attrs['data-channel'] &&
      String(last.attrs.d).endsWith(d.slice(1).split('L')[0]!);
    if (!continues) {
      children.push(node);
      continue;
    }
    last.attrs.d = String(last.attrs.d) + d.slice(d.indexOf('L'));
  }
  return { ...tree, attrs: { ...tree.attrs }, children };
}

describe.each(LOOKS)('buildChart with columnsPerUnit (on screen), %s', (_, look) => {
  const trace = syntheticTrace();
  const series = (tree: SvgNode) => find(joinPieces(tree), (n) => n.attrs.class === 'series');
  const extent = (d: string) => {
    const ys = [...d.matchAll(/[ML][^,]+,([-\d.]+)/g)].map((m) => Number(m[1]));
    const xs = [...d.matchAll(/[ML]([-\d.]+),/g)].map((m) => Number(m[1]));
    return [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  };

  it('draws the same chart with fewer points per line, every line reaching the same extremes', () => {
    for (const chart of CHART_NAMES) {
      const full = buildChart(trace, chart, look);
      const thin = buildChart(trace, chart, { ...look, columnsPerUnit: 1 });
      const a = series(full.tree);
      const b = series(thin.tree);
      expect(b.length).toBe(a.length);
      a.forEach((node, i) => {
        const d = String(node.attrs.d);
        const e = String(b[i]!.attrs.d);
        expect(e.length).toBeLessThanOrEqual(d.length);
        expect(extent(e)).toEqual(extent(d));
      });
      // Everything but the lines is unchanged.
      const rest = (tree: SvgNode) =>
        JSON.stringify(tree, (k, v: unknown) => (k === 'd' && typeof v === 'string' ? '' : v));
      const plain = (tree: SvgNode) => rest(tree).replace(/,"stroke-dashoffset":[\d.]+/g, '');
      expect(plain(joinPieces(thin.tree))).toBe(rest(full.tree));
    }
  });

  it('writes the same path text as the export when every sample has a column of its own', () => {
    for (const chart of CHART_NAMES) {
      const full = series(buildChart(trace, chart, look).tree);
      const fine = series(buildChart(trace, chart, { ...look, columnsPerUnit: 1000 }).tree);
      expect(fine.map((n) => n.attrs.d)).toEqual(full.map((n) => n.attrs.d));
    }
  });
});

describe('seriesPaths', () => {
  const points = (n: number, from = 0) =>
    Array.from({ length: n }, (_, i) => `${i === 0 ? 'M' : 'L'}${from + i},${(i * 7) % 13}`);
  const attrs = { class: 'series', 'stroke-dasharray': '7 4' };

  it('keeps one path for an export and for a short line', () => {
    const d = points(3 * PIECE_POINTS).join('');
    expect(seriesPaths({ ...attrs, d }, false)).toEqual([el('path', { ...attrs, d })]);
    const short = points(PIECE_POINTS).join('');
    expect(seriesPaths({ ...attrs, d: short }, true)).toEqual([el('path', { ...attrs, d: short })]);
  });

  it('cuts a long line into pieces that draw it whole, each on from its neighbour', () => {
    const all = points(2 * PIECE_POINTS + 7);
    const pieces = seriesPaths({ ...attrs, d: all.join('') }, true);
    expect(pieces).toHaveLength(3);
    const drawn = pieces.map((p) => String(p.attrs.d).split(/(?=[ML])/));
    for (const piece of drawn) expect(piece.length).toBeLessThanOrEqual(PIECE_POINTS + 1);
    drawn
      .slice(1)
      .forEach((piece, i) => expect(piece[0]!.slice(1)).toBe(drawn[i]!.at(-1)!.slice(1)));
    const joined = [...drawn[0]!, ...drawn.slice(1).flatMap((p) => p.slice(1))];
    expect(joined).toEqual(all);
  });

  it('carries the dash pattern on from piece to piece, afresh after a gap', () => {
    const line = [...points(PIECE_POINTS + 40), ...points(PIECE_POINTS, 500)];
    const pieces = seriesPaths({ ...attrs, d: line.join('') }, true);
    // Along the line from its last move (a gap), as the browser dashes it.
    const along = (k: number) => {
      let length = 0;
      for (let i = 1; i <= k; i++) {
        if (line[i]!.startsWith('M')) length = 0;
        else {
          const [x0, y0] = line[i - 1]!.slice(1).split(',').map(Number) as [number, number];
          const [x1, y1] = line[i]!.slice(1).split(',').map(Number) as [number, number];
          length += Math.hypot(x1 - x0, y1 - y0);
        }
      }
      return length;
    };
    pieces.forEach((piece, p) => {
      const first = Math.max(0, p * PIECE_POINTS - 1);
      const offset = Number(piece.attrs['stroke-dashoffset'] ?? 0);
      expect(offset).toBeCloseTo(along(first) % 22, 1);
    });
    expect(pieces[2]!.attrs['stroke-dashoffset']).toBeDefined();
  });
});
