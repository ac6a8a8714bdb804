// The drawing's words from the back of a room (issue 14): in every beat of every built-in lesson,
// presented at 1280 × 720 and 1920 × 1080 in English and Spanish, every text of the anatomy
// drawing in the audience view is at least 2 % of the window's height, whole inside the drawing,
// clear of every other label, and inside or clear of each inset's frame, never across it; so is
// every text of the presenter's own smaller preview at 1280 × 720, but for the size.
import type { Page } from '@playwright/test';
import { test, expect, openPresenterView } from './fixtures';
import { LESSON_SLUGS, lessonFile } from './lesson-files';

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
interface DrawingText {
  stage: Rect;
  texts: { text: string; fontPx: number; rect: Rect }[];
  /** The brain inset's and the close-up's frames as drawn (the close-up may be left out). */
  frames: Rect[];
}

/** The drawing's texts in the view `root` (the audience's or the presenter's). */
async function drawingText(page: Page, root: string): Promise<DrawingText> {
  return page.evaluate((root) => {
    const rectOf = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const stage = document.querySelector(`${root} .anatomy-stage`)!;
    const texts = Array.from(stage.querySelectorAll<SVGTextElement>('text')).map((t) => ({
      text: t.textContent ?? '',
      fontPx: parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 1),
      rect: rectOf(t),
    }));
    return {
      stage: rectOf(stage),
      texts,
      frames: Array.from(stage.querySelectorAll('.inset-frame')).map(rectOf),
    };
  }, root);
}

/**
 * What is wrong with the drawing's texts `d` in a window `height` px high, at `where`. A drawing
 * narrower than 43 texts' sizes (the presenter's own preview) may have smaller text, so its words
 * fit their insets, as a chart does; the room's drawings are wider.
 */
function problems(d: DrawingText, height: number, where: string) {
  expect.soft(d.texts.length, `${where}: drawing texts`).toBeGreaterThan(0);
  const least = Math.min(0.02 * height, (d.stage.right - d.stage.left) / 43);
  d.texts.forEach((t, n) => {
    expect.soft(t.fontPx, `${where}: "${t.text}" size`).toBeGreaterThanOrEqual(least - 0.05);
    expect
      .soft(inside(t.rect, d.stage), `${where}: "${t.text}" cut at the drawing's edge`)
      .toBe(true);
    for (const other of d.texts.slice(n + 1)) {
      expect
        .soft(
          apart(t.rect, other.rect, 0.08 * Math.max(t.fontPx, other.fontPx)),
          `${where}: "${t.text}" on "${other.text}"`,
        )
        .toBe(true);
    }
    for (const f of d.frames) {
      expect
        .soft(
          inside(t.rect, f) || apart(t.rect, f, 0.5),
          `${where}: "${t.text}" across an inset's frame`,
        )
        .toBe(true);
    }
  });
}

const inside = (r: Rect, box: Rect) =>
  r.left >= box.left - 0.5 &&
  r.right <= box.right + 0.5 &&
  r.top >= box.top - 0.5 &&
  r.bottom <= box.bottom + 0.5;
/**
 * Lines stacked one under the other may touch: placement keeps their 1.17-em boxes apart, and
 * the browser's box of a line of Inter is 1.21 em high, so `slack` (px) is allowed one way.
 */
const apart = (a: Rect, b: Rect, slack: number) =>
  a.right <= b.left + 0.5 ||
  b.right <= a.left + 0.5 ||
  a.bottom <= b.top + slack ||
  b.bottom <= a.top + slack;

const WORDS = {
  en: { audience: 'Audience view', beat: 'Beat', of: 'of' },
  es: { audience: 'Vista del público', beat: 'Paso', of: 'de' },
} as const;

/** Beats whose screenshots are kept to be looked at: the whole breast, brain, alveolus, duct. */
const SHOWN = new Set([
  'how-milk-is-made 1',
  'let-down-reflex 1',
  'how-milk-is-made 2',
  'how-milk-is-made 6',
  'let-down-reflex 4',
]);

for (const lang of ['en', 'es'] as const) {
  for (const size of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ]) {
    test(`every drawing text of every beat is readable from the back row at ${size.width} × ${size.height} (${lang})`, async ({
      page,
      web,
    }) => {
      test.setTimeout(300_000);
      const words = WORDS[lang];
      await page.setViewportSize(size);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(web.url);
      await page.getByRole('combobox', { name: /^(Language|Idioma)$/ }).selectOption(lang);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      let checked = 0;
      for (const slug of LESSON_SLUGS) {
        const lesson = lessonFile(slug);
        const count = lesson.beats.length;
        await page.goto(`${web.origin}/#/present/lb_${slug}`);
        const audience = page.getByRole('region', { name: words.audience });
        const stage = audience.locator('.anatomy-stage');
        for (let i = 0; i < count; i++) {
          await expect(
            audience.getByText(`${words.beat} ${i + 1} ${words.of} ${count}`),
          ).toBeVisible({ timeout: 30_000 });
          const where = `${slug} beat ${i + 1} (${lesson.beats[i]!.view.zoom ?? 'whole'})`;
          // Settled: two readings of the zoom a moment apart agree.
          await expect
            .poll(async () => {
              const before = await stage.getAttribute('data-zoom');
              await page.waitForTimeout(200);
              return before === (await stage.getAttribute('data-zoom'));
            })
            .toBe(true);
          const d = await drawingText(page, '.present-audience');
          if (SHOWN.has(`${slug} ${i + 1}`)) {
            await page.screenshot({
              path: `test-results/screens/drawing-text-${slug}-${i + 1}-${size.width}-${lang}.png`,
            });
          }
          problems(d, size.height, where);
          checked++;
          if (i < count - 1) await page.keyboard.press('ArrowRight');
        }
      }
      expect(checked).toBeGreaterThanOrEqual(40);
    });
  }
}

test('every drawing text of every beat in the presenter view is whole and apart at 1280 × 720', async ({
  page,
  web,
}) => {
  test.setTimeout(300_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(web.url);
  await expect(page.getByText(/edition · data:/)).toBeVisible();
  let checked = 0;
  for (const slug of LESSON_SLUGS) {
    const lesson = lessonFile(slug);
    const count = lesson.beats.length;
    await page.goto(`${web.origin}/#/present/lb_${slug}`);
    await expect(
      page.getByRole('region', { name: 'Audience view' }).getByText(`Beat 1 of ${count}`),
    ).toBeVisible({ timeout: 30_000 });
    const { popup, presenter } = await openPresenterView(page);
    await popup.setViewportSize({ width: 1280, height: 720 });
    await popup.emulateMedia({ reducedMotion: 'reduce' });
    const stage = presenter.locator('.anatomy-stage');
    for (let i = 0; i < count; i++) {
      await expect(presenter.getByText(`Beat ${i + 1} of ${count}`)).toBeVisible({
        timeout: 30_000,
      });
      await expect
        .poll(async () => {
          const before = await stage.getAttribute('data-zoom');
          await popup.waitForTimeout(200);
          return before === (await stage.getAttribute('data-zoom'));
        })
        .toBe(true);
      const where = `presenter: ${slug} beat ${i + 1} (${lesson.beats[i]!.view.zoom ?? 'whole'})`;
      problems(await drawingText(popup, '.present-presenter'), 720, where);
      if (slug === 'how-milk-is-made' && i === 3) {
        await popup.screenshot({
          path: `test-results/screens/drawing-text-presenter-${slug}-4.png`,
        });
      }
      checked++;
      if (i < count - 1) await popup.keyboard.press('ArrowRight');
    }
    await popup.close();
    // Closing the presenter window ends the presentation here too, by a message that arrives a
    // moment later; the next lesson is opened only after it, or it would end that one instead.
    await expect(page.getByRole('heading', { level: 1, name: lesson.title })).toBeVisible({
      timeout: 30_000,
    });
  }
  expect(checked).toBeGreaterThanOrEqual(40);
});
