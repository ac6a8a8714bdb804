// Every word written on the anatomy drawing, where it goes and what it points at, in view units
// (the 1600 × 1000 viewBox) of the unzoomed drawing: computed from the layout so labels point at
// real drawn structures. labelPlacement.ts places them on screen at any zoom.
import { CLOSE_UP } from './AlveolusCloseUp';
import { BRAIN } from './BrainInset';
import type { FrameModel } from './frameModel';
import type { Layout } from './geometry';
import { NIPPLE_BASE, NIPPLE_TIP } from './geometry';
import type { Point } from './polyline';
import { tr } from '../../app/i18n';

/**
 * A word on the drawing in the interface language. Placement measures the text it is given, so
 * longer words in another language are placed (and kept apart) as they are shown.
 */
const word = (key: string, values?: Record<string, unknown>) =>
  tr('anatomy', `labels.${key}`, values);

/** A structure's name, a smaller name, a cell's name, an inset's title, or the close-up's state. */
export type LabelKind = 'name' | 'small' | 'cell' | 'title' | 'status';

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

function sectionLabels(layout: Layout): Label[] {
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
    { text: word('bloodstream'), at: [960, 300], anchor: 'start', kind: 'small', of: [1000, 290] },
    {
      text: word('nervePath'),
      at: [1100, 532],
      anchor: 'start',
      kind: 'small',
      of: [1120, 522],
    },
  );
  return labels;
}

function brainLabels(): Label[] {
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
 * The close-up's words: its title, its two cells, and two lines that follow the trace (how full
 * it is, what it is doing). The close-up is drawn on the moving layer, so its words are too.
 */
export function closeUpLabels(frame: FrameModel): Label[] {
  const cells = CLOSE_UP;
  const { x, y, h, cx, cy } = CLOSE_UP;
  return [
    {
      text: word('closeUp'),
      at: [cells.x + 20, cells.y + 38],
      anchor: 'start',
      kind: 'title',
      of: [cells.cx, cells.cy],
    },
    {
      text: word('lactocytes'),
      at: [cells.x + 20, cells.y + 84],
      anchor: 'start',
      // The two cell names share the close-up's top line.
      kind: 'cell',
      to: [cells.cx - cells.r * 0.62, cells.cy - cells.r * 0.62],
    },
    {
      text: word('myoepithelialCells'),
      at: [cells.x + cells.w - 20, cells.y + 84],
      anchor: 'end',
      kind: 'cell',
      to: [cells.cx + (cells.r + 8) * 0.7, cells.cy - (cells.r + 8) * 0.7],
    },
    {
      text: word('milkFull', { percent: frame.fullnessPercent }),
      at: [x + 20, y + h - 54],
      anchor: 'start',
      kind: 'small',
      of: [cx, cy],
    },
    {
      text: status(frame),
      at: [x + 20, y + h - 20],
      anchor: 'start',
      kind: 'status',
      of: [cx, cy],
    },
  ];
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
