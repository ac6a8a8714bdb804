// The close-up inset at any zoom and fullness: shown whole or not at all, never over the brain
// inset, its state lines below its alveolus and at least 2 % of the window's height.
import { afterEach, describe, expect, it } from 'vitest';
import { setUiLanguage } from '../../../src-renderer/app/i18n';
import { BRAIN } from '../../../src-renderer/features/anatomy/BrainInset';
import {
  CLOSE_UP,
  closeUpAlveolus,
  closeUpReach,
  placeCloseUp,
} from '../../../src-renderer/features/anatomy/closeUpLayout';
import type { FrameModel } from '../../../src-renderer/features/anatomy/frameModel';
import { VIEW } from '../../../src-renderer/features/anatomy/geometry';
import {
  DRAWING_WIDTH_IN_TEXTS,
  labelFontUnits,
  placeLabels,
} from '../../../src-renderer/features/anatomy/labelPlacement';
import {
  closeUpLabels,
  closeUpWords,
  type LabelKind,
} from '../../../src-renderer/features/anatomy/labels';
import {
  clampTransform,
  fitBox,
  IDENTITY,
  type Box,
  type ViewTransform,
} from '../../../src-renderer/features/anatomy/zoom';

/**
 * The drawing's width and the window's height (CSS px) as measured in the audience view, and
 * whether it is presented (every word at the back-row size) or not (the state lines only).
 */
const SCREENS: {
  name: string;
  stage: number;
  window: number;
  backRow: boolean;
  /** The least rest radius of the alveolus, in view units (60 unless said). */
  leastR?: number;
}[] = [
  { name: '1280 × 720 audience', stage: 714, window: 720, backRow: true },
  { name: '1280 × 720 audience, no charts', stage: 1100, window: 720, backRow: true },
  { name: '1920 × 1080 audience', stage: 1100, window: 1080, backRow: true },
  { name: '1280 × 720 simulation', stage: 624, window: 720, backRow: false },
  // The smallest drawing carrying the largest words (37 view units): the alveolus gives most.
  {
    name: '1280 × 720 simulation, projector theme',
    stage: 624,
    window: 720,
    backRow: true,
    leastR: 50,
  },
  // The presenter's own preview of the beat: text no larger than its width allows.
  { name: '1280 × 720 presenter', stage: 340, window: 720, backRow: true, leastR: 45 },
];

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const within = (a: Box, b: Box) =>
  a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height;
const frameAt = (shift: readonly [number, number]): Box => ({
  x: CLOSE_UP.x + shift[0],
  y: CLOSE_UP.y + shift[1],
  width: CLOSE_UP.w,
  height: CLOSE_UP.h,
});

describe('close-up inset', () => {
  afterEach(() => setUiLanguage('en'));

  it('stands where it always did in the whole drawing', () => {
    expect(placeCloseUp(IDENTITY)).toEqual([0, 0]);
  });

  it('is whole inside the view and off the brain inset at any zoom, or not shown', () => {
    let shown = 0;
    let hidden = 0;
    for (let k = 1; k <= 12; k *= 1.15) {
      for (let fx = 0; fx <= 1; fx += 0.1) {
        for (let fy = 0; fy <= 1; fy += 0.1) {
          const t = clampTransform(
            { k, x: -fx * VIEW.width * (k - 1), y: -fy * VIEW.height * (k - 1) },
            VIEW.width,
            VIEW.height,
          );
          const shift = placeCloseUp(t);
          if (!shift) {
            hidden++;
            continue;
          }
          shown++;
          const frame = frameAt(shift);
          const where = `k ${k.toFixed(2)} at ${fx.toFixed(1)}, ${fy.toFixed(1)}`;
          expect(within(frame, { x: 0, y: 0, ...VIEW }), where).toBe(true);
          const brain: Box = {
            x: t.k * BRAIN.frame.x + t.x,
            y: t.k * BRAIN.frame.y + t.y,
            width: t.k * BRAIN.frame.w,
            height: t.k * BRAIN.frame.h,
          };
          expect(overlaps(frame, brain), where).toBe(false);
        }
      }
    }
    expect(shown).toBeGreaterThan(0);
    expect(hidden).toBeGreaterThan(0);
  });

  it('is left out when a beat frames the brain inset', () => {
    const { x, y, w, h } = BRAIN.frame;
    expect(placeCloseUp(fitBox({ x, y, width: w, height: h }, [1, 3]))).toBeNull();
  });

  for (const [screen, lang] of SCREENS.flatMap(
    (s) =>
      [
        [s, 'en'],
        [s, 'es'],
      ] as const,
  )) {
    const font = (kind: LabelKind) =>
      labelFontUnits(kind, screen.stage, screen.window, screen.backRow);
    const px = (units: number) => (units * screen.stage) / VIEW.width;
    const least = Math.min(0.02 * screen.window, screen.stage / DRAWING_WIDTH_IN_TEXTS);

    it(`keeps its state lines below the alveolus at any fullness (${screen.name}, ${lang})`, () => {
      setUiLanguage(lang);
      const words = closeUpWords(font);
      const a = closeUpAlveolus(words);
      // The alveolus keeps most of its size: the words make room, they do not take it all.
      expect(a.r).toBeGreaterThan(screen.leastR ?? 60);
      const reach = closeUpReach(a);
      for (const shift of [
        [0, 0],
        [-300, -200],
        // Where a zoom carries it: not whole units, and the lines must still not collide.
        [-41.37, -13.913],
      ] as const) {
        const t: ViewTransform = { k: 1, x: shift[0], y: shift[1] };
        for (let f = 0; f <= 1.0001; f += 0.05) {
          for (const squeeze of [0, 0.5, 1]) {
            const frame = {
              fullness: f,
              fullnessPercent: Math.round(f * 100),
              progesteroneHold: false,
              squeeze,
              synthesisFreedom: 1 - f,
              values: {},
            } as FrameModel;
            const labels = closeUpLabels(frame, words);
            const placed = placeLabels(labels, t, font);
            // Every word is shown, inside the close-up; presented, at the back-row size.
            expect(placed.map((p) => p.text)).toEqual(labels.map((l) => l.text));
            for (const p of placed) {
              expect(within(p.box, frameAt(shift)), p.text).toBe(true);
              if (screen.backRow) expect(px(p.fontUnits), p.text).toBeGreaterThanOrEqual(least);
            }
            // The names stand above the alveolus's drawing.
            for (const p of placed.filter((q) => q.kind === 'title' || q.kind === 'cell'))
              expect(p.box.y + p.box.height, p.text).toBeLessThanOrEqual(a.cy + shift[1] - reach);
            const state = placed.filter((p) => p.kind === 'status' || p.kind === 'state');
            expect(state.length).toBeGreaterThanOrEqual(2);
            for (const p of state) {
              const where = `${p.text}, ${Math.round(f * 100)} % full, squeeze ${squeeze}`;
              // Clear of all the alveolus's drawing, its milk and its cells.
              expect(p.box.y, where).toBeGreaterThanOrEqual(a.cy + shift[1] + reach);
              expect(within(p.box, frameAt(shift)), where).toBe(true);
              expect(px(p.fontUnits), where).toBeGreaterThanOrEqual(least);
            }
          }
        }
      }
    });
  }
});
