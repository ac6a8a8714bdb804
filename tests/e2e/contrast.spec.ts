// Contrast of the words drawn in SVG over the anatomy drawing and the charts, measured against
// what is actually behind each label (axe cannot decide these), on every screen that draws them:
// the simulation (a feed, zoomed in, a let-down in motion), the charts in both styles, a fork
// and compare, the audience and presenter views, and the parent view's what-if charts. Then the
// charts' lines, markers and playhead against the chart background, and the chart focus ring.
//
// Three screenshots of the same still frame: as drawn; with every label's fill transparent (what
// is behind the glyphs, halos included); with every fill magenta (how much of each pixel the
// glyphs cover). Each pixel at least half covered gives the text colour (the edge's blend with
// the background undone, so small type whose strokes never fill a whole pixel is measured too)
// against the background at that pixel; the label's contrast is the 5th percentile of those
// (a stray pixel of a line under a letter does not decide it, a background that is mostly poor
// does). WCAG 1.4.3: 4.5:1, or 3:1 for large text (24 px, or 18.66 px bold); 1.4.11: 3:1.
import type { Browser, Locator, Page } from '@playwright/test';
import { test, expect, openPresenterView } from './fixtures';

test.describe.configure({ timeout: 300_000 });
test.use({ reducedMotion: 'reduce' });

interface Label {
  text: string;
  x: number;
  y: number;
  w: number;
  h: number;
  large: boolean;
}

/** The words drawn over the drawing and in every chart: simulation, lessons and parent view. */
const LABELS = [
  '.anatomy-view svg text',
  '.chart-figure svg text',
  '.beat-chart svg text',
  'svg.supply-line text',
].join(', ');

/**
 * WCAG 2's contrast ratio of two sRGB colours (channels 0–255). Self-contained, because it also
 * runs, from its source, in the blank page that reads the screenshots.
 */
function contrastRatio(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const lum = (c: ArrayLike<number>) => {
    const lin = (i: number) => {
      const s = (c[i] ?? 0) / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * lin(0) + 0.7152 * lin(1) + 0.0722 * lin(2);
  };
  const [x, y] = [lum(a), lum(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

/** A colour painted at `alpha` over `back`, as the screen shows it. */
const over = (paint: readonly number[], alpha: number, back: readonly number[]) =>
  paint.slice(0, 3).map((c, i) => c * alpha + (back[i] ?? 0) * (1 - alpha));

async function shot(page: Page, fill: string | null): Promise<string> {
  const id = 'contrast-probe';
  if (fill !== null)
    await page.evaluate(
      ([css, sel, styleId]) => {
        const style = document.createElement('style');
        style.id = styleId!;
        style.textContent = `${sel!
          .split(', ')
          .map((s) => `${s}, ${s} *`)
          .join(', ')} { fill: ${css} !important; }`;
        document.head.append(style);
      },
      [fill, LABELS, id],
    );
  const png = (await page.screenshot({ animations: 'disabled', caret: 'hide' })).toString('base64');
  await page.evaluate((styleId) => document.getElementById(styleId)?.remove(), id);
  return png;
}

/**
 * Every visible label inside `scope`, as boxes in screenshot pixels. Only labels wholly in the
 * window: the screenshot holds nothing of the rest (they are measured when scrolled to).
 */
async function labels(scope: Locator): Promise<Label[]> {
  return scope.evaluate((root, sel) => {
    const out: Label[] = [];
    for (const el of Array.from(root.querySelectorAll<SVGTextElement>(sel))) {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (r.width < 2 || r.height < 2 || style.visibility === 'hidden') continue;
      if (r.top < 0 || r.bottom > innerHeight || r.left < 0 || r.right > innerWidth) continue;
      const size = parseFloat(style.fontSize) * (r.height / (el.getBBox().height || r.height));
      const bold = Number(style.fontWeight) >= 700;
      out.push({
        text: (el.textContent ?? '').trim(),
        x: r.left,
        y: r.top,
        w: r.width,
        h: r.height,
        large: size >= 24 || (bold && size >= 18.66),
      });
    }
    return out;
  }, LABELS);
}

/** The 5th-percentile contrast of each label, computed in a blank page (no CSP, canvas only). */
async function contrasts(
  browser: Browser,
  shots: { drawn: string; behind: string; mask: string },
  boxes: Label[],
): Promise<number[]> {
  const calc = await browser.newPage();
  const ratios = await calc.evaluate(
    async ({ shots, boxes, source }) => {
      // A blank page has no content security policy: the shared function runs from its source.
      const ratio = new Function(`return ${source}`)() as typeof contrastRatio;
      const pixels = async (b64: string) => {
        const bitmap = await createImageBitmap(
          new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' }),
        );
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(bitmap, 0, 0);
        return { w: bitmap.width, data: ctx.getImageData(0, 0, bitmap.width, bitmap.height).data };
      };
      const MAGENTA = [255, 0, 255];
      const [drawn, behind, mask] = await Promise.all([
        pixels(shots.drawn),
        pixels(shots.behind),
        pixels(shots.mask),
      ]);
      return boxes.map((b) => {
        const found: number[] = [];
        for (let y = Math.floor(b.y); y < Math.ceil(b.y + b.h); y++) {
          for (let x = Math.floor(b.x); x < Math.ceil(b.x + b.w); x++) {
            const i = (y * mask.w + x) * 4;
            const back = behind.data.subarray(i, i + 3);
            // The glyph's coverage of this pixel, read on the channel where magenta and the
            // background differ most; a background near magenta tells nothing.
            const c = [0, 1, 2].reduce((p, q) =>
              Math.abs(MAGENTA[q]! - back[q]!) > Math.abs(MAGENTA[p]! - back[p]!) ? q : p,
            );
            if (Math.abs(MAGENTA[c]! - back[c]!) < 64) continue;
            const cover = (mask.data[i + c]! - back[c]!) / (MAGENTA[c]! - back[c]!);
            if (cover < 0.5) continue;
            // The text's own colour, the edge's blend with the background undone.
            const text = [0, 1, 2].map((k) =>
              Math.min(255, Math.max(0, (drawn.data[i + k]! - (1 - cover) * back[k]!) / cover)),
            );
            found.push(ratio(text, back));
          }
        }
        if (found.length === 0) return NaN;
        found.sort((p, q) => p - q);
        return found[Math.floor(found.length * 0.05)]!;
      });
    },
    { shots, boxes, source: contrastRatio.toString() },
  );
  await calc.close();
  return ratios;
}

/** A pale grey label in an SVG of its own above the first chart, clear of every other label. */
async function addControl(page: Page): Promise<void> {
  await page.evaluate(() => {
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('width', '300');
    svg.setAttribute('height', '40');
    svg.setAttribute('data-control', '');
    const text = document.createElementNS(ns, 'text');
    text.setAttribute('x', '10');
    text.setAttribute('y', '28');
    text.setAttribute('font-size', '16');
    text.setAttribute('fill', '#c8c8c8');
    text.textContent = 'CONTROL LABEL';
    svg.append(text);
    document.querySelector('.chart-figure')!.prepend(svg);
  });
}

const CONTROL = 'CONTROL LABEL';

/** What draws labels: the drawing, each chart; each is scrolled into view and measured. */
const SCOPES = '.anatomy-view, .chart-figure, .beat-chart, svg.supply-line';

/**
 * Measures every label of the page as it stands, each drawing and chart scrolled into view in
 * turn, and holds each at 4.5:1 (3:1 large), softly so every state is reported. `least` is how
 * many labels the state must show at the least (a state that lost its labels must not pass by
 * measuring nothing); `control` adds a label that the method must find too low; `within` limits
 * the measure to some of the drawings and charts.
 */
async function measure(
  page: Page,
  browser: Browser,
  state: string,
  {
    least,
    control = false,
    within = SCOPES,
  }: { least: number; control?: boolean; within?: string },
): Promise<void> {
  if (control) await addControl(page);
  const all: (Label & { ratio: number })[] = [];
  for (const scope of await page.locator(within).all()) {
    if (!(await scope.isVisible())) continue;
    await scope.scrollIntoViewIfNeeded();
    const boxes = await labels(scope);
    if (boxes.length === 0) continue;
    const drawn = await shot(page, null);
    const behind = await shot(page, 'transparent');
    const mask = await shot(page, '#ff00ff');
    const ratios = await contrasts(browser, { drawn, behind, mask }, boxes);
    all.push(...boxes.map((b, i) => ({ ...b, ratio: ratios[i]! })));
  }
  if (control) {
    const probe = all.find((m) => m.text === CONTROL);
    expect(probe?.ratio, 'the control label is measured as too low').toBeLessThan(2);
    await page.evaluate(() => document.querySelector('[data-control]')?.remove());
  }
  const measured = all.filter((m) => m.text !== CONTROL);
  expect(measured.length, `labels on ${state}`).toBeGreaterThanOrEqual(least);
  const checked = measured.filter((m) => Number.isFinite(m.ratio));
  // Nearly every label has interior pixels to measure; one hidden under another is not measured.
  const unmeasured = measured.filter((m) => !Number.isFinite(m.ratio)).map((m) => m.text);
  expect(
    unmeasured.length,
    `labels not measured on ${state}: ${unmeasured.join(', ')}`,
  ).toBeLessThan(measured.length * 0.2);
  const low = checked
    .filter((m) => m.ratio < (m.large ? 3 : 4.5))
    .map((m) => `"${m.text}" ${m.ratio.toFixed(2)}:1${m.large ? ' (large)' : ''}`);
  const worst = checked.reduce((a, b) => (b.ratio < a.ratio ? b : a));
  console.log(
    `contrast ${state}: ${checked.length} labels, lowest ${worst.ratio.toFixed(2)}:1 ` +
      `("${worst.text}"${worst.large ? ', large' : ''})`,
  );
  expect.soft(low, `labels below WCAG 1.4.3 on ${state}`).toEqual([]);
}

/**
 * WCAG 1.4.11 for the charts' non-text parts: each line, marker and the playhead against its
 * chart's background, with the part's own opacity composited over that background. The
 * colours are read from the computed style, so a theme token change is seen here.
 */
async function indicators(page: Page, state: string, least: number): Promise<void> {
  const painted = await page.evaluate(() => {
    const rgb = (s: string) => (s.match(/[\d.]+/g) ?? []).map(Number);
    return Array.from(document.querySelectorAll('.chart-figure, .beat-chart')).flatMap((figure) => {
      const rect = figure.querySelector('rect.background');
      if (!rect || figure.getBoundingClientRect().width === 0) return [];
      const back = rgb(getComputedStyle(rect).fill);
      const chart = figure.querySelector('svg')?.getAttribute('aria-label') ?? '';
      // The lines and their markers are drawn in the plot's clipped group; the playhead after.
      // A fork's faded band only sets its line apart: the opaque line within it is the mark.
      const marks = figure.querySelectorAll(
        '[clip-path] > :not(.compare-band), .chart-cursor, g.cursor > *',
      );
      return Array.from(marks).flatMap((el) => {
        const style = getComputedStyle(el);
        // A line is seen by its stroke; a marker by its fill (its stroke is a thin halo).
        const line = style.fill === 'none' || el.tagName === 'line';
        const paint = line ? style.stroke : style.fill;
        if (paint === 'none') return [];
        const opacity = Number(line ? style.strokeOpacity : style.fillOpacity);
        return [
          {
            part: `${chart}: ${el.getAttribute('class') ?? el.tagName} ${paint}`,
            paint: rgb(paint),
            alpha: Number(style.opacity) * opacity,
            back,
          },
        ];
      });
    });
  });
  const parts = painted.map((p) => ({
    part: p.alpha < 1 ? `${p.part} at ${p.alpha}` : p.part,
    ratio: contrastRatio(over(p.paint, p.alpha, p.back), p.back),
  }));
  expect(parts.length, `chart lines and markers on ${state}`).toBeGreaterThanOrEqual(least);
  const worst = Math.min(...parts.map((p) => p.ratio));
  console.log(`non-text ${state}: ${parts.length} parts, lowest ${worst.toFixed(2)}:1`);
  const low = [
    ...new Set(parts.filter((p) => p.ratio < 3).map((p) => `${p.part} ${p.ratio.toFixed(2)}:1`)),
  ];
  expect.soft(low, `chart lines, markers and playhead below 3:1 on ${state}`).toEqual([]);
}

/**
 * WCAG 1.4.11 for the time slider: its track (the axis), its thumb (the playhead's line and
 * head) and every event marker against the timeline's background, read from computed style.
 * Returns the kinds of marker seen, so a caller can ask for the ones that matter.
 */
async function timelineParts(page: Page, state: string): Promise<Set<string>> {
  const painted = await page.evaluate(() => {
    const rgb = (s: string) => (s.match(/[\d.]+/g) ?? []).map(Number);
    const track = document.querySelector('.timeline-track');
    if (!track) return [];
    // The track's svg is transparent: behind it is the nearest painted ancestor.
    let node: Element | null = track;
    let bg = 'rgba(0, 0, 0, 0)';
    while (node) {
      bg = getComputedStyle(node).backgroundColor;
      if (rgb(bg)[3] !== 0) break;
      node = node.parentElement;
    }
    const marks = track.querySelectorAll('.axis, .marker line, .playhead line, .playhead path');
    return Array.from(marks).map((el) => {
      const style = getComputedStyle(el);
      const line = el.tagName === 'line';
      const opacity = Number(line ? style.strokeOpacity : style.fillOpacity);
      const kind = el.closest('.marker')?.getAttribute('data-event-kind');
      const part = kind
        ? `marker ${kind}`
        : (el.closest('.playhead') ? 'playhead ' : 'track ') + el.tagName;
      return {
        part,
        kind: kind ?? null,
        paint: rgb(line ? style.stroke : style.fill),
        alpha: Number(style.opacity) * opacity,
        back: rgb(bg),
      };
    });
  });
  const parts = painted.map((p) => ({
    part: p.part,
    kind: p.kind,
    ratio: contrastRatio(over(p.paint, p.alpha, p.back), p.back),
  }));
  const worst = parts.reduce((a, b) => (b.ratio < a.ratio ? b : a));
  console.log(
    `time slider ${state}: ${parts.length} parts, lowest ${worst.ratio.toFixed(2)}:1 (${worst.part})`,
  );
  const low = [
    ...new Set(parts.filter((p) => p.ratio < 3).map((p) => `${p.part} ${p.ratio.toFixed(2)}:1`)),
  ];
  expect.soft(low, `time slider track, thumb and event markers below 3:1 on ${state}`).toEqual([]);
  for (const needed of ['track line', 'playhead line', 'playhead path'])
    expect(
      parts.some((p) => p.part === needed),
      `${needed} on ${state}`,
    ).toBe(true);
  return new Set(parts.flatMap((p) => (p.kind ? [p.kind] : [])));
}

async function openSim(page: Page, url: string): Promise<void> {
  await page.goto(`${url}#/sim`);
  await expect(page.getByRole('slider', { name: 'Model time' })).toBeVisible({ timeout: 150_000 });
  await expect(page.getByRole('region', { name: 'Charts' }).getByRole('img').first()).toBeVisible({
    timeout: 60_000,
  });
}

/** Runs `each` in the light theme, then the projector theme, and leaves the light theme on. */
async function inBothThemes(page: Page, each: (theme: string) => Promise<void>): Promise<void> {
  const projector = page.getByRole('button', { name: 'Projector theme' });
  for (const theme of ['light', 'projector']) {
    if ((await projector.getAttribute('aria-pressed')) !== String(theme === 'projector'))
      await projector.click();
    const html = expect(page.locator('html'));
    await (theme === 'projector' ? html : html.not).toHaveAttribute('data-theme', 'projector');
    await each(theme);
  }
  await projector.click();
}

test.describe('the simulation view', () => {
  // A laptop's window: the presentation style sizes its text by the window's height.
  test.use({ viewport: { width: 1280, height: 720 } });

  test('labels over the drawing, still and zoomed to structures, in both themes', async ({
    page,
    web,
    browser,
  }) => {
    await openSim(page, web.url);
    // A moment inside a feed, so the drawing shows milk and hormones.
    await page.getByRole('slider', { name: 'Model time' }).focus();
    await page.keyboard.press(']');
    await page.keyboard.press(']');
    await inBothThemes(page, async (theme) => {
      const control = theme === 'light';
      await measure(page, browser, `simulation, ${theme}`, { least: 30, control });
      // Zoomed to a structure, its labels beside the drawn parts (zoom jumps: reduced motion).
      // Zoomed to the cells (Lactocytes) the drawing names nothing, so no cell-level part here.
      const stage = page.locator('.anatomy-stage');
      const list = page.getByRole('navigation', { name: 'Structures and hormones' });
      for (const part of ['Nipple', 'Lobule', 'Hypothalamus']) {
        await list.getByRole('button', { name: part, exact: true }).click();
        await expect
          .poll(async () => Number(await stage.getAttribute('data-zoom')))
          .toBeGreaterThan(1.5);
        await measure(page, browser, `simulation zoomed to ${part}, ${theme}`, {
          least: 1,
          within: '.anatomy-view',
        });
      }
      await page.getByRole('button', { name: 'Fit the whole drawing' }).click();
      await expect(stage).toHaveAttribute('data-zoom', '1.00');
    });
  });

  test('labels over the moving milk and hormones of a let-down, in both themes', async ({
    page,
    web,
    browser,
  }) => {
    // Motion on: hormone particles travel and milk flows behind the labels.
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await openSim(page, web.url);
    await page.getByLabel('Zoom the timeline').selectOption({ label: 'Feed (30 min)' });
    const slider = page.getByRole('slider', { name: 'Model time' });
    await slider.focus();
    const narration = page.getByTestId('narration');
    for (let i = 0; i < 60 && !/Milk ejection/.test((await narration.textContent()) ?? ''); i++) {
      await page.keyboard.press(']');
    }
    await expect(narration).toContainText('Milk ejection');
    // A few steps on, the oxytocin is on its way and the milk is moving.
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await expect(page.locator('.particles[data-motion="moving"] *').first()).toBeAttached();
    await inBothThemes(page, (theme) =>
      measure(page, browser, `simulation during a let-down, ${theme}`, { least: 30 }),
    );
  });

  test('the charts in both styles and a fork and compare, with their lines and playhead', async ({
    page,
    web,
    browser,
  }) => {
    await openSim(page, web.url);
    const charts = page.getByRole('region', { name: 'Charts' });
    // Every chart the panel can show (and export), in each style, in each theme.
    for (const box of await charts
      .getByRole('group', { name: 'Charts' })
      .getByRole('checkbox')
      .all())
      await box.check();
    await inBothThemes(page, async (theme) => {
      for (const style of ['Print', 'Presentation']) {
        await charts.getByRole('radio', { name: style }).check();
        await expect(
          charts.locator(`svg.chart-svg[data-style="${style.toLowerCase()}"]`).first(),
        ).toBeVisible();
        await measure(page, browser, `charts, ${style.toLowerCase()} style, ${theme}`, {
          least: 40,
        });
        await indicators(page, `charts, ${style.toLowerCase()} style, ${theme}`, 6);
      }
    });
    const compare = page.getByRole('region', { name: 'Compare' });
    await compare.getByRole('button', { name: 'Fork and compare' }).click();
    await expect(compare.getByRole('table')).toBeVisible({ timeout: 60_000 });
    await inBothThemes(page, async (theme) => {
      for (const style of ['Print', 'Presentation']) {
        await charts.getByRole('radio', { name: style }).check();
        await measure(page, browser, `fork and compare, ${style.toLowerCase()} style, ${theme}`, {
          least: 25,
        });
        await indicators(page, `fork and compare, ${style.toLowerCase()} style, ${theme}`, 6);
      }
    });
  });
  test("the time slider's track, thumb and event markers, in both themes", async ({
    page,
    web,
  }) => {
    const seen = new Set<string>();
    // The first days: the placenta, the milk coming in; a feed, zoomed: its latch, nerve
    // signal, hormone releases and let-down.
    await page.goto(`${web.url}#/sim/b_first-five-days`);
    const slider = page.getByRole('slider', { name: 'Model time' });
    await expect(slider).toBeVisible({ timeout: 150_000 });
    await inBothThemes(page, async (theme) => {
      for (const k of await timelineParts(page, `first five days, ${theme}`)) seen.add(k);
    });
    await openSim(page, web.url);
    await page.getByLabel('Zoom the timeline').selectOption({ label: 'Feed (30 min)' });
    await slider.focus();
    await page.keyboard.press(']');
    await page.keyboard.press(']');
    await inBothThemes(page, async (theme) => {
      for (const k of await timelineParts(page, `a feed, ${theme}`)) seen.add(k);
    });
    for (const kind of [
      'latch',
      'ejectionStart',
      'oxytocinPulse',
      'prolactinRelease',
      'milkComesIn',
      'placentaDelivered',
    ])
      expect(seen, `a ${kind} marker measured`).toContain(kind);
  });
});

test.describe('presenting a lesson', () => {
  // A projector's size; a presentation is always in the projector theme (useProjectorTheme).
  test.use({ viewport: { width: 1280, height: 720 } });

  test('the audience and presenter views of beats with charts', async ({ page, web, browser }) => {
    await page.goto(web.url);
    await expect(page.getByText(/edition · data:/)).toBeVisible();
    await page.goto(`${web.origin}/#/present/lb_let-down-reflex`);
    const audience = page.getByRole('region', { name: 'Audience view' });
    await expect(audience.getByText('Beat 1 of 8')).toBeVisible({ timeout: 60_000 });
    const { popup, presenter } = await openPresenterView(page);
    await expect(presenter.getByRole('img', { name: /Breast anatomy/ })).toBeVisible({
      timeout: 60_000,
    });
    await page.bringToFront();
    // Beat 1: the hormones chart beside the drawing zoomed to the hypothalamus; beat 5: two
    // charts beside the whole drawing during the let-down.
    for (const beat of [1, 5]) {
      await page.keyboard.press(String(beat));
      await page.keyboard.press('Enter');
      await expect(audience.getByText(`Beat ${beat} of 8`)).toBeVisible({ timeout: 30_000 });
      await expect(audience.locator('figure.beat-chart svg[data-style]').first()).toBeVisible({
        timeout: 30_000,
      });
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
      await measure(page, browser, `audience view, beat ${beat}`, { least: 15 });
      await indicators(page, `audience view, beat ${beat}`, 2);
      await expect(presenter.getByText(`Beat ${beat} of 8`).first()).toBeVisible();
      await expect(presenter.locator('figure.beat-chart svg[data-style]').first()).toBeVisible();
      await measure(popup, browser, `presenter view, beat ${beat}`, { least: 15 });
      await indicators(popup, `presenter view, beat ${beat}`, 2);
    }
  });
});

test.describe('the parent view', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test("the what-if charts in English and Spanish; the drawing's labels stay hidden", async ({
    page,
    web,
    browser,
  }) => {
    await page.goto(`${web.url}#/parent/b_typical-feed-6-weeks`);
    await expect(page.getByRole('region', { name: 'Walkthrough' })).toBeVisible({
      timeout: 60_000,
    });
    await page.getByText('What if…').click();
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    const result = page.getByTestId('what-if-result');
    await expect(result).toBeVisible({ timeout: 120_000 });
    // The parent's drawing names three parts in the list under it, not in the drawing.
    await expect(page.locator('.parent-stage .anatomy-stage text:visible')).toHaveCount(0);
    await inBothThemes(page, (theme) =>
      measure(page, browser, `parent view what-if charts, ${theme}`, { least: 10 }),
    );
    // Spanish words are longer ("Leche que tu cuerpo puede producir").
    await page.getByRole('combobox', { name: 'Language for the family' }).selectOption('es');
    await expect(page.getByRole('region', { name: 'Recorrido' })).toBeVisible();
    await inBothThemes(page, (theme) =>
      measure(page, browser, `parent view what-if charts in Spanish, ${theme}`, { least: 10 }),
    );
  });
});

test('the chart focus ring is at least 3:1 against its background in both themes', async ({
  page,
  web,
}) => {
  await page.goto(`${web.url}#/sim`);
  const figure = page.locator('.chart-figure').first();
  await expect(figure).toBeVisible({ timeout: 150_000 });
  await inBothThemes(page, async (theme) => {
    await figure.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(figure).toBeFocused();
    const ring = await figure.evaluate((el) => {
      const rgb = (s: string) => (s.match(/[\d.]+/g) ?? []).map(Number);
      const style = getComputedStyle(el);
      if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2) return null;
      // The ring sits outside the figure: its background is the nearest painted ancestor's.
      let node: Element | null = el.parentElement;
      let bg = 'rgba(0, 0, 0, 0)';
      while (node) {
        bg = getComputedStyle(node).backgroundColor;
        if (rgb(bg)[3] !== 0) break;
        node = node.parentElement;
      }
      return { outline: rgb(style.outlineColor), back: rgb(bg) };
    });
    const ratio = ring ? contrastRatio(ring.outline, ring.back) : 0;
    console.log(`chart focus ring, ${theme}: ${ratio.toFixed(2)}:1`);
    expect(ratio, `chart focus ring in the ${theme} theme`).toBeGreaterThanOrEqual(3);
  });
});
