// Every word written on the anatomy drawing, where it goes and what it points at, in view units
// (the 1600 × 1000 viewBox) of the unzoomed drawing: computed from the layout so labels point at
// real drawn structures. labelPlacement.ts places them on screen at any zoom.
import { BRAIN } from './BrainInset';
import {
  CLOSE_UP,
  closeUpAlveolus,
  headingBaselines,
  STATE_LEFT,
  STATE_WIDTH,
  stateBaselines,
  type CloseUpWords,
} from './closeUpLayout';
import { labelWidthEm } from './labelWidth';
import type { FrameModel } from './frameModel';
import type { Layout } from './geometry';
import { NIPPLE_BASE, NIPPLE_TIP } from './geometry';
import type { Point } from './polyline';
import { MYO_ANGLES } from './cellShapes';
import { visibleBox, type PlacedAlveolus, type ViewTransform } from './zoom';
import { tr } from '../../app/i18n';

/**
 * A word on the drawing in the interface language. Placement measures the text it is given, so
 * longer words in another language are placed (and kept apart) as they are shown.
 */
const word = (key: string, values?: Record<string, unknown>) =>
  tr('anatomy', `labels.${key}`, values);

/**
 * A structure's name, a smaller name, a cell's name, an inset's title, or one of the close-up's
 * two state lines: what it is doing (status) and how full it is (state).
 */
export type LabelKind = 'name' | 'small' | 'cell' | 'title' | 'status' | 'state';

export interface Label {
  text: string;
  at: Point;
  anchor: 'start' | 'middle' | 'end';
  kind: LabelKind;
  /** The leader line's end on the structure; without one the label names where it stands. */
  to?: Point;
  /** Where the label belongs: it is shown only while this point is on screen (default `to`, else `at`). */
  of?: Point;
}

/** Names of the breast section, the vessels and the brain inset; they never change with time. */
export function anatomyLabels(layout: Layout): Label[] {
  return [...sectionLabels(layout), ...brainLabels()];
}

/** Names of the breast section and the vessels (outside the brain inset). */
export function sectionLabels(layout: Layout): Label[] {
  const labels: Label[] = [];
  const top = [...layout.lobes].sort((a, b) => a.y - b.y)[0];
  if (top) {
    labels.push({
      text: word('lobe'),
      at: [top.x - 150, top.y - 70],
      anchor: 'middle',
      kind: 'name',
      to: [top.x - 40, top.y - 40],
    });
    const lobule = top.lobules[1];
    if (lobule)
      labels.push({
        text: word('lobule'),
        at: [top.x + 150, top.y - 80],
        anchor: 'start',
        kind: 'name',
        to: [lobule.x + 8, lobule.y - 12],
      });
  }
  const low = [...layout.lobes].sort((a, b) => b.y - a.y)[0];
  if (low) {
    const a = low.lobules[2]?.alveoli[1];
    if (a)
      labels.push({
        text: word('alveoli'),
        at: [low.x - 170, low.y + 96],
        anchor: 'middle',
        kind: 'name',
        to: [a.x, a.y],
      });
  }
  const mid = layout.lobes[Math.floor(layout.lobes.length / 2)];
  if (mid) {
    labels.push({
      text: layout.mode === 'classical' ? word('ductPerLobe') : word('mainDuct'),
      at: [NIPPLE_BASE[0] - 250, NIPPLE_BASE[1] + 230],
      anchor: 'middle',
      kind: 'name',
      to: [NIPPLE_BASE[0] - 150, NIPPLE_BASE[1] + 55],
    });
  }
  const sinus = layout.sinuses[2];
  if (sinus) {
    labels.push({
      text: word('milkSinus'),
      at: [NIPPLE_BASE[0] - 120, NIPPLE_BASE[1] - 250],
      anchor: 'middle',
      kind: 'name',
      to: [sinus.x, sinus.y - 8],
    });
  }
  labels.push({
    text: word('nipple'),
    at: [NIPPLE_TIP[0] + 30, NIPPLE_TIP[1] + 100],
    anchor: 'middle',
    kind: 'name',
    to: [NIPPLE_TIP[0] - 6, NIPPLE_TIP[1] + 14],
  });
  const m = layout.montgomery[0];
  labels.push({
    text: word('areola'),
    at: [NIPPLE_BASE[0] + 30, NIPPLE_BASE[1] - 150],
    anchor: 'start',
    kind: 'name',
    to: [NIPPLE_BASE[0] - 14, NIPPLE_BASE[1] - 80],
  });
  if (m)
    labels.push({
      text: word('montgomeryGland'),
      at: [NIPPLE_BASE[0] - 40, NIPPLE_BASE[1] + 300],
      anchor: 'end',
      kind: 'name',
      to: [layout.montgomery[3]?.[0] ?? m[0], (layout.montgomery[3]?.[1] ?? m[1]) + 6],
    });
  labels.push({
    text: word('chestWall'),
    at: [20, 985],
    anchor: 'start',
    kind: 'name',
    to: [80, 950],
  });
  labels.push(
    // Ending left of the brain inset's frame, above the vessel as it leaves the breast.
    {
      text: word('bloodstream'),
      at: [1068, 290],
      anchor: 'end',
      kind: 'small',
      of: [1000, 290],
    },
    // Above the nerve, under the brain inset: the close-up reaches up to just below the nerve.
    {
      text: word('nervePath'),
      at: [1100, 490],
      anchor: 'start',
      kind: 'small',
      of: [1120, 500],
    },
  );
  return labels;
}

/** Names in the brain inset. */
export function brainLabels(): Label[] {
  const { frame } = BRAIN;
  const [hx, hy] = BRAIN.hypothalamus;
  const [ax, ay] = BRAIN.anterior;
  const [px, py] = BRAIN.posterior;
  return [
    {
      text: word('brain'),
      at: [frame.x + 20, frame.y + 38],
      anchor: 'start',
      kind: 'title',
      of: [frame.x + frame.w / 2, frame.y + frame.h / 2],
    },
    {
      text: word('hypothalamus'),
      at: [1100, 250],
      anchor: 'start',
      kind: 'small',
      to: [hx - 30, hy - 7],
    },
    {
      text: word('anteriorPituitary'),
      at: [1100, 340],
      anchor: 'start',
      kind: 'small',
      to: [ax - 16, ay - 6],
    },
    // Bottom left of the inset, clear of the frame's edge.
    {
      text: word('posteriorPituitary'),
      at: [1100, 434],
      anchor: 'start',
      kind: 'small',
      to: [px - 4, py + 17],
    },
  ];
}

/**
 * Names of what a view zoomed to cell level shows, for the alveolus nearest the middle of the
 * screen: the alveolus, its lactocytes and myoepithelial cells, and the duct its ductule joins.
 * The section's own names point at structures far apart and are mostly off screen this close.
 * `scaleOf` is an alveolus's drawn size (it swells when
 * full, shrinks when its ducts are cut).
 */
export function cellLabels(
  layout: Layout,
  t: ViewTransform,
  onScreen: readonly PlacedAlveolus[],
  scaleOf: (a: PlacedAlveolus) => number,
): Label[] {
  const v = visibleBox(t);
  const mx = v.x + v.width / 2;
  const my = v.y + v.height / 2;
  let a: PlacedAlveolus | undefined;
  for (const c of onScreen)
    if (!a || Math.hypot(c.x - mx, c.y - my) < Math.hypot(a.x - mx, a.y - my)) a = c;
  if (!a) return [];
  const outer = a.r * scaleOf(a);
  const screenR = outer * t.k;
  const towards = (angle: number, r: number): Point => [
    a.x + r * Math.cos(angle),
    a.y + r * Math.sin(angle),
  ];
  // Placement keeps a label's distance on screen from its leader's end: one standing (dx, dy)
  // screen units from the alveolus's centre is set that far less the end's own distance.
  const name = (text: string, to: Point, [dx, dy]: Point, anchor: Label['anchor']): Label => ({
    text,
    at: [to[0] + dx - t.k * (to[0] - a.x), to[1] + dy - t.k * (to[1] - a.y)],
    anchor,
    kind: 'name',
    to,
  });
  // The myoepithelial cell nearest the upper right, where its name stands.
  const upRight = -Math.PI / 4;
  const myoAngle = MYO_ANGLES.reduce((best, angle) =>
    Math.abs(Math.sin((angle - upRight) / 2)) < Math.abs(Math.sin((best - upRight) / 2))
      ? angle
      : best,
  );
  const labels: Label[] = [
    name(
      word('alveolus'),
      towards(-Math.PI * 0.75, outer * 0.3),
      [-(screenR + 60), -(screenR + 120)],
      'end',
    ),
    // The outer rim of the wall is lactocyte at any fullness (they thin as it fills).
    name(
      word('lactocytes'),
      towards(Math.PI * 0.92, outer * 0.9),
      [-(screenR + 110), screenR * 0.3 + 60],
      'end',
    ),
    name(
      word('myoepithelialCells'),
      towards(myoAngle, outer + 0.5),
      [screenR + 100, -(screenR + 90)],
      'start',
    ),
  ];
  const lobe = layout.lobes.find((l) => l.index === a.lobe);
  const joins = lobe?.lobules[a.lobule]?.joins;
  if (lobe && joins) {
    // On the lobe's duct a little past where this lobule's ductule joins it, towards the nipple.
    const duct: Point = [joins[0] + 8 * lobe.toNipple[0], joins[1] + 8 * lobe.toNipple[1]];
    labels.push({
      text: word('duct'),
      at: [duct[0] + 80, duct[1] + 150],
      anchor: 'start',
      kind: 'name',
      to: duct,
    });
  }
  return labels;
}

/** Between the close-up's edges and its title and cell names. */
const HEAD_SIDE = 20;
/** Between the two cell names when they share a line. */
const CELLS_GAP = 8;

/**
 * The sizes of the close-up's words for `fontUnits`, and the lines they take in the interface
 * language: at the back-row size the two cell names no longer fit side by side ("Myoepithelial
 * cells" is half the close-up's width), and then each has a line.
 */
export function closeUpWords(fontUnits: (kind: LabelKind) => number): CloseUpWords {
  const cellFont = fontUnits('cell');
  const stateFont = fontUnits('status');
  const side =
    (labelWidthEm(word('lactocytes')) + labelWidthEm(word('myoepithelialCells'))) * cellFont;
  return {
    titleFont: fontUnits('title'),
    cellFont,
    cellLines: side + CELLS_GAP <= CLOSE_UP.w - 2 * HEAD_SIDE ? 1 : 2,
    stateFont,
    statusLines: statusLineCount(stateFont),
  };
}

/**
 * The close-up's words: its title, its two cells, and the lines that follow the trace (how full
 * it is, what it is doing), in the unzoomed close-up's units: the view places them as it places
 * the close-up (closeUpLayout.ts). A status too wide for the close-up at the state lines' size
 * goes on two lines.
 */
export function closeUpLabels(frame: FrameModel, words: CloseUpWords): Label[] {
  const { x, y, w } = CLOSE_UP;
  const { cx, cy, r } = closeUpAlveolus(words);
  const head = headingBaselines(words);
  const lines = stateBaselines(words.stateFont, words.statusLines);
  // Each line of the status has its baseline: no status takes more lines than `statusLines`.
  const statusLines = wrap(status(frame), words.stateFont).slice(0, words.statusLines);
  return [
    {
      text: word('closeUp'),
      at: [x + HEAD_SIDE, y + head.title],
      anchor: 'start',
      kind: 'title',
      of: [cx, cy],
    },
    {
      text: word('lactocytes'),
      at: [x + HEAD_SIDE, y + (head.cells[0] ?? head.title)],
      anchor: 'start',
      kind: 'cell',
      to: [cx - r * 0.62, cy - r * 0.62],
    },
    {
      text: word('myoepithelialCells'),
      at: [x + w - HEAD_SIDE, y + (head.cells.at(-1) ?? head.title)],
      anchor: 'end',
      kind: 'cell',
      to: [cx + (r + 8) * 0.7, cy - (r + 8) * 0.7],
    },
    {
      text: word('milkFull', { percent: frame.fullnessPercent }),
      at: [x + STATE_LEFT, lines.fill],
      anchor: 'start',
      kind: 'state',
      of: [cx, cy],
    },
    ...statusLines.map((text, i): Label => ({
      text,
      at: [x + STATE_LEFT, lines.status[i] ?? lines.fill],
      anchor: 'start',
      kind: 'status',
      of: [cx, cy],
    })),
  ];
}

/** The most lines a status of the close-up takes at `stateFont` (in the interface language). */
function statusLineCount(stateFont: number): number {
  const all = [
    word('status.heldBack'),
    word('status.squeezing'),
    word('status.stretched', { percent: 100 }),
    word('status.emptier'),
    word('status.filling'),
  ];
  return Math.max(...all.map((text) => wrap(text, stateFont).length));
}

/** A state line broken between words so each part fits the close-up's width. */
function wrap(text: string, font: number): string[] {
  const lines: string[] = [];
  for (const piece of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && labelWidthEm(`${last} ${piece}`) * font <= STATE_WIDTH) {
      lines[lines.length - 1] = `${last} ${piece}`;
    } else lines.push(piece);
  }
  return lines;
}

/** One short line on what the close-up's alveolus is doing. */
function status(frame: FrameModel): string {
  if (frame.progesteroneHold) return word('status.heldBack');
  if (frame.squeeze > 0.05) return word('status.squeezing');
  if (frame.fullness > 0.8)
    return word('status.stretched', { percent: Math.round(frame.synthesisFreedom * 100) });
  if (frame.fullness < 0.25) return word('status.emptier');
  return word('status.filling');
}
