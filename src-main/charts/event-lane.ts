// Where the names of events go: in rows above the first plot, never over a line or over each
// other, each with a leader tick down to its moment. The first panel's label row takes names
// beside the label; the rest go in rows added between that label and its plot, as few as will
// hold them. Greedy interval packing on the builders' own width estimates (chart-parts.ts
// textWidth), the events taken left to right. Units are SVG units; rows count up from the plot.
import { el, px, type SvgNode } from './svg-tree';

/** A name to place: the moment's horizontal position and the name's estimated width. */
export interface LaneItem {
  x: number;
  width: number;
}

/** Where a placed name starts (its text is start-anchored there) and its row, 0 nearest the plot. */
export interface LaneSlot {
  left: number;
  row: number;
}

export interface LaneOptions {
  /** The lane's horizontal extent: every name lies inside it. */
  left: number;
  right: number;
  /** Least room between two names, and between a name and a leader passing its row. */
  gap: number;
  /** Rows available. */
  rows: number;
  /** Spans already taken in each row. */
  taken?: readonly (readonly (readonly [number, number])[])[];
  /** The order rows are tried in (default nearest the plot first). */
  order?: readonly number[];
  /**
   * Where in its row a name goes: 'moment' starting at its moment where it can (the default),
   * 'packed' as far left as it can, leaving the most room for the names after it.
   */
  prefer?: 'moment' | 'packed';
}

type Span = readonly [number, number];

const overlaps = (a: Span, b: Span, gap: number): boolean => a[0] < b[1] + gap && b[0] < a[1] + gap;

/**
 * A slot for each item, or null where no row has room. A name lies over its own moment (its
 * leader rises into it), preferably starting there; a leader never crosses a name in a row below.
 */
export function packLane(items: readonly LaneItem[], o: LaneOptions): (LaneSlot | null)[] {
  const names: Span[][] = Array.from({ length: o.rows }, (_, r) => [...(o.taken?.[r] ?? [])]);
  const leaders: Span[][] = Array.from({ length: o.rows }, () => []);
  const order = items.map((item, i) => ({ item, i })).sort((a, b) => a.item.x - b.item.x);
  const slots = new Array<LaneSlot | null>(items.length).fill(null);
  order.forEach(({ item, i }, k) => {
    // The moments still to be named: a name over one of them leaves its leader nowhere to rise.
    const later = order.slice(k + 1).map((n) => n.item.x);
    const { x, width: w } = item;
    // Every row's best place, then the one that blocks fewest moments still to come, in the
    // rows' order of preference, nearest its moment.
    const places = (o.order ?? names.map((_, r) => r)).flatMap((row, rank) => {
      // The leader rises through every row below this one: none may hold a name at x.
      const below = names.slice(0, row).flat();
      if (below.some((s) => overlaps(s, [x, x], o.gap / 2))) return [];
      const inRow = [...(names[row] ?? []), ...(leaders[row] ?? [])];
      // Start at the moment; else end there; else just clear of what is in the row, or of the
      // next moments.
      const candidates = [
        x,
        x - w,
        ...inRow.flatMap((s) => [s[1] + o.gap, s[0] - o.gap - w]),
        ...later.map((lx) => lx - o.gap - w),
      ];
      const fits = (left: number): boolean =>
        left >= o.left &&
        left + w <= o.right &&
        left <= x &&
        x <= left + w &&
        !inRow.some((s) => overlaps(s, [left, left + w], o.gap));
      return candidates
        .map((c) => Math.min(Math.max(c, o.left), o.right - w))
        .filter(fits)
        .map((left) => ({
          row,
          rank,
          left,
          blocks: later.filter((lx) => overlaps([left, left + w], [lx, lx], o.gap / 2)).length,
        }));
    });
    const near = (left: number): number => (o.prefer === 'packed' ? left : Math.abs(left - x));
    const best = places.sort(
      (a, b) => a.blocks - b.blocks || a.rank - b.rank || near(a.left) - near(b.left),
    )[0];
    if (best === undefined) return;
    slots[i] = { left: best.left, row: best.row };
    names[best.row]?.push([best.left, best.left + w]);
    for (let r = 0; r < best.row; r++) leaders[r]?.push([x, x]);
  });
  return slots;
}

/** An event to name: its position and its name in the chart's words. */
export interface LaneEvent {
  x: number;
  name: string;
}

/** A name placed in the lane, or the "+N more" that stands for names with no room. */
export interface LaneLabel {
  x: number;
  /** The span the name's estimated width takes in its row. */
  left: number;
  right: number;
  row: number;
  text: string;
}

export interface LaneLayout {
  labels: LaneLabel[];
  /** Rows added between the first panel's label and its plot; that label's row is this index. */
  added: number;
}

/**
 * The names shown for a chart's events. A kind is named once (at its first moment in view): its
 * other moments keep their lines, which the name already explains. Names go beside the first
 * panel's label (`label`, its span in that row) where they can, else in as few added rows as hold
 * them all, up to `maxAdded`. A name with no room even then is left out and counted in one
 * "+N more" at the first of their moments with room for it (if none has, the placed name nearest
 * them is counted too): the room is told a line has no name, rather than shown names on top of
 * each other.
 */
export function laneLabels(
  events: readonly LaneEvent[],
  widthOf: (text: string) => number,
  more: (count: number) => string,
  o: {
    left: number;
    right: number;
    gap: number;
    maxAdded: number;
    label: readonly [number, number];
  },
): LaneLayout {
  const named: LaneEvent[] = [];
  for (const e of [...events].sort((a, b) => a.x - b.x)) {
    if (!named.some((n) => n.name === e.name)) named.push(e);
  }
  const items = named.map((e) => ({ x: e.x, width: widthOf(e.name) }));
  // Fewest rows first; in each, the label's row first, then nearest the plot first, then
  // farthest first, names at their moments, then packed to the left (greedy packing depends on
  // its order: one of these often fits where another fails).
  const unplaced = (slots: (LaneSlot | null)[]): number => slots.filter((s) => s === null).length;
  let best: { lane: LaneOptions; slots: (LaneSlot | null)[]; added: number } | undefined;
  for (let added = 0; added <= o.maxAdded; added++) {
    const lanes = Array.from({ length: added }, (_, r) => r);
    const orders = [
      [added, ...lanes],
      [...lanes, added],
      [added, ...[...lanes].reverse()],
    ];
    for (const [order, prefer] of (['moment', 'packed'] as const).flatMap((p) =>
      orders.map((r) => [r, p] as const),
    )) {
      const lane: LaneOptions = {
        ...o,
        rows: added + 1,
        taken: [...lanes.map(() => []), [o.label]],
        order,
        prefer,
      };
      const slots = packLane(items, lane);
      if (best === undefined || unplaced(slots) < unplaced(best.slots)) {
        best = { lane, slots, added };
      }
      if (unplaced(best.slots) === 0) break;
    }
    if (best !== undefined && unplaced(best.slots) === 0) break;
  }
  const { lane, slots, added } = best ?? { lane: { ...o, rows: 1 }, slots: [], added: 0 };
  const labels: LaneLabel[] = [];
  const left: LaneEvent[] = [];
  named.forEach((e, i) => {
    const slot = slots[i];
    if (slot) labels.push({ x: e.x, ...slot, right: slot.left + widthOf(e.name), text: e.name });
    else left.push(e);
  });
  // Where "+N more" finds no room, the placed name nearest the unnamed moments gives up its
  // place and is counted too: every line is named or counted, never silently unnamed.
  while (left.length > 0) {
    const placed = placeMore(labels, left, lane, widthOf, more);
    if (placed !== undefined) {
      labels.push(placed);
      break;
    }
    const first = Math.min(...left.map((e) => e.x));
    const nearest = labels.reduce<LaneLabel | undefined>(
      (a, l) => (a === undefined || Math.abs(l.x - first) < Math.abs(a.x - first) ? l : a),
      undefined,
    );
    if (nearest === undefined) break;
    labels.splice(labels.indexOf(nearest), 1);
    left.push({ x: nearest.x, name: nearest.text });
    left.sort((a, b) => a.x - b.x);
  }
  return { labels, added };
}

/** "+N more" for the unnamed events, at the first of their moments with room, if any has. */
function placeMore(
  labels: readonly LaneLabel[],
  left: readonly LaneEvent[],
  lane: LaneOptions,
  widthOf: (text: string) => number,
  more: (count: number) => string,
): LaneLabel | undefined {
  const text = more(left.length);
  // What is placed, and each leader already drawn as a name of no width in the rows it passes.
  const taken = Array.from({ length: lane.rows }, (_, r) => [
    ...(lane.taken?.[r] ?? []),
    ...labels.filter((l) => l.row === r).map((l): [number, number] => [l.left, l.right]),
    ...labels.filter((l) => l.row > r).map((l): [number, number] => [l.x, l.x]),
  ]);
  for (const e of left) {
    const [slot] = packLane([{ x: e.x, width: widthOf(text) }], { ...lane, taken });
    if (slot) return { x: e.x, ...slot, right: slot.left + widthOf(text), text };
  }
  return undefined;
}

/** How one style draws its event lines and names. */
export interface LaneLook {
  font: number;
  /** The text's descent below its baseline, in multiples of `font`. */
  descent: number;
  line: string;
  lineWidth: number;
  dash: string;
  text: string;
  /** The halo behind a name: the chart's background. */
  halo: string;
  haloWidth: number;
}

/**
 * An event's dashed line across every plot, and each name at its row's baseline with a leader
 * tick from under the name down to the top of the first plot.
 */
export function laneMarks(
  xs: readonly number[],
  labels: readonly LaneLabel[],
  baseline: (row: number) => number,
  plotRows: readonly (readonly [number, number])[],
  look: LaneLook,
): SvgNode[] {
  const marks: SvgNode[] = [];
  const rule = (x: number, y1: number, y2: number, dash?: string): SvgNode =>
    el('line', {
      class: dash ? undefined : 'leader',
      x1: px(x),
      x2: px(x),
      y1: px(y1),
      y2: px(y2),
      stroke: look.line,
      'stroke-width': look.lineWidth,
      'stroke-dasharray': dash,
    });
  for (const x of xs)
    for (const [top, bottom] of plotRows) marks.push(rule(x, top, bottom, look.dash));
  const plotTop = plotRows[0]?.[0] ?? 0;
  for (const label of labels) {
    const y = baseline(label.row);
    // The estimate is generous: a name is drawn from the end of its span nearer its moment, so
    // its letters, shorter than the span, still stand over the leader.
    const fromEnd = label.x - label.left > (label.right - label.left) / 2;
    marks.push(
      rule(label.x, y + look.descent * look.font, plotTop),
      el(
        'text',
        {
          class: 'event-name',
          x: px(fromEnd ? label.right : label.left),
          'text-anchor': fromEnd ? 'end' : undefined,
          y: px(y),
          'font-size': look.font,
          fill: look.text,
          stroke: look.halo,
          'stroke-width': look.haloWidth,
          'paint-order': 'stroke',
        },
        [label.text],
      ),
    );
  }
  return marks;
}
