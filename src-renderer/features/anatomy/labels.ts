// Where the anatomy labels go: computed from the layout so they point at real drawn structures.
import type { Layout } from './geometry';
import { NIPPLE_BASE, NIPPLE_TIP } from './geometry';
import type { Point } from './polyline';

export interface Label {
  text: string;
  at: Point;
  anchor: 'start' | 'middle' | 'end';
  /** The leader line's end on the structure. */
  to: Point;
}

export function anatomyLabels(layout: Layout): Label[] {
  const labels: Label[] = [];
  const top = [...layout.lobes].sort((a, b) => a.y - b.y)[0];
  if (top) {
    labels.push({
      text: 'Lobe',
      at: [top.x - 150, top.y - 70],
      anchor: 'middle',
      to: [top.x - 40, top.y - 40],
    });
    const lobule = top.lobules[1];
    if (lobule)
      labels.push({
        text: 'Lobule',
        at: [top.x + 150, top.y - 80],
        anchor: 'start',
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
        to: [a.x, a.y],
      });
  }
  const mid = layout.lobes[Math.floor(layout.lobes.length / 2)];
  if (mid) {
    labels.push({
      text: layout.mode === 'classical' ? 'Duct (one per lobe)' : 'Main duct',
      at: [NIPPLE_BASE[0] - 250, NIPPLE_BASE[1] + 230],
      anchor: 'middle',
      to: [NIPPLE_BASE[0] - 150, NIPPLE_BASE[1] + 55],
    });
  }
  const sinus = layout.sinuses[2];
  if (sinus) {
    labels.push({
      text: 'Milk sinus',
      at: [NIPPLE_BASE[0] - 120, NIPPLE_BASE[1] - 250],
      anchor: 'middle',
      to: [sinus.x, sinus.y - 8],
    });
  }
  labels.push({
    text: 'Nipple',
    at: [NIPPLE_TIP[0] + 30, NIPPLE_TIP[1] + 100],
    anchor: 'middle',
    to: [NIPPLE_TIP[0] - 6, NIPPLE_TIP[1] + 14],
  });
  const m = layout.montgomery[0];
  labels.push({
    text: 'Areola',
    at: [NIPPLE_BASE[0] + 30, NIPPLE_BASE[1] - 150],
    anchor: 'start',
    to: [NIPPLE_BASE[0] - 14, NIPPLE_BASE[1] - 80],
  });
  if (m)
    labels.push({
      text: 'Montgomery gland',
      at: [NIPPLE_BASE[0] - 40, NIPPLE_BASE[1] + 300],
      anchor: 'end',
      to: [layout.montgomery[3]?.[0] ?? m[0], (layout.montgomery[3]?.[1] ?? m[1]) + 6],
    });
  labels.push({ text: 'Chest wall', at: [20, 985], anchor: 'start', to: [80, 950] });
  return labels;
}
