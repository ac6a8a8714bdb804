import { afterEach, describe, expect, it } from 'vitest';
import { setUiLanguage } from '../../../src-renderer/app/i18n';
import { computeLayout, VIEW } from '../../../src-renderer/features/anatomy/geometry';
import {
  labelFontUnits,
  placeLabels,
  type PlacedLabel,
} from '../../../src-renderer/features/anatomy/labelPlacement';
import type { FrameModel } from '../../../src-renderer/features/anatomy/frameModel';
import {
  anatomyLabels,
  cellLabels,
  closeUpLabels,
  closeUpWords,
  type Label,
} from '../../../src-renderer/features/anatomy/labels';
import {
  allAlveoli,
  detailedAlveoli,
  fitBox,
  focusTarget,
  IDENTITY,
  type Box,
} from '../../../src-renderer/features/anatomy/zoom';

const layout = computeLayout('classical');
const labels = anatomyLabels(layout);
/** The drawing 720 px wide, as at 1280 × 720. */
const font = (kind: Label['kind']) => labelFontUnits(kind, 720);

const apart = (a: Box, b: Box) =>
  a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;

function expectInsideAndApart(placed: PlacedLabel[]) {
  for (const p of placed) {
    const b = p.box;
    expect(b.x, p.text).toBeGreaterThanOrEqual(0);
    expect(b.y, p.text).toBeGreaterThanOrEqual(0);
    expect(b.x + b.width, p.text).toBeLessThanOrEqual(VIEW.width);
    expect(b.y + b.height, p.text).toBeLessThanOrEqual(VIEW.height);
  }
  placed.forEach((a, i) =>
    placed
      .slice(i + 1)
      .forEach((b) => expect(apart(a.box, b.box), `${a.text} / ${b.text}`).toBe(true)),
  );
}

describe('anatomy label placement', () => {
  it('shows every label of the whole drawing, inside it and clear of each other', () => {
    const placed = placeLabels(labels, IDENTITY, font);
    expect(placed.map((p) => p.text)).toEqual(labels.map((l) => l.text));
    // The close-up's words, on the moving layer, keep clear of the others too.
    const frame = {
      fullness: 0.45,
      fullnessPercent: 45,
      progesteroneHold: false,
      squeeze: 0,
    } as FrameModel;
    const closeUp = closeUpLabels(frame, closeUpWords(font));
    const onTop = placeLabels(
      closeUp,
      IDENTITY,
      font,
      placed.map((p) => p.box),
    );
    expect(onTop.map((p) => p.text)).toEqual(closeUp.map((l) => l.text));
    expect(onTop.map((p) => p.text)).toContain('Milk: 45 % full');
    expectInsideAndApart([...placed, ...onTop]);
  });

  it('keeps labels the same size on screen at any zoom', () => {
    const at = (k: number) =>
      placeLabels(labels, { k, x: -(k - 1) * 700, y: -(k - 1) * 500 }, font);
    for (const k of [1, 3, 10]) {
      for (const p of at(k)) expect(p.fontUnits).toBe(font(p.kind));
    }
    // ... and the same distance from what they name: zoomed 3× about the nipple, its label stands
    // where it stood from the nipple in the whole drawing.
    const k = 3;
    const nipple = (t: { k: number; x: number; y: number }) => {
      const p = placeLabels(labels, t, font).find((l) => l.text === 'Nipple') as PlacedLabel;
      const end = p.leader?.[1] ?? [0, 0];
      return [p.x - end[0], p.y - end[1]];
    };
    expect(nipple({ k, x: -(k - 1) * 900, y: -(k - 1) * 520 })).toEqual(nipple(IDENTITY));
    // Small drawings (a 1280 × 720 projector) get larger label units.
    expect(labelFontUnits('name', 720)).toBeGreaterThan(labelFontUnits('name', 1400));
  });

  it('zoomed in, shows only the labels of what is on screen, whole, never cut at an edge', () => {
    // Zoomed 3× on the brain inset's pituitary: the breast is off screen to the left.
    const k = 3;
    const t = { k, x: VIEW.width / 2 - k * 1310, y: VIEW.height / 2 - k * 330 };
    const placed = placeLabels(labels, t, font);
    const texts = placed.map((p) => p.text);
    expect(texts).toEqual(expect.arrayContaining(['Anterior pituitary', 'Posterior pituitary']));
    expect(texts).not.toContain('Lobe');
    expect(texts).not.toContain('Chest wall');
    expectInsideAndApart(placed);
    // Leaders still end on their structures.
    const anterior = placed.find((p) => p.text === 'Anterior pituitary');
    expect(anterior?.leader?.[1]).toEqual([k * 1284 + t.x, k * 358 + t.y]);
  });

  it('zoomed to an alveolus, names it, its lactocytes, myoepithelial cells and duct on screen', () => {
    // As a lesson beat or the structure list frames one: 10× on one alveolus.
    const target = focusTarget('alveolus', layout, new Set());
    if (!('box' in target)) throw new Error('an alveolus is framed by its box');
    const t = fitBox(target.box, target.zoom);
    expect(t.k).toBe(10);
    // None of the section's own names is on screen this close.
    expect(placeLabels(labels, t, font)).toEqual([]);
    const cells = cellLabels(layout, t, detailedAlveoli(allAlveoli(layout), t), () => 1);
    const placed = placeLabels([...cells, ...labels], t, font);
    expect(placed.map((p) => p.text)).toEqual([
      'Alveolus',
      'Lactocytes',
      'Myoepithelial cells',
      'Duct',
    ]);
    expectInsideAndApart(placed);
    for (const p of placed) expect(p.fontUnits).toBe(font(p.kind));
    // Each leader ends on the framed alveolus (its wall or lumen), the duct's just beyond it.
    const { x, y, width } = target.box;
    const centre = [t.k * (x + width / 2) + t.x, t.k * (y + width / 2) + t.y];
    const reach = (text: string) => {
      const end = placed.find((p) => p.text === text)?.leader?.[1] ?? [Infinity, Infinity];
      return Math.hypot(end[0] - centre[0]!, end[1] - centre[1]!) / t.k;
    };
    for (const text of ['Alveolus', 'Lactocytes', 'Myoepithelial cells'])
      expect(reach(text), text).toBeLessThanOrEqual((width / 2) * 1.1);
    expect(reach('Duct')).toBeGreaterThan(width / 2);
    // Below the scale at which cells are drawn, there are no cell names.
    const far = fitBox(target.box, [3, 3]);
    expect(cellLabels(layout, far, detailedAlveoli(allAlveoli(layout), far), () => 1)).toEqual([]);
  });

  it('moves labels out from under an overlay, or leaves them out when there is no room', () => {
    const free = placeLabels(labels, IDENTITY, font);
    const lobe = free.find((p) => p.text === 'Lobe') as PlacedLabel;
    const badge: Box = { ...lobe.box, x: lobe.box.x - 20, width: lobe.box.width + 40 };
    const placed = placeLabels(labels, IDENTITY, font, [badge]);
    for (const p of placed) expect(apart(p.box, badge), p.text).toBe(true);
    expect(placed.find((p) => p.text === 'Lobe')).toBeDefined();
    // Zoomed 3× on the milk sinuses (a lesson beat), the sinus's label, kept its distance above
    // the sinus, lands under the "Look at:" badge across the top: it moves below the badge.
    const t = { k: 2.95, x: -1510, y: -1035 };
    const lookAt: Box = { x: 16, y: 16, width: 800, height: 80 };
    // The drawing 920 px wide, as in the audience view at 1280 × 720.
    const zoomed = placeLabels(labels, t, (kind) => labelFontUnits(kind, 920), [lookAt]);
    const sinus = zoomed.find((p) => p.text === 'Milk sinus');
    expect(sinus).toBeDefined();
    expectInsideAndApart(zoomed);
    for (const p of zoomed) expect(apart(p.box, lookAt), p.text).toBe(true);
    // A box over the whole drawing leaves no room for any label.
    const all: Box = { x: 0, y: 0, width: VIEW.width, height: VIEW.height };
    expect(placeLabels(labels, IDENTITY, font, [all])).toEqual([]);
  });

  it('where the spot at its usual distance is covered, stands where the zoom carries it', () => {
    // A small drawing under a large event box (the simulation view at 1280 × 720, zoomed 3× on
    // a lobule): the label's usual place beside its lobule is under the box, the scaled one not.
    const k = 3;
    const to: [number, number] = [400, 300];
    const label: Label = { text: 'Lobule', at: [480, 270], anchor: 'start', kind: 'name', to };
    const t = { k, x: 800 - k * to[0], y: 500 - k * to[1] };
    const box: Box = { x: 820, y: 0, width: 180, height: VIEW.height };
    const [placed] = placeLabels([label], t, font, [box]);
    expect(placed?.text).toBe('Lobule');
    expect(apart(placed!.box, box)).toBe(true);
    expect(placed?.leader?.[1]).toEqual([800, 500]);
    // With nothing over it, the label keeps its usual distance from the lobule.
    expect(placeLabels([label], t, font)[0]?.box.x).toBeLessThan(box.x + box.width);
  });

  describe('in Spanish, whose words are longer', () => {
    afterEach(() => setUiLanguage('en'));

    it('places every label by its shown text, inside the drawing and clear of each other', () => {
      setUiLanguage('es');
      const es = anatomyLabels(layout);
      expect(es.map((l) => l.text)).toContain('Vía nerviosa (médula espinal)');
      const placed = placeLabels(es, IDENTITY, font);
      expect(placed.map((p) => p.text)).toEqual(es.map((l) => l.text));
      const frame = {
        fullness: 0.45,
        fullnessPercent: 45,
        progesteroneHold: false,
        squeeze: 0,
      } as FrameModel;
      const closeUp = closeUpLabels(frame, closeUpWords(font));
      const onTop = placeLabels(
        closeUp,
        IDENTITY,
        font,
        placed.map((p) => p.box),
      );
      expect(onTop.map((p) => p.text)).toEqual(closeUp.map((l) => l.text));
      expect(onTop.map((p) => p.text)).toContain('Células mioepiteliales');
      expectInsideAndApart([...placed, ...onTop]);
      // Measured as shown: the longer Spanish name gets the wider box.
      const width = (all: PlacedLabel[], text: string) =>
        all.find((p) => p.text === text)?.box.width ?? 0;
      setUiLanguage('en');
      const en = placeLabels(anatomyLabels(layout), IDENTITY, font);
      expect(width(placed, 'Vía nerviosa (médula espinal)')).toBeGreaterThan(
        width(en, 'Nerve path (spinal cord)'),
      );
    });
  });
});
