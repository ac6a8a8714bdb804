// Charts readable from the back of a room: every chart text of every beat of every built-in
// lesson, in the audience view at projector sizes, is at least 2 % of the screen's height and lies
// inside its chart's box; the same for the simulation view in the projector theme.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect, repoRoot } from './fixtures';

interface LessonFile {
  beats: { caption: string; view: { charts: string[] } }[];
}
const lessonsDir = join(repoRoot, 'resources', 'lessons');
const slugs = JSON.parse(readFileSync(join(lessonsDir, 'index.json'), 'utf8')) as string[];
const lessonFile = (slug: string) =>
  JSON.parse(readFileSync(join(lessonsDir, `${slug}.json`), 'utf8')) as LessonFile;

interface TextCheck {
  text: string;
  /** The size the text is drawn at on screen, CSS px. */
  fontPx: number;
  inside: boolean;
}

/** Every text of the charts in `figures`: its drawn size and whether its box is in its chart's. */
async function chartTexts(figures: Locator): Promise<TextCheck[]> {
  return figures.evaluateAll((els) =>
    els.flatMap((figure) => {
      const box = figure.getBoundingClientRect();
      return Array.from(figure.querySelectorAll('text')).map((t) => {
        const r = t.getBoundingClientRect();
        const scale = t.ownerSVGElement?.getScreenCTM()?.a ?? 1;
        return {
          text: t.textContent ?? '',
          fontPx: parseFloat(getComputedStyle(t).fontSize) * scale,
          inside:
            r.width > 0 &&
            r.left >= box.left - 0.5 &&
            r.right <= box.right + 0.5 &&
            r.top >= box.top - 0.5 &&
            r.bottom <= box.bottom + 0.5,
        };
      });
    }),
  );
}

function expectReadable(texts: TextCheck[], viewportHeight: number, where: string) {
  const small = texts.filter((t) => t.fontPx < 0.02 * viewportHeight);
  const outside = texts.filter((t) => !t.inside);
  expect(small, `${where}: text under 2 % of ${viewportHeight} px`).toEqual([]);
  expect(outside, `${where}: text outside its chart`).toEqual([]);
}

async function openWithToken(page: Page, url: string) {
  await page.goto(url);
  // The page keeps the session token once it has used it.
  await expect(page.getByText(/edition · data:/)).toBeVisible();
}

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
] as const) {
  test(`every built-in lesson's charts are readable from the back at ${width}×${height}`, async ({
    page,
    web,
  }) => {
    test.setTimeout(300_000);
    await page.setViewportSize({ width, height });
    await openWithToken(page, web.url);
    let measured = 0;
    for (const slug of slugs) {
      const lesson = lessonFile(slug);
      await page.goto(`${web.origin}/#/present/lb_${slug}`);
      const audience = page.getByRole('region', { name: 'Audience view' });
      let shot = false;
      for (let i = 1; i <= lesson.beats.length; i++) {
        const beat = lesson.beats[i - 1]!;
        await expect(audience.getByText(`Beat ${i} of ${lesson.beats.length}`)).toBeVisible({
          timeout: 30_000,
        });
        await expect(audience.getByText(beat.caption, { exact: true }).first()).toBeVisible();
        const charts = audience.locator('figure.beat-chart');
        // Each of the beat's charts is drawn, in the presentation style, in Inter.
        await expect(charts.locator('svg[data-style="presentation"]')).toHaveCount(
          beat.view.charts.length,
          { timeout: 30_000 },
        );
        const texts = await chartTexts(charts);
        if (beat.view.charts.length > 0) {
          expect(texts.length).toBeGreaterThan(0);
          // Inter, the exports' font, is what the screen draws too (loaded once a chart uses it).
          await expect
            .poll(() => page.evaluate(() => document.fonts.check('16px Inter')))
            .toBe(true);
        }
        expectReadable(texts, height, `${slug} beat ${i}`);
        measured += texts.length;
        // One beat with charts of each lesson, drawn, for looking at.
        if (width === 1280 && !shot && i >= 2 && beat.view.charts.length > 0) {
          await expect(audience.getByRole('img', { name: /Breast anatomy/ })).toBeVisible();
          await page.screenshot({ path: `test-results/screens/audience-${slug}-${width}.png` });
          shot = true;
        }
        await page.keyboard.press('ArrowRight');
      }
    }
    expect(measured).toBeGreaterThan(500);
  });
}

test('the simulation view in the projector theme draws readable charts without white boxes', async ({
  page,
  web,
}) => {
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.goto(`${web.url}#/sim`);
    const projector = page.getByRole('button', { name: 'Projector theme' });
    if ((await projector.getAttribute('aria-pressed')) !== 'true') await projector.click();
    const charts = page.getByRole('region', { name: 'Charts' });
    await expect(charts.getByRole('radio', { name: 'Presentation' })).toBeChecked();
    const figures = charts.locator('figure.chart-figure');
    await expect(figures.locator('svg.chart-svg[data-style="presentation"]')).toHaveCount(3, {
      timeout: 30_000,
    });
    await page.evaluate(() => document.fonts.ready);
    const texts = await chartTexts(figures);
    expect(texts.length).toBeGreaterThan(30);
    expectReadable(texts, height, `simulation view ${width}×${height}`);
    // The chart's background is the projector's black, not a white box.
    const background = await figures
      .first()
      .locator('rect.background')
      .evaluate((r) => getComputedStyle(r).fill);
    expect(background).toBe('rgb(0, 0, 0)');
    await charts.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/screens/sim-charts-projector-${width}.png` });
  }

  // Print stays one click away, and the choice holds.
  const charts = page.getByRole('region', { name: 'Charts' });
  await charts.getByRole('radio', { name: 'Print' }).check();
  await expect(charts.locator('svg.chart-svg[data-style="print"]')).toHaveCount(3);
});
