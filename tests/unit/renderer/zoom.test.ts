import { describe, expect, it } from 'vitest';
import { computeLayout, cutLobes, VIEW } from '../../../src-renderer/features/anatomy/geometry';
import {
  allAlveoli,
  CELL_ZOOM,
  clampTransform,
  detailedAlveoli,
  fitBox,
  focusTarget,
  IDENTITY,
  MAX_ZOOM,
  showcaseLobe,
  unionBox,
  visibleBox,
} from '../../../src-renderer/features/anatomy/zoom';
import { chartLink, PANEL_LABELS } from '../../../src-renderer/features/anatomy/chartLinks';

describe('anatomy zoom', () => {
  const layout = computeLayout('classical');
  const alveoli = allAlveoli(layout);

  it('draws no cells below the cell zoom and only the alveoli on screen above it', () => {
    expect(alveoli.length).toBeGreaterThan(200);
    expect(detailedAlveoli(alveoli, IDENTITY)).toHaveLength(0);
    expect(detailedAlveoli(alveoli, { k: CELL_ZOOM - 0.1, x: 0, y: 0 })).toHaveLength(0);
    const a = alveoli[Math.floor(alveoli.length / 2)]!;
    const t = fitBox({ x: a.x - a.r, y: a.y - a.r, width: 2 * a.r, height: 2 * a.r }, [10, 10]);
    expect(t.k).toBe(10);
    const shown = detailedAlveoli(alveoli, t);
    expect(shown.map((s) => s.key)).toContain(a.key);
    expect(shown.length).toBeLessThan(alveoli.length / 10);
    const v = visibleBox(t);
    for (const s of shown) {
      expect(s.x).toBeGreaterThan(v.x - 13);
      expect(s.x).toBeLessThan(v.x + v.width + 13);
    }
  });

  it('centres a framed box and keeps the drawing covering the view', () => {
    const t = fitBox({ x: 700, y: 400, width: 200, height: 100 }, [1, 5]);
    expect(t.k).toBe(5);
    // The box's centre lands in the view's centre.
    expect(800 * t.k + t.x).toBeCloseTo(VIEW.width / 2);
    expect(450 * t.k + t.y).toBeCloseTo(VIEW.height / 2);
    // A corner box cannot pull empty space into view.
    const corner = fitBox({ x: 0, y: 0, width: 10, height: 10 }, [4, 4]);
    expect(corner.x).toBe(0);
    expect(corner.y).toBe(0);
    expect(clampTransform({ k: 100, x: 50, y: 50 }, 1600, 1000)).toEqual({
      k: MAX_ZOOM,
      x: 0,
      y: 0,
    });
    expect(clampTransform({ k: 0.5, x: -10, y: 0 }, 1600, 1000)).toEqual({ k: 1, x: 0, y: 0 });
  });

  it('frames cell-level parts in an intact lobe, past the cell zoom', () => {
    const cut = cutLobes(0.5);
    const lobe = showcaseLobe(layout, cut);
    expect(cut.has(lobe)).toBe(false);
    const target = focusTarget('myoepithelial-cell', layout, cut);
    // One alveolus of that lobe, framed by its geometry (its lobule is drawn as one path).
    if (!('box' in target)) throw new Error('a cell-level part is framed by a box');
    const { box } = target;
    const framed = layout.lobes
      .find((l) => l.index === lobe)!
      .lobules.flatMap((l) => l.alveoli)
      .find(
        (a) => Math.hypot(a.x - (box.x + box.width / 2), a.y - (box.y + box.height / 2)) < 1e-9,
      );
    expect(framed).toBeDefined();
    expect(box.width).toBeCloseTo(2 * framed!.r);
    expect(target.zoom[0]).toBeGreaterThanOrEqual(CELL_ZOOM);
    expect(focusTarget('lobule', layout, cut)).toMatchObject({
      selector: expect.stringContaining(`[data-lobe="${lobe}"]`),
    });
    expect(focusTarget('duct', layout, cut)).toMatchObject({ single: false });
    // A part of the brain frames the whole inset, not the small part magnified out of context.
    for (const part of ['hypothalamus', 'pituitary'])
      expect(focusTarget(part, layout, cut)).toMatchObject({
        selector: '.anatomy-static .inset-frame',
        single: true,
      });
    expect(focusTarget('nerve', layout, cut)).toMatchObject({
      selector: expect.stringContaining('.inset-frame'),
      single: false,
    });
    expect(unionBox([])).toBeNull();
    expect(
      unionBox([
        { x: 0, y: 0, width: 10, height: 10 },
        { x: 20, y: 5, width: 5, height: 20 },
      ]),
    ).toEqual({ x: 0, y: 0, width: 25, height: 25 });
  });
});

describe('chart → anatomy links', () => {
  it('links every chart panel to drawn parts with a sentence', () => {
    for (const label of PANEL_LABELS) {
      const link = chartLink(label);
      expect(link, label).not.toBeNull();
      expect(link!.parts.length).toBeGreaterThan(0);
      expect(link!.text.length).toBeGreaterThan(20);
    }
    expect(chartLink('Prolactin')!.parts).toEqual(
      expect.arrayContaining(['anterior-pituitary', 'lactocyte']),
    );
    expect(chartLink('Oxytocin')!.parts).toEqual(
      expect.arrayContaining(['posterior-pituitary', 'myoepithelial-cell']),
    );
    expect(chartLink(null)).toBeNull();
    expect(chartLink('No such panel')).toBeNull();
  });
});
