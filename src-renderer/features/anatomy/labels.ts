// Every word written on the anatomy drawing, where it goes and what it points at, in view units
// (the 1600 × 1000 viewBox) of the unzoomed drawing: computed from the layout so labels point at
// real drawn structures. labelPlacement.ts places them on screen at any zoom.
import { CLOSE_UP } from './AlveolusCloseUp';
import { BRAIN } from './BrainInset';
import type { FrameModel } from './frameModel';
import type { Layout } from './geometry';
import { NIPPLE_BASE, NIPPLE_TIP } from './geometry';
import type { Point } from './polyline';

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
      text: 'Lobe',
      at: [top.x - 150, top.y - 70],
      anchor: 'middle',
      kind: 'name',
      to: [top.x - 40, top.y - 40],
    });
    const lobule = top.lobules[1];
    if (lobule)
      labels.push({
        text: 'Lobule',
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
        text: 'Alveoli',
        at: [low.x - 170, low.y + 96],
        anchor: 'middle',
        kind: 'name',
        to: [a.x, a.y],
      });
  }
  const mid = layout.lobes[Math.floor(layout.lobes.length / 2)];
  if (mid) {
    labels.push({
      text: layout.mode === 'classical' ? 'Duct (one per lobe)' : 'Main duct',
      at: [NIPPLE_BASE[0] - 250, NIPPLE_BASE[1] + 230],
      anchor: 'middle',
      kind: 'name',
      to: [NIPPLE_BASE[0] - 150, NIPPLE_BASE[1] + 55],
    });
  }
  const sinus = layout.sinuses[2];
  if (sinus) {
    labels.push({
      text: 'Milk sinus',
      at: [NIPPLE_BASE[0] - 120, NIPPLE_BASE[1] - 250],
      anchor: 'middle',
      kind: 'name',
      to: [sinus.x, sinus.y - 8],
    });
  }
  labels.push({
    text: 'Nipple',
    at: [NIPPLE_TIP[0] + 30, NIPPLE_TIP[1] + 100],
    anchor: 'middle',
    kind: 'name',
    to: [NIPPLE_TIP[0] - 6, NIPPLE_TIP[1] + 14],
  });
  const m = layout.montgomery[0];
  labels.push({
    text: 'Areola',
    at: [NIPPLE_BASE[0] + 30, NIPPLE_BASE[1] - 150],
    anchor: 'start',
    kind: 'name',
    to: [NIPPLE_BASE[0] - 14, NIPPLE_BASE[1] - 80],
  });
  if (m)
    labels.push({
      text: 'Montgomery gland',
      at: [NIPPLE_BASE[0] - 40, NIPPLE_BASE[1] + 300],
      anchor: 'end',
      kind: 'name',
      to: [layout.montgomery[3]?.[0] ?? m[0], (layout.montgomery[3]?.[1] ?? m[1]) + 6],
    });
  labels.push({ text: 'Chest wall', at: [20, 985], anchor: 'start', kind: 'name', to: [80, 950] });
  labels.push(
    { text: 'Bloodstream', at: [960, 300], anchor: 'start', kind: 'small', of: [1000, 290] },
    {
      text: 'Nerve path (spinal cord)',
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
      text: 'Brain (not to scale)',
      at: [frame.x + 20, frame.y + 38],
      anchor: 'start',
      kind: 'title',
      of: [frame.x + frame.w / 2, frame.y + frame.h / 2],
    },
    {
      text: 'Hypothalamus',
      at: [1100, 250],
      anchor: 'start',
      kind: 'small',
      to: [hx - 30, hy - 7],
    },
    {
      text: 'Anterior pituitary',
      at: [1100, 340],
      anchor: 'start',
      kind: 'small',
      to: [ax - 16, ay - 6],
    },
    // Bottom left of the inset, clear of the frame's edge.
    {
      text: 'Posterior pituitary',
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
      text: 'Close-up: one alveolus',
      at: [cells.x + 20, cells.y + 38],
      anchor: 'start',
      kind: 'title',
      of: [cells.cx, cells.cy],
    },
    {
      text: 'Lactocytes',
      at: [cells.x + 20, cells.y + 84],
      anchor: 'start',
      // The two cell names share the close-up's top line.
      kind: 'cell',
      to: [cells.cx - cells.r * 0.62, cells.cy - cells.r * 0.62],
    },
    {
      text: 'Myoepithelial cells',
      at: [cells.x + cells.w - 20, cells.y + 84],
      anchor: 'end',
      kind: 'cell',
      to: [cells.cx + (cells.r + 8) * 0.7, cells.cy - (cells.r + 8) * 0.7],
    },
    {
      text: `Milk: ${Math.round(frame.fullness * 100)} % full`,
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
  if (frame.progesteroneHold) return 'Held back by progesterone';
  if (frame.squeeze > 0.05) return 'Squeezing: milk ejection';
  if (frame.fullness > 0.8)
    return `Stretched: synthesis ${Math.round(frame.synthesisFreedom * 100)} %`;
  if (frame.fullness < 0.25) return 'Emptier: making milk fast';
  return 'Filling between feeds';
}
