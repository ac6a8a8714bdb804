// The table of differences of a fork, in words and as an SVG block under a comparison chart. The
// same wording is on screen (ComparePanel), in the SVG and PNG files and in the PDF report.
import { fitText, text, textWidth } from './chart-parts';
import type { ChartBuild } from './build-chart';
import { PRESENTATION_THEMES, type ChartLook } from './chart-theme';
import type { DifferenceRow } from './compare';
import { localNumber, makeSay, type Say } from './chart-words';
import { tableDigits } from './numbers';
import { INK } from './palette';
import { el, px, type SvgNode } from './svg-tree';

/** The table's column headings, left to right. */
export function differenceHeadings(say: Say = makeSay()): [string, string, string, string] {
  return [say('After the fork'), say('This run'), say('Fork'), say('Difference')];
}

export function formatDifferenceValue(v: number | null, say: Say = makeSay()): string {
  if (v === null || !Number.isFinite(v)) return '—';
  return localNumber(v.toFixed(tableDigits(v)), say);
}

/** "+120 mL (+15 %)": the fork minus this run, and the change as a share of this run. */
export function formatDifference(r: DifferenceRow, say: Say = makeSay()): string {
  if (r.base === null || r.fork === null) return '—';
  const d = r.fork - r.base;
  const sign = d >= 0 ? '+' : '';
  const pct = r.base !== 0 ? ` (${sign}${((d / r.base) * 100).toFixed(0)} %)` : '';
  return `${sign}${formatDifferenceValue(d, say)} ${say(r.unit)}${pct}`;
}

/** One row of the table as the four cells it shows. */
export function differenceCells(
  r: DifferenceRow,
  say: Say = makeSay(),
): [string, string, string, string] {
  return [
    r.label,
    `${formatDifferenceValue(r.base, say)} ${say(r.unit)}`,
    `${formatDifferenceValue(r.fork, say)} ${say(r.unit)}`,
    formatDifference(r, say),
  ];
}

export interface DifferenceTable {
  /** What the fork changed and when ("Double pumping for 15 min at 5.0 h after birth"). */
  label: string;
  rows: DifferenceRow[];
}

/** Splits a text into at most two lines that fit `width` (by the layout's width estimate). */
function twoLines(s: string, size: number, width: number): string[] {
  if (textWidth(s, size) <= width) return [s];
  const words = s.split(' ');
  let first = '';
  while (words.length > 0 && textWidth(`${first} ${words[0]}`.trim(), size) <= width) {
    first = `${first} ${words.shift()}`.trim();
  }
  return [first || fitText(s, size, width), fitText(words.join(' '), size, width)].filter(Boolean);
}

/**
 * The chart with its table of differences below it, in the chart's own style and colours: the
 * root grows by the table's height, and the background with it.
 */
export function withDifferenceTable(
  built: ChartBuild,
  table: DifferenceTable,
  look: ChartLook,
  fontPx = 12,
  say: Say = makeSay(),
): { tree: SvgNode; width: number; height: number } {
  const titles = differenceHeadings(say);
  const ink =
    look.style === 'presentation'
      ? PRESENTATION_THEMES[look.theme]
      : { text: INK.text, muted: INK.muted, grid: INK.grid };
  const size = look.style === 'presentation' ? fontPx : 12;
  const row = size * 1.5;
  const left = built.plotLeft;
  const right = built.plotRight;
  const cells = table.rows.map((r) => differenceCells(r, say));
  // Value columns as wide as their widest text; the row labels take what is left.
  const valueWidths = [1, 2, 3].map((c) =>
    Math.max(
      textWidth(titles[c] as string, size),
      ...cells.map((r) => textWidth(r[c] as string, size)),
    ),
  );
  const gap = size;
  const labelWidth = right - left - valueWidths.reduce((a, w) => a + w + gap, 0);
  const columnEnds = valueWidths.reduce<number[]>(
    (ends, w) => [...ends, (ends.at(-1) ?? left + labelWidth) + gap + w],
    [],
  );
  const children: SvgNode[] = [];
  let y = built.height + row;
  children.push(
    text(left, y, fitText(table.label, size, right - left), { size, weight: 600, fill: ink.text }),
  );
  y += row;
  const headings = [
    text(left, y, titles[0], { size, fill: ink.muted }),
    ...columnEnds.map((x, c) =>
      text(x, y, titles[c + 1] as string, { size, anchor: 'end', fill: ink.muted }),
    ),
  ];
  children.push(...headings);
  for (const r of cells) {
    const lines = twoLines(r[0], size, labelWidth);
    const top = y + size * 0.5;
    children.push(el('line', { x1: left, x2: right, y1: px(top), y2: px(top), stroke: ink.grid }));
    y = top + row * 0.8;
    lines.forEach((l, i) =>
      children.push(text(left, y + i * size * 1.2, l, { size, fill: ink.text })),
    );
    columnEnds.forEach((x, c) =>
      children.push(text(x, y, r[c + 1] as string, { size, anchor: 'end', fill: ink.text })),
    );
    y += (lines.length - 1) * size * 1.2;
  }
  const height = Math.ceil(y + row);
  const root = built.tree;
  const grown = root.children.map((c) =>
    typeof c !== 'string' && c.attrs.class === 'background'
      ? { ...c, attrs: { ...c.attrs, height } }
      : c,
  );
  const tree: SvgNode = {
    ...root,
    attrs: { ...root.attrs, height, viewBox: `0 0 ${built.width} ${height}` },
    children: [...grown, el('g', { class: 'differences' }, children)],
  };
  return { tree, width: built.width, height };
}
