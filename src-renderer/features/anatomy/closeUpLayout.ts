// Where the close-up of one alveolus stands and how its drawing is laid out. The close-up is an
// inset, not a place in the breast: zoomed, it keeps its size on screen, as its words do, so they
// never land on its drawing; and it is shown whole or not at all. Units are view units (the
// 1600 × 1000 viewBox).
import { BRAIN } from './BrainInset';
import { VIEW } from './geometry';
import { LINE_EM, DESCENT_EM } from './labelPlacement';
import type { Point } from './polyline';
import { onScreen, overlaps, toScreen, type Box, type ViewTransform } from './zoom';

/**
 * The close-up's frame in the whole drawing: wide enough for a state line at the back-row size,
 * and reaching up to just under the nerve path, so the alveolus keeps its size between a heading
 * and state lines sized for the back of a room.
 */
export const CLOSE_UP = { x: 1050, y: 520, w: 530, h: 460 } as const;
/** Where the state lines start, and the room they keep from the frame's right edge. */
export const STATE_LEFT = 12;
const STATE_RIGHT = 8;
/** The width a state line may take before it is broken onto the next line. */
export const STATE_WIDTH = CLOSE_UP.w - STATE_LEFT - STATE_RIGHT;

/** Above the title, and between the title's line and the cell names'. */
const TOP_PAD = 12;
const HEAD_GAP = 8;
/** Between the status line's descent and the frame's bottom edge. */
const BOTTOM_PAD = 6;
/** Between the alveolus and the words above and below it. */
const GAP = 4;
/** Between two state lines' boxes: touching boxes would collide once rounding has had its say. */
const LINE_GAP = 1;
/** The alveolus's radius when the words leave room for it (as drawn before the words grew). */
const MAX_R = 118;
/**
 * How far the drawing reaches from the alveolus's centre, per unit of rest radius and beyond it:
 * a full alveolus swells by 22 %; its myoepithelial cells stand 6 units out, 4 units thick, and
 * run along the wall for 0.42 of its radius each way (frameModel.ts, AlveolusCloseUp.tsx).
 */
const SWELL = 1.22 * Math.hypot(1, 0.42);
const RIM = 10;

/** The sizes of the close-up's words, in view units, and how many lines they take. */
export interface CloseUpWords {
  titleFont: number;
  cellFont: number;
  /** One when the two cell names fit side by side, else two: one name a line. */
  cellLines: number;
  stateFont: number;
  /** The most lines any status takes, so the drawing keeps one size as the status changes. */
  statusLines: number;
}

export interface CloseUpAlveolus {
  cx: number;
  cy: number;
  /** Rest radius, before the alveolus swells or squeezes. */
  r: number;
}

/**
 * Baselines of the state lines at `stateFont` view units: how full, then what it is doing on
 * `statusLines` lines, the last one at the frame's foot.
 */
export function stateBaselines(
  stateFont: number,
  statusLines: number,
): { fill: number; status: number[] } {
  const last = CLOSE_UP.y + CLOSE_UP.h - BOTTOM_PAD - DESCENT_EM * stateFont;
  /** Line `i` counted up from the foot. */
  const up = (i: number) => last - i * (LINE_EM * stateFont + LINE_GAP);
  return {
    fill: up(statusLines),
    status: Array.from({ length: statusLines }, (_, i) => up(statusLines - 1 - i)),
  };
}

/**
 * Baselines, from the frame's top, of the title and of the cell names' lines, and the room the
 * heading takes (the last line's descent included).
 */
export function headingBaselines(words: CloseUpWords): {
  title: number;
  cells: number[];
  room: number;
} {
  const { titleFont, cellFont, cellLines } = words;
  const title = TOP_PAD + (LINE_EM - DESCENT_EM) * titleFont;
  const first = title + DESCENT_EM * titleFont + HEAD_GAP + (LINE_EM - DESCENT_EM) * cellFont;
  const cells = Array.from(
    { length: cellLines },
    (_, i) => first + i * (LINE_EM * cellFont + LINE_GAP),
  );
  return { title, cells, room: (cells.at(-1) ?? title) + DESCENT_EM * cellFont };
}

/**
 * The alveolus between the heading above and the state lines below, as large as fits: the words
 * are sized for the back of the room, and the drawing makes way for them.
 */
export function closeUpAlveolus(words: CloseUpWords): CloseUpAlveolus {
  const { stateFont, statusLines } = words;
  const top = CLOSE_UP.y + headingBaselines(words).room + GAP;
  const bottom =
    stateBaselines(stateFont, statusLines).fill - (LINE_EM - DESCENT_EM) * stateFont - GAP;
  const reach = (bottom - top) / 2;
  return {
    cx: CLOSE_UP.x + 250,
    cy: top + reach,
    r: Math.min(MAX_R, (reach - RIM) / SWELL),
  };
}

/** How far the alveolus's drawing reaches from its centre at the fullest. */
export function closeUpReach(a: CloseUpAlveolus): number {
  return SWELL * a.r + RIM;
}

/** Edge gap of the frame in the whole drawing, kept when the frame is moved inside the view. */
const EDGE = VIEW.width - CLOSE_UP.x - CLOSE_UP.w;

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** The brain inset's frame on screen at zoom `t`. */
export function brainOnScreen(t: ViewTransform): Box {
  const { frame } = BRAIN;
  const [x, y] = toScreen(t, [frame.x, frame.y]);
  return { x, y, width: frame.w * t.k, height: frame.h * t.k };
}

/**
 * Where the close-up stands at zoom `t`, as the shift of its unzoomed frame; null when it is not
 * shown. It stands where the zoom carries its middle, moved inside the view; it is left out when
 * that middle is off screen (the view is on a part far from it) or when it would cover the brain
 * inset (the view framing the brain, the close-up under it).
 */
export function placeCloseUp(t: ViewTransform): Point | null {
  const { x, y, w, h } = CLOSE_UP;
  const middle = toScreen(t, [x + w / 2, y + h / 2]);
  if (!onScreen(middle)) return null;
  const [mx, my] = middle;
  const left = clamp(mx - w / 2, EDGE, VIEW.width - EDGE - w);
  const top = clamp(my - h / 2, EDGE, VIEW.height - EDGE - h);
  if (overlaps({ x: left, y: top, width: w, height: h }, brainOnScreen(t))) return null;
  return [left - x, top - y];
}
