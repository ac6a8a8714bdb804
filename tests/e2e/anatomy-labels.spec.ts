// The anatomy drawing's labels at any zoom: the same size on screen, whole inside the drawing,
// and never under the event box, the "Look at:" badge or the zoom buttons.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { LESSON_SLUGS, lessonFile } from './lesson-files';

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
interface LabelOnScreen {
  text: string;
  fontPx: number;
  rect: Rect;
}
interface Drawing {
  stage: Rect;
  labels: LabelOnScreen[];
  /** The overlays the labels must keep clear of. */
  overlays: Rect[];
}

async function drawing(page: Page): Promise<Drawing> {
  return page.evaluate(() => {
    const rectOf = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const stage = document.querySelector('.anatomy-stage')!;
    const labels = Array.from(stage.querySelectorAll<SVGTextElement>('.labels text')).map((t) => ({
      text: t.textContent ?? '',
      // Whatever transforms lie above the text, this is its size on screen.
      fontPx: parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 1),
      rect: rectOf(t),
    }));
    const overlays = Array.from(
      document.querySelectorAll('.anatomy-view .anatomy-overlay > *, .anatomy-view .zoom-controls'),
    )
      .map(rectOf)
      .filter((r) => r.right > r.left && r.bottom > r.top);
    return { stage: rectOf(stage), labels, overlays };
  });
}

const inside = (r: Rect, box: Rect) =>
  r.left >= box.left - 0.5 &&
  r.right <= box.right + 0.5 &&
  r.top >= box.top - 0.5 &&
  r.bottom <= box.bottom + 0.5;
const apart = (a: Rect, b: Rect) =>
  a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;

function expectClear(d: Drawing, where: string) {
  for (const l of d.labels) {
    expect(inside(l.rect, d.stage), `${where}: "${l.text}" cut at the drawing's edge`).toBe(true);
    for (const o of d.overlays) {
      expect(apart(l.rect, o), `${where}: "${l.text}" under an overlay`).toBe(true);
    }
  }
}

test.use({ viewport: { width: 1280, height: 720 } });

test('labels keep their size at any zoom, stay whole and clear of the zoom buttons and the event box', async ({
  page,
  web,
}) => {
  test.setTimeout(120_000);
  // Zoom moves jump rather than animate, so each measurement sees the zoom it asked for.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${web.url}#/sim`);
  const stage = page.locator('.anatomy-stage');
  await expect(page.getByRole('img', { name: /Breast anatomy/ })).toBeVisible({ timeout: 60_000 });

  const full = await drawing(page);
  expect(full.labels.map((l) => l.text)).toEqual(
    expect.arrayContaining(['Lobe', 'Nipple', 'Hypothalamus', 'Lactocytes', 'Bloodstream']),
  );
  expectClear(full, 'full view');
  const sizeAtFull = new Map(full.labels.map((l) => [l.text, l.fontPx]));

  // Zoomed about 3× near the brain inset, then about 9× on the hypothalamus, whose label then
  // stands far off screen and must be brought inside.
  const box = (await stage.boundingBox())!;
  const reset = page.getByRole('button', { name: 'Fit the whole drawing' });
  const fit = async () => {
    if (await reset.isEnabled()) await reset.click();
    await expect(stage).toHaveAttribute('data-zoom', '1.00');
  };
  for (const [fx, fy, k] of [
    [0.75, 0.3, 4],
    [1288 / 1600, 278 / 1000, 16],
  ] as const) {
    await fit();
    await page.mouse.move(box.x + box.width * fx, box.y + box.height * fy);
    await page.mouse.wheel(0, -400 * Math.log2(k));
    await expect
      .poll(async () => Number(await stage.getAttribute('data-zoom')))
      .toBeGreaterThan(k / 2);
    const zoomed = await drawing(page);
    expect(zoomed.labels.map((l) => l.text)).toContain('Hypothalamus');
    expectClear(zoomed, `zoomed ${await stage.getAttribute('data-zoom')}×`);
    for (const l of zoomed.labels) {
      const before = sizeAtFull.get(l.text);
      if (before !== undefined) expect(l.fontPx, l.text).toBeCloseTo(before, 1);
    }
  }

  // The event box: step to the first milk ejection so the drawing narrates it.
  await fit();
  await page.getByLabel('Zoom the timeline').selectOption({ label: 'Feed (30 min)' });
  await page.getByRole('slider', { name: 'Model time' }).focus();
  const narration = page.getByTestId('narration');
  for (let i = 0; i < 60 && !/Milk ejection/.test((await narration.textContent()) ?? ''); i++) {
    await page.keyboard.press(']');
  }
  await expect(narration).toContainText('Milk ejection');
  const narrated = await drawing(page);
  // The event box and the zoom buttons are both measured.
  expect(narrated.overlays.length).toBeGreaterThanOrEqual(2);
  expectClear(narrated, 'with the event box');
  await page.screenshot({ path: 'test-results/screens/anatomy-labels-narration-1280.png' });
});

test('in the audience view, a zoomed beat keeps its labels whole and clear of the "Look at:" badge', async ({
  page,
  web,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(web.url);
  await expect(page.getByText(/edition · data:/)).toBeVisible();
  await page.goto(`${web.origin}/#/present/lb_let-down-reflex`);
  const audience = page.getByRole('region', { name: 'Audience view' });
  await expect(audience.getByText('Beat 1 of 8')).toBeVisible({ timeout: 30_000 });
  await page.keyboard.press('ArrowRight');
  await expect(audience.getByText('Latch: nerve endings fire')).toBeVisible();
  await expect(audience.getByText('Look at: Nipple')).toBeVisible();
  const stage = audience.locator('.anatomy-stage');
  await expect
    .poll(async () => Number(await stage.getAttribute('data-zoom')), { timeout: 30_000 })
    .toBeGreaterThan(1.5);
  const d = await drawing(page);
  expect(d.labels.map((l) => l.text)).toContain('Nipple');
  expect(d.overlays.length).toBeGreaterThanOrEqual(1);
  expectClear(d, 'beat zoomed to the nipple');
  await page.screenshot({ path: 'test-results/screens/anatomy-labels-beat-1280.png' });
});

/** A hormone is not a place in the drawing: its beat shows the whole drawing with it highlighted. */
const HORMONES = new Set(['prolactin', 'oxytocin', 'progesterone']);
/** The label that names what a beat looks at, any of these (by the drawing's mode). */
const NAMES: Record<string, string[]> = {
  alveolus: ['Alveolus'],
  lactocyte: ['Lactocytes'],
  'myoepithelial-cell': ['Myoepithelial cells'],
  lobule: ['Lobule'],
  lobe: ['Lobe'],
  duct: ['Duct (one per lobe)', 'Main duct'],
  sinus: ['Milk sinus'],
  nipple: ['Nipple'],
  nerve: ['Nerve path (spinal cord)'],
  hypothalamus: ['Hypothalamus'],
  pituitary: ['Anterior pituitary', 'Posterior pituitary'],
};

test('every zoomed beat of the built-in lessons names what it looks at, whole and clear of overlays', async ({
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
    const zoomed = lesson.beats.flatMap((b, i) =>
      b.view.zoom !== null && !HORMONES.has(b.view.zoom) ? [i] : [],
    );
    if (zoomed.length === 0) continue;
    await page.goto(`${web.origin}/#/present/lb_${slug}`);
    const audience = page.getByRole('region', { name: 'Audience view' });
    const stage = audience.locator('.anatomy-stage');
    for (let i = 0; i < lesson.beats.length; i++) {
      await expect(audience.getByText(`Beat ${i + 1} of ${lesson.beats.length}`)).toBeVisible({
        timeout: 30_000,
      });
      const part = lesson.beats[i]!.view.zoom;
      if (part !== null && zoomed.includes(i)) {
        const where = `${slug} beat ${i + 1} (${part})`;
        const names = NAMES[part];
        expect(names, `${where}: no label known for this focus`).toBeDefined();
        await expect(audience.getByText(/^Look at:/)).toBeVisible();
        // The beat's framing has settled when two readings a moment apart agree (a structure as
        // wide as all the ducts is framed at barely more than the whole drawing).
        let d = await drawing(page);
        await expect
          .poll(async () => {
            const before = await stage.getAttribute('data-zoom');
            await page.waitForTimeout(250);
            d = await drawing(page);
            return before === (await stage.getAttribute('data-zoom'));
          })
          .toBe(true);
        const shown = d.labels.map((l) => l.text);
        expect(
          shown.some((text) => names!.includes(text)),
          `${where}: labels shown ${shown.join(', ')}`,
        ).toBe(true);
        expectClear(d, where);
        if (part === 'alveolus' && slug === 'how-milk-is-made') {
          // "Milk is made in the alveoli, by lactocytes": both are named.
          expect(shown).toEqual(expect.arrayContaining(['Alveolus', 'Lactocytes']));
          await page.screenshot({ path: 'test-results/screens/anatomy-labels-alveolus-1280.png' });
        }
        checked++;
      }
      if (i < Math.max(...zoomed)) await page.keyboard.press('ArrowRight');
      else break;
    }
  }
  expect(checked).toBeGreaterThanOrEqual(10);
});

test('in the simulation view, zooming to an alveolus from the structure list names its cells', async ({
  page,
  web,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${web.url}#/sim`);
  const stage = page.locator('.anatomy-stage');
  await expect(page.getByRole('img', { name: /Breast anatomy/ })).toBeVisible({ timeout: 60_000 });
  await page
    .getByRole('navigation', { name: 'Structures and hormones' })
    .getByRole('button', { name: 'Alveolus' })
    .click();
  await expect(stage).toHaveAttribute('aria-label', /showing cells/);
  await expect
    .poll(async () => (await drawing(page)).labels.map((l) => l.text))
    .toEqual(expect.arrayContaining(['Alveolus', 'Lactocytes', 'Myoepithelial cells']));
  expectClear(await drawing(page), 'simulation view zoomed to an alveolus');
});
