// Contrast of the words drawn in SVG over the anatomy drawing and the charts, measured against
// what is actually behind each label (axe cannot decide these), in both themes; and the chart's
// focus ring against its background in the projector theme.
//
// Three screenshots of the same still frame: as drawn; with every label's fill transparent (what
// is behind the glyphs, halos included); with every fill magenta (which pixels are glyph
// interior). For each label, each interior pixel gives the contrast of the drawn text colour
// against the background at that pixel; the label's contrast is the 5th percentile of those
// (a stray pixel of a line under a letter does not decide it, a background that is mostly poor
// does). WCAG 1.4.3: 4.5:1, or 3:1 for large text (24 px, or 18.66 px bold).
import type { Browser, Page } from '@playwright/test';
import { test, expect } from './fixtures';

test.describe.configure({ timeout: 240_000 });
test.use({ viewport: { width: 1400, height: 2200 }, reducedMotion: 'reduce' });

interface Label {
  text: string;
  x: number;
  y: number;
  w: number;
  h: number;
  large: boolean;
}

const LABELS = '.anatomy-view svg text, .chart-figure svg text';

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

/** Every visible label over the drawing and charts, as boxes in screenshot pixels. */
async function labels(page: Page): Promise<Label[]> {
  return page.evaluate((sel) => {
    const out: Label[] = [];
    for (const el of Array.from(document.querySelectorAll<SVGTextElement>(sel))) {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (r.width < 2 || r.height < 2 || style.visibility === 'hidden') continue;
      if (r.bottom < 0 || r.top > innerHeight || r.right < 0 || r.left > innerWidth) continue;
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
    async ({ shots, boxes }) => {
      const pixels = async (b64: string) => {
        const bitmap = await createImageBitmap(
          new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' }),
        );
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(bitmap, 0, 0);
        return { w: bitmap.width, data: ctx.getImageData(0, 0, bitmap.width, bitmap.height).data };
      };
      const [drawn, behind, mask] = await Promise.all([
        pixels(shots.drawn),
        pixels(shots.behind),
        pixels(shots.mask),
      ]);
      const lin = (c: number) => {
        const s = c / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      const lum = (d: Uint8ClampedArray, i: number) =>
        0.2126 * lin(d[i]!) + 0.7152 * lin(d[i + 1]!) + 0.0722 * lin(d[i + 2]!);
      return boxes.map((b) => {
        const found: number[] = [];
        for (let y = Math.floor(b.y); y < Math.ceil(b.y + b.h); y++) {
          for (let x = Math.floor(b.x); x < Math.ceil(b.x + b.w); x++) {
            const i = (y * mask.w + x) * 4;
            const m = mask.data;
            if (!(m[i]! > 245 && m[i + 1]! < 10 && m[i + 2]! > 245)) continue;
            const a = lum(drawn.data, i);
            const c = lum(behind.data, i);
            found.push((Math.max(a, c) + 0.05) / (Math.min(a, c) + 0.05));
          }
        }
        if (found.length === 0) return NaN;
        found.sort((p, q) => p - q);
        return found[Math.floor(found.length * 0.05)]!;
      });
    },
    { shots, boxes },
  );
  await calc.close();
  return ratios;
}

async function measure(page: Page, browser: Browser, state: string, control = false) {
  if (control) {
    // A control label, pale grey on the chart: the method must find it too low.
    // Pale grey in an SVG of its own above the first chart, clear of every other label.
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
  const boxes = await labels(page);
  expect(boxes.length, `labels on ${state}`).toBeGreaterThan(5);
  const drawn = await shot(page, null);
  const behind = await shot(page, 'transparent');
  const mask = await shot(page, '#ff00ff');
  const ratios = await contrasts(browser, { drawn, behind, mask }, boxes);
  const all = boxes.map((b, i) => ({ ...b, ratio: ratios[i]! }));
  if (control) {
    const probe = all.find((m) => m.text === 'CONTROL LABEL');
    expect(probe?.ratio, 'the control label is measured as too low').toBeLessThan(2);
    await page.evaluate(() => document.querySelector('[data-control]')?.remove());
  }
  const measured = all.filter((m) => m.text !== 'CONTROL LABEL');
  const checked = measured.filter((m) => Number.isFinite(m.ratio));
  // Nearly every label has interior pixels to measure; one hidden under another is not measured.
  expect(checked.length, `measured labels on ${state}`).toBeGreaterThan(boxes.length * 0.8);
  const low = checked
    .filter((m) => m.ratio < (m.large ? 3 : 4.5))
    .map((m) => `"${m.text}" ${m.ratio.toFixed(2)}:1${m.large ? ' (large)' : ''}`);
  const worst = Math.min(...checked.map((m) => m.ratio));
  console.log(`contrast ${state}: ${checked.length} labels, lowest ${worst.toFixed(2)}:1`);
  expect.soft(low, `labels below WCAG 1.4.3 on ${state}`).toEqual([]);
}

test('labels over the drawing and the charts hold 4.5:1 (3:1 large) in both themes', async ({
  page,
  web,
  browser,
}) => {
  await page.goto(`${web.url}#/sim`);
  await expect(page.getByRole('slider', { name: 'Model time' })).toBeVisible({ timeout: 150_000 });
  await expect(page.getByRole('region', { name: 'Charts' }).getByRole('img').first()).toBeVisible({
    timeout: 60_000,
  });
  // A moment inside a feed, so the drawing shows milk and hormones.
  await page.getByRole('slider', { name: 'Model time' }).focus();
  await page.keyboard.press(']');
  await page.keyboard.press(']');
  await measure(page, browser, 'simulation', true);
  await page.getByRole('button', { name: 'Projector theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
  await measure(page, browser, 'simulation, projector theme');
  await page.getByRole('button', { name: 'Projector theme' }).click();
});

test('the chart focus ring is at least 3:1 against its background in both themes', async ({
  page,
  web,
}) => {
  await page.goto(`${web.url}#/sim`);
  const figure = page.locator('.chart-figure').first();
  await expect(figure).toBeVisible({ timeout: 150_000 });
  for (const theme of ['light', 'projector']) {
    if (theme === 'projector') await page.getByRole('button', { name: 'Projector theme' }).click();
    await figure.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(figure).toBeFocused();
    const ratio = await figure.evaluate((el) => {
      const rgb = (s: string) => (s.match(/[\d.]+/g) ?? []).map(Number);
      const lin = (c: number) => {
        const s = c / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      const lum = ([r = 0, g = 0, b = 0]: number[]) =>
        0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
      const style = getComputedStyle(el);
      if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2) return 0;
      // The ring sits outside the figure: its background is the nearest painted ancestor's.
      let node: Element | null = el.parentElement;
      let bg = 'rgba(0, 0, 0, 0)';
      while (node) {
        bg = getComputedStyle(node).backgroundColor;
        if (rgb(bg)[3] !== 0) break;
        node = node.parentElement;
      }
      const a = lum(rgb(style.outlineColor));
      const b = lum(rgb(bg));
      return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    });
    console.log(`chart focus ring, ${theme}: ${ratio.toFixed(2)}:1`);
    expect(ratio, `chart focus ring in the ${theme} theme`).toBeGreaterThanOrEqual(3);
  }
});
