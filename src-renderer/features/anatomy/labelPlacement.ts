// Where the drawing's labels stand on screen at the current zoom. Labels are drawn outside the
// zoomed layer, so they keep one size on screen, and one distance from what they name, at any
// zoom; a label whose structure is off screen
// is left out; one that would run past an edge is moved inside; one that would land on another
// label or on an overlay (the event box, the "Look at:" badge, the zoom buttons) is moved clear of
// it or, if there is no room, left out. Units are view units (the 1600 × 1000 viewBox).
import { VIEW } from './geometry';
import type { Label, LabelKind } from './labels';
import { labelWidthEm } from './labelWidth';
import type { Point } from './polyline';
import { onScreen, overlaps, toScreen, type Box, type ViewTransform } from './zoom';

export interface PlacedLabel {
  text: string;
  kind: LabelKind;
  /** Baseline position of the text, with its anchor. */
  x: number;
  y: number;
  fontUnits: number;
  /** What the text covers, for labels placed afterwards to keep clear of. */
  box: Box;
  /** From the label's box to the structure it names. */
  leader: [Point, Point] | null;
}

/**
 * Label sizes in view units: a drawing shown small (a 1280 × 720 projector) gets larger units, so
 * the text stays readable from the back of a room as view units shrink with the drawing.
 */
const SIZES: Record<LabelKind, { large: number; small: number }> = {
  name: { large: 29, small: 36 },
  small: { large: 24, small: 30 },
  cell: { large: 24, small: 26 },
  title: { large: 26, small: 32 },
  // The close-up's two state lines are one size: the close-up lays them out one under the other.
  status: { large: 24, small: 30 },
  state: { large: 24, small: 30 },
};
/**
 * The close-up's state lines are read from the back of the room (BACK_ROW_SHARE) in any view;
 * in a presentation every word of the drawing is.
 */
const STATE_KINDS: ReadonlySet<LabelKind> = new Set(['status', 'state']);
/** The least share of the window's height a back row can read (issue 14). */
const BACK_ROW_SHARE = 0.02;
/**
 * A drawing narrower than this many texts' sizes (the presenter's own preview) gets smaller
 * text, so its words still fit their insets, as charts do (chart-theme.ts); the drawings a room
 * reads are wider than that (at 1280 × 720 the audience's is 714 px, 50 sizes of 14.4 px, and
 * the simulation view's 624 px, 43.3).
 */
export const DRAWING_WIDTH_IN_TEXTS = 43;
/** Drawings up to this wide (CSS px) count as small. */
const SMALL_DRAWING_PX = 900;
const ASCENT = 0.93;
const DESCENT = 0.24;
/** A text line's height and its part below the baseline, in em. */
export const LINE_EM = ASCENT + DESCENT;
export const DESCENT_EM = DESCENT;
/** Distance kept from the edges of the view. */
const MARGIN = 6;

/**
 * A label's font size in view units for a drawing `stageWidthPx` CSS px wide in a window
 * `windowHeightPx` high (0: not known); `backRow` when the drawing is presented (the projector
 * theme: the audience and presenter views, or the simulation view shown to a room).
 */
export function labelFontUnits(
  kind: LabelKind,
  stageWidthPx: number,
  windowHeightPx = 0,
  backRow = false,
): number {
  const size = SIZES[kind];
  const units = stageWidthPx <= SMALL_DRAWING_PX ? size.small : size.large;
  if (!(backRow || STATE_KINDS.has(kind)) || stageWidthPx <= 0) return units;
  const least = Math.min(
    (BACK_ROW_SHARE * windowHeightPx * VIEW.width) / stageWidthPx,
    VIEW.width / DRAWING_WIDTH_IN_TEXTS,
  );
  return Math.max(units, Math.ceil(least * 10) / 10);
}

/** The box of a text whose left edge is at `left` and baseline at `baseline`. */
function textBox(left: number, baseline: number, width: number, font: number): Box {
  return { x: left, y: baseline - ASCENT * font, width, height: (ASCENT + DESCENT) * font };
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

/** The point of a box nearest to `p`: where a leader to `p` leaves the label. */
function nearestOnBox(b: Box, [x, y]: Point): Point {
  return [clamp(x, b.x, b.x + b.width), clamp(y, b.y, b.y + b.height)];
}

/**
 * Screen positions of the labels at zoom `t`. Labels earlier in the list win a contested spot.
 * `keepOut` holds the boxes of overlays on the drawing, in view units.
 */
export function placeLabels(
  labels: readonly Label[],
  t: ViewTransform,
  fontUnits: (kind: LabelKind) => number,
  keepOut: readonly Box[] = [],
): PlacedLabel[] {
  const taken: Box[] = [...keepOut];
  const placed: PlacedLabel[] = [];
  for (const label of labels) {
    const owner = toScreen(t, label.of ?? label.to ?? label.at);
    if (!onScreen(owner)) continue;
    const font = fontUnits(label.kind);
    const width = labelWidthEm(label.text) * font;
    // The label keeps its distance on screen from what it names: zoomed, the distance scaled with
    // the drawing and sent labels off to the edges, onto overlays and out of sight. Where that
    // spot is taken (a small drawing under a large event box), the scaled one is tried next.
    const anchor = label.to ?? label.of ?? label.at;
    const [px, py] = toScreen(t, anchor);
    const shift = label.anchor === 'middle' ? width / 2 : label.anchor === 'end' ? width : 0;
    // Where it was meant to stand, else a line below or above it, else up to three lines off
    // (past the "Look at:" badge, two lines high, when the label was pushed up to the edge).
    // Labels' em boxes may touch what they avoid (the close-up's two state lines): `overlaps`.
    const step = LINE_EM * font;
    const spots = (
      [[px + label.at[0] - anchor[0], py + label.at[1] - anchor[1]], toScreen(t, label.at)] as const
    ).flatMap(([ax, ay]) => {
      const left = clamp(ax - shift, MARGIN, VIEW.width - MARGIN - width);
      const baseline = clamp(ay, MARGIN + ASCENT * font, VIEW.height - MARGIN - DESCENT * font);
      return [0, 1, -1, 2, -2, 3, -3].map((n) => textBox(left, baseline + n * step, width, font));
    });
    const spot = spots.find(
      (b) =>
        b.y >= MARGIN &&
        b.y + b.height <= VIEW.height - MARGIN &&
        !taken.some((other) => overlaps(b, other)),
    );
    if (!spot) continue;
    taken.push(spot);
    const target = label.to ? toScreen(t, label.to) : null;
    const from = target ? nearestOnBox(spot, target) : null;
    placed.push({
      text: label.text,
      kind: label.kind,
      x: spot.x,
      y: spot.y + ASCENT * font,
      fontUnits: font,
      box: spot,
      leader:
        target && from && Math.hypot(target[0] - from[0], target[1] - from[1]) > 4
          ? [from, target]
          : null,
    });
  }
  return placed;
}
