// The close-up inset on a projector: in every built-in beat that frames part of the drawing, at
// 1280 × 720 and 1920 × 1080, the close-up is whole on screen or not shown, its state lines stand
// clear of its milk at the back-row size, and every label is painted over the moving milk and
// hormone particles.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { LESSON_SLUGS, lessonFile } from './lesson-files';

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
interface CloseUp {
  stage: Rect;
  /** The close-up's frame, null when it is not drawn. */
  frame: Rect | null;
  /** Its alveolus's lumen, the circle the milk fills. */
  lumen: { cx: number; cy: number; r: number } | null;
  /** Its lines on the alveolus's state: how full, what it is doing. */
  state: { text: string; rect: Rect; fontPx: number }[];
  /** Labels painted before something that moves, so the moving thing can cover them. */
  underMotion: string[];
}

async function closeUp(page: Page): Promise<CloseUp> {
  return page.evaluate(() => {
    const rectOf = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const stage = document.querySelector('.anatomy-stage')!;
    const frame = stage.querySelector('.close-up .inset-frame');
    const lumen = stage.querySelector('.close-up .lumen');
    const circle = lumen && rectOf(lumen);
    const state = Array.from(
      stage.querySelectorAll<SVGTextElement>(
        '.close-up-labels [data-label="state"] text, .close-up-labels [data-label="status"] text',
      ),
    ).map((t) => ({
      text: t.textContent ?? '',
      rect: rectOf(t),
      fontPx: parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 1),
    }));
    const moving = Array.from(
      stage.querySelectorAll('.particles, .duct-milk-layer, .nerve-impulse, .close-up-ductule'),
    );
    const labels = Array.from(stage.querySelectorAll('.labels text'));
    const underMotion = labels
      .filter((l) =>
        moving.some((m) => m.compareDocumentPosition(l) & Node.DOCUMENT_POSITION_PRECEDING),
      )
      .map((l) => l.textContent ?? '');
    return {
      stage: rectOf(stage),
      frame: frame && rectOf(frame),
      lumen: circle && {
        cx: (circle.left + circle.right) / 2,
        cy: (circle.top + circle.bottom) / 2,
        r: (circle.right - circle.left) / 2,
      },
      state,
      underMotion,
    };
  });
}

const inside = (r: Rect, box: Rect) =>
  r.left >= box.left - 0.5 &&
  r.right <= box.right + 0.5 &&
  r.top >= box.top - 0.5 &&
  r.bottom <= box.bottom + 0.5;
/** Whether a text box reaches into a circle. */
const onCircle = (r: Rect, c: { cx: number; cy: number; r: number }) => {
  const x = Math.min(Math.max(c.cx, r.left), r.right);
  const y = Math.min(Math.max(c.cy, r.top), r.bottom);
  return Math.hypot(x - c.cx, y - c.cy) < c.r;
};

for (const size of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  test(`every framed beat keeps the close-up whole and readable at ${size.width} × ${size.height}`, async ({
    page,
    web,
  }) => {
    test.setTimeout(300_000);
    await page.setViewportSize(size);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(web.url);
    await expect(page.getByText(/edition · data:/)).toBeVisible();
    let checked = 0;
    let shown = 0;
    for (const slug of LESSON_SLUGS) {
      const lesson = lessonFile(slug);
      const framed = lesson.beats.flatMap((b, i) => (b.view.zoom !== null ? [i] : []));
      if (framed.length === 0) continue;
      await page.goto(`${web.origin}/#/present/lb_${slug}`);
      const audience = page.getByRole('region', { name: 'Audience view' });
      const stage = audience.locator('.anatomy-stage');
      for (let i = 0; i <= Math.max(...framed); i++) {
        await expect(audience.getByText(`Beat ${i + 1} of ${lesson.beats.length}`)).toBeVisible({
          timeout: 30_000,
        });
        if (framed.includes(i)) {
          const where = `${slug} beat ${i + 1} (${lesson.beats[i]!.view.zoom})`;
          // Settled: two readings of the zoom a moment apart agree.
          await expect
            .poll(async () => {
              const before = await stage.getAttribute('data-zoom');
              await page.waitForTimeout(250);
              return before === (await stage.getAttribute('data-zoom'));
            })
            .toBe(true);
          const c = await closeUp(page);
          await page.screenshot({
            path: `test-results/screens/close-up-${slug}-${i + 1}-${size.width}.png`,
          });
          if (c.frame === null) {
            expect.soft(c.state, `${where}: state lines without their close-up`).toEqual([]);
          } else {
            shown++;
            expect
              .soft(inside(c.frame, c.stage), `${where}: close-up cut at the drawing's edge`)
              .toBe(true);
            expect.soft(c.state.length, `${where}: state lines shown`).toBeGreaterThanOrEqual(2);
            for (const s of c.state) {
              expect
                .soft(onCircle(s.rect, c.lumen!), `${where}: "${s.text}" over the milk`)
                .toBe(false);
              expect
                .soft(inside(s.rect, c.frame), `${where}: "${s.text}" outside the close-up`)
                .toBe(true);
              expect
                .soft(s.fontPx, `${where}: "${s.text}" size`)
                .toBeGreaterThanOrEqual(0.02 * size.height);
            }
          }
          expect.soft(c.underMotion, `${where}: labels under moving things`).toEqual([]);
          checked++;
        }
        if (i < Math.max(...framed)) await page.keyboard.press('ArrowRight');
      }
    }
    expect(checked).toBeGreaterThanOrEqual(20);
    // The beats on a hormone show the whole drawing, close-up included.
    expect(shown).toBeGreaterThanOrEqual(6);
  });
}
