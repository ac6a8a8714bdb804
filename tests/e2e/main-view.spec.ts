// The main view in the web edition: anatomy drawn from the simulated trace of a built-in case,
// the timeline and its keyboard map, glossary and evidence cards, the ultrasound view, reduced
// motion, the projector theme, parameters, and screenshots for looking at on a projector.
import type { Page } from '@playwright/test';
import { test, expect, type WebEdition } from './fixtures';

test.describe.configure({ timeout: 180_000 });

async function openSim(page: Page, web: WebEdition) {
  await page.goto(web.url);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Simulation' })
    .click();
  const slider = page.getByRole('slider', { name: 'Model time' });
  await expect(slider).toBeVisible({ timeout: 150_000 });
  return slider;
}

const now = async (page: Page) =>
  Number(await page.getByRole('slider', { name: 'Model time' }).getAttribute('aria-valuenow'));

async function stepToEjection(page: Page, ordinal?: number) {
  // Zoom to one feed so arrow steps are seconds, not minutes.
  await page.getByLabel('Zoom the timeline').selectOption({ label: 'Feed (30 min)' });
  const slider = page.getByRole('slider', { name: 'Model time' });
  await slider.focus();
  const pattern = new RegExp(
    `Milk ejection ${ordinal ?? '\\d+'} started: oxytocin above threshold`,
  );
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press(']');
    const text = (await page.getByTestId('narration').textContent()) ?? '';
    if (pattern.test(text)) return;
  }
  throw new Error('no milk ejection reached with ]');
}

test('draws the anatomy with every structure and follows the trace as the feed is scrubbed', async ({
  page,
  web,
}) => {
  const slider = await openSim(page, web);
  const anatomy = page.getByRole('img', { name: /^Breast anatomy/ });
  await expect(anatomy).toBeVisible();
  const lobes = await page.locator('[data-part="lobe"]').count();
  expect(lobes).toBeGreaterThanOrEqual(15);
  expect(lobes).toBeLessThanOrEqual(20);
  for (const part of [
    'lobule',
    'alveolus',
    'duct',
    'sinus',
    'nipple',
    'areola',
    'montgomery-gland',
    'pituitary',
    'nerve',
  ]) {
    expect(await page.locator(`[data-part="${part}"]`).count(), part).toBeGreaterThan(0);
  }
  // Ejection markers come from the trace's events.
  expect(await page.locator('[data-event-kind="ejectionStart"]').count()).toBeGreaterThan(0);

  const closeUp = page.locator('.close-up [data-part="alveolus"]');
  const fillAt = async () => Number(await closeUp.getAttribute('data-fill'));
  await slider.focus();
  await page.keyboard.press('Home');
  const before = await fillAt();
  const lobeBefore = await page.locator('[data-part="lobe"]').first().getAttribute('data-fill');
  // After the feed the breast is emptier than before it.
  const end = Number(await slider.getAttribute('aria-valuemax'));
  const sessionEnd = page.locator('[data-event-kind="sessionEnd"]').first();
  const afterFeed = (await sessionEnd.count())
    ? Number(await sessionEnd.getAttribute('data-event-time'))
    : end;
  await page.getByRole('slider', { name: 'Model time' }).click({ position: { x: 2, y: 40 } });
  expect(await now(page)).toBeLessThan(end / 10);
  while ((await now(page)) < afterFeed) await page.keyboard.press('ArrowRight');
  const after = await fillAt();
  expect(after).toBeLessThan(before);
  expect(await page.locator('[data-part="lobe"]').first().getAttribute('data-fill')).not.toBe(
    lobeBefore,
  );

  // The baby's intake counter has risen.
  const intake = Number(await page.locator('[data-intake]').getAttribute('data-intake'));
  expect(intake).toBeGreaterThan(0);
});

test('stepping past an ejection narrates it and the myoepithelial cells squeeze', async ({
  page,
  web,
}) => {
  await openSim(page, web);
  await stepToEjection(page, 1);
  await expect(page.getByTestId('narration')).toHaveText(
    'Milk ejection 1 started: oxytocin above threshold',
  );
  const t = await now(page);
  const marker = page.locator('[data-event-kind="ejectionStart"]').first();
  expect(Math.abs(Number(await marker.getAttribute('data-event-time')) - t)).toBeLessThanOrEqual(1);
  // A little into the ejection the cells contract.
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(page.locator('.close-up [data-part="alveolus"]')).not.toHaveAttribute(
    'data-squeeze',
    '0.00',
  );
  await expect(page.locator('.myo-active')).toHaveCount(1);
});

test('keyboard: Space plays and pauses, arrows step, [ ] jump events, + and − change speed', async ({
  page,
  web,
}) => {
  const slider = await openSim(page, web);
  await slider.focus();
  const t0 = await now(page);
  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect.poll(() => now(page)).toBeGreaterThan(t0);
  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();

  // Each key's move is awaited (polled): on a busy machine the slider's value can lag the key.
  const t1 = await now(page);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => now(page)).toBeGreaterThan(t1);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(async () => Math.abs((await now(page)) - t1)).toBeLessThan(5);

  await page.keyboard.press(']');
  await expect.poll(() => now(page)).toBeGreaterThan(t1);
  const next = await now(page);
  await page.keyboard.press(']');
  await expect.poll(() => now(page)).toBeGreaterThan(next);
  await page.keyboard.press('[');
  await expect.poll(() => now(page)).toBe(next);

  // A day plays at the speed that follows the action; + and − leave it for the fixed speeds.
  const speed = page.locator('.speed-value');
  await expect(speed).toHaveAttribute('data-follows-action', 'true');
  const s0 = Number(await speed.getAttribute('data-speed'));
  await page.keyboard.press('+');
  await expect(speed).not.toHaveAttribute('data-follows-action');
  const s1 = Number(await speed.getAttribute('data-speed'));
  expect(s1).toBeGreaterThan(s0);
  await page.keyboard.press('-');
  expect(Number(await speed.getAttribute('data-speed'))).toBeLessThan(s1);
  await page.getByRole('button', { name: 'Follow the action' }).click();
  await expect(speed).toHaveAttribute('data-follows-action', 'true');

  // The buttons carry the same actions.
  await page.getByRole('button', { name: 'Next event' }).click();
  await expect.poll(() => now(page)).toBeGreaterThan(next);
  const later = await now(page);
  await page.getByRole('button', { name: 'Previous event' }).click();
  await expect.poll(() => now(page)).toBeLessThan(later);
});

test('structures open glossary cards with sources and evidence, by keyboard and by click', async ({
  page,
  web,
}) => {
  await openSim(page, web);
  const list = page.getByRole('navigation', { name: 'Structures and hormones' });
  await list.getByRole('button', { name: 'Milk sinus' }).focus();
  const card = page.locator('.glossary-card');
  await expect(card.getByRole('heading', { level: 2 })).toHaveText(
    'Milk sinus (lactiferous sinus)',
  );
  await expect(card).toContainText('Sources:');
  await expect(card).toContainText('Ramsay et al. 2005');
  const sinusCard = card.getByRole('region', { name: /Evidence: Milk sinuses store milk/ });
  await expect(sinusCard).toContainText('unsupported');
  await expect(sinusCard).toContainText('contradicted by ultrasound');
  await expect(page.locator('.anatomy-stage')).toHaveAttribute('data-highlight', 'sinus');

  // The arrow keys move through the list (one tab stop): every structure is reachable by keyboard.
  await page.keyboard.press('ArrowRight');
  await expect(card.getByRole('heading', { level: 2 })).toHaveText('Nipple');
  await expect(list.getByRole('button', { name: 'Nipple' })).toBeFocused();

  // The 80/20 rule appears as an evidence card on the baby's intake.
  await page.locator('.intake').click();
  await expect(card).toContainText('80/20');
  await expect(card).toContainText('contested');
  await expect(card).toContainText('a heuristic');

  // A click on the drawing opens the card of what was clicked.
  await page.locator('[data-part="pituitary"]').first().click({ force: true });
  await expect(card.getByRole('heading', { level: 2 })).toHaveText('Pituitary gland');
  await list.getByRole('button', { name: 'Oxytocin' }).focus();
  await expect(card).toContainText('triangles');
});

test('the ultrasound view has about 9 main ducts, no sinuses, and says how it differs', async ({
  page,
  web,
}) => {
  await openSim(page, web);
  await expect(page.locator('[data-part="sinus"]')).toHaveCount(18);
  await page.getByRole('button', { name: 'Ultrasound view' }).click();
  await expect(page.getByRole('img', { name: /^Breast anatomy, ultrasound view/ })).toBeVisible();
  await expect(page.locator('[data-part="sinus"]')).toHaveCount(0);
  await expect(page.locator('[data-part="duct"]')).toHaveCount(9);
  await expect(page.locator('.mode-note')).toContainText('Ramsay');
  await expect(page.locator('.mode-note')).toContainText('no milk sinuses');
  await expect(
    page
      .getByRole('navigation', { name: 'Structures and hormones' })
      .getByRole('button', { name: 'Milk sinus' }),
  ).toHaveCount(0);
});

async function particlePositions(page: Page): Promise<Map<string, string>> {
  const rows = await page
    .locator('[data-hormone][data-id]')
    .evaluateAll((els) =>
      els.map((el) => [
        `${el.getAttribute('data-hormone')}:${el.getAttribute('data-id')}`,
        el.getAttribute('transform') ?? '',
      ]),
    );
  return new Map(rows as [string, string][]);
}

async function movedWhilePlaying(page: Page): Promise<{ shared: number; moved: number }> {
  await stepToEjection(page);
  await page.getByRole('button', { name: 'Play' }).click();
  await page.waitForTimeout(400);
  const a = await particlePositions(page);
  await page.waitForTimeout(700);
  const b = await particlePositions(page);
  await page.getByRole('button', { name: 'Pause' }).click();
  let shared = 0;
  let moved = 0;
  for (const [key, pos] of a) {
    const later = b.get(key);
    if (later === undefined) continue;
    shared++;
    if (later !== pos) moved++;
  }
  return { shared, moved };
}

test('particles move while playing, and not at all under reduced motion', async ({ page, web }) => {
  await openSim(page, web);
  const normal = await movedWhilePlaying(page);
  expect(normal.shared).toBeGreaterThan(0);
  expect(normal.moved).toBeGreaterThan(0);

  await page.emulateMedia({ reducedMotion: 'reduce' });
  await expect(page.locator('.particles')).toHaveAttribute('data-motion', 'static');
  const reduced = await movedWhilePlaying(page);
  expect(reduced.shared).toBeGreaterThan(0);
  expect(reduced.moved).toBe(0);
});

test('the projector theme toggles and is high contrast', async ({ page, web }) => {
  await openSim(page, web);
  const toggle = page.getByRole('button', { name: 'Projector theme' });
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(bg).toBe('rgb(0, 0, 0)');
  await toggle.click();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', 'projector');
});

test('editing a parameter re-simulates and a value out of range is explained next to its field', async ({
  page,
  web,
}) => {
  await openSim(page, web);
  await page.getByText('Case parameters').click();
  const field = page.getByRole('spinbutton', { name: 'Storage capacity, left breast (mL)' });
  await field.fill('20');
  await expect(field).toHaveAttribute('aria-invalid', 'true', { timeout: 150_000 });
  const message = page.locator(`[id="${await field.getAttribute('aria-describedby')}"]`);
  await expect(message).toHaveText(
    'Storage capacity, left breast: must be between 50 and 700 mL (got 20)',
  );
  await field.fill('300');
  await expect(field).not.toHaveAttribute('aria-invalid', 'true', { timeout: 150_000 });
  await expect(page.locator('.readouts')).toContainText('/ 300 mL', { timeout: 150_000 });

  // Clinical words: options by name, fractions as percent, moments as day and clock time.
  await expect(page.getByRole('combobox', { name: 'Feeding plan' })).toContainText(
    'On demand (baby-led)',
  );
  await expect(page.getByRole('combobox', { name: 'Breasts at each feed' })).toContainText(
    'Both breasts each feed',
  );
  await page.getByRole('checkbox', { name: 'Breast surgery' }).check();
  await expect(
    page.getByRole('spinbutton', { name: 'Lobes whose ducts were cut (%)' }),
  ).toHaveValue('50');
  await expect(
    page.getByRole('slider', { name: 'Lobes whose ducts were cut (%)' }),
  ).toHaveAttribute('aria-valuetext', '50 %');
  await page.getByRole('checkbox', { name: 'Retained placenta' }).check();
  await expect(page.locator('.parameters')).toContainText('day 6, 00:00 after birth');
  await page.locator('.parameters').screenshot({ path: test.info().outputPath('parameters.png') });
});

test('dragging a parameter slider re-simulates as it moves; the keyboard moves it too', async ({
  page,
  web,
}) => {
  await openSim(page, web);
  await page.getByText('Case parameters').click();
  const slider = page.getByRole('slider', { name: 'Storage capacity, left breast (mL)' });
  await expect(slider).toHaveAttribute('aria-valuetext', '210 mL');
  // Every capacity the readout shows while the slider moves (each one a finished run).
  await page.evaluate(() => {
    const seen = new Set<string>();
    (window as unknown as { __capacities: Set<string> }).__capacities = seen;
    const readouts = document.querySelector('.readouts')!;
    new MutationObserver(() => {
      const m = /\/ (\d+) mL/.exec(readouts.textContent ?? '');
      if (m) seen.add(m[1]!);
    }).observe(readouts, { subtree: true, childList: true, characterData: true });
  });
  await slider.scrollIntoViewIfNeeded();
  const box = (await slider.boundingBox())!;
  const y = box.y + box.height / 2;
  // 210 mL sits at (210 − 50) / 650 of the track; drag to the right end in steps.
  await page.mouse.move(box.x + box.width * (160 / 650), y);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) {
    await page.mouse.move(box.x + box.width * (160 / 650 + (i / 8) * (490 / 650)), y);
    await page.waitForTimeout(150);
  }
  await page.mouse.up();
  const dragged = (await slider.getAttribute('aria-valuetext'))!.replace(' mL', '');
  expect(Number(dragged)).toBeGreaterThan(600);
  await expect(page.locator('.readouts')).toContainText(`/ ${dragged} mL`);
  const seen = await page.evaluate(() => [
    ...(window as unknown as { __capacities: Set<string> }).__capacities,
  ]);
  // Runs finished during the drag, not only once it ended.
  expect(seen.filter((c) => c !== dragged && c !== '210').length).toBeGreaterThan(0);
  expect(
    await page.getByRole('spinbutton', { name: 'Storage capacity, left breast (mL)' }).inputValue(),
  ).toBe(dragged);

  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  const stepped = Number(dragged) - 5;
  await expect(slider).toHaveAttribute('aria-valuetext', `${stepped} mL`);
  await expect(page.locator('.readouts')).toContainText(`/ ${stepped} mL`);
});

test('Latch now forks the run at the playhead and plays on from there', async ({ page, web }) => {
  const slider = await openSim(page, web);
  // A moment between feeds: ten minutes after the first feed ends.
  const ends = await page
    .locator('[data-event-kind="sessionEnd"]')
    .first()
    .getAttribute('data-event-time');
  const target = Number(ends) + 600;
  const duration = Number(await slider.getAttribute('aria-valuemax'));
  const box = (await slider.boundingBox())!;
  await page.mouse.click(box.x + 8 + (target / duration) * (box.width - 16), box.y + 40);
  const t = await now(page);
  const latches = page.locator('[data-event-kind="latch"]');
  const timesOf = async () =>
    Promise.all(
      (await latches.all()).map(async (m) => Number(await m.getAttribute('data-event-time'))),
    );
  expect((await timesOf()).some((at) => Math.abs(at - t) <= 1)).toBe(false);

  await page.getByRole('button', { name: 'Latch now' }).click();
  // The new run has a latch where the playhead was, and the view plays on from there.
  await expect.poll(async () => (await timesOf()).some((at) => Math.abs(at - t) <= 1)).toBe(true);
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect.poll(() => now(page)).toBeGreaterThan(t);
  // Before the fork the two runs are the same: the first feed's end did not move.
  await expect(page.locator('[data-event-kind="sessionEnd"]').first()).toHaveAttribute(
    'data-event-time',
    ends!,
  );
});

test('zooming in draws the cells of the alveoli on screen, and they follow the trace', async ({
  page,
  web,
}) => {
  const slider = await openSim(page, web);
  const stage = page.locator('.anatomy-stage');
  const cells = page.locator('.alveolar-cells');
  const lactocytes = cells.locator('[data-part="lactocyte"]');
  const myo = cells.locator('[data-part="myoepithelial-cell"]');
  // Full view: no cells drawn (level of detail), only the close-up's.
  await expect(stage).toHaveAttribute('data-zoom', '1.00');
  await expect(lactocytes).toHaveCount(0);

  // Buttons, keys and the wheel zoom the drawing.
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(async () => Number(await stage.getAttribute('data-zoom'))).toBeCloseTo(2, 1);
  await slider.focus();
  await page.keyboard.press('z');
  await expect.poll(async () => Number(await stage.getAttribute('data-zoom'))).toBeCloseTo(4, 1);
  await page.keyboard.press('0');
  await expect(stage).toHaveAttribute('data-zoom', '1.00');
  const box = (await stage.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.5);
  await page.mouse.wheel(0, -400);
  await expect.poll(async () => Number(await stage.getAttribute('data-zoom'))).toBeGreaterThan(1);
  await page.getByRole('button', { name: 'Fit the whole drawing' }).click();
  await expect(stage).toHaveAttribute('data-zoom', '1.00');

  // Before the first latch (no ejection): zoom to an alveolus from the structure list.
  await slider.focus();
  await page.keyboard.press('Home');
  await page
    .getByRole('navigation', { name: 'Structures and hormones' })
    .getByRole('button', { name: 'Alveolus' })
    .click();
  await expect(stage).toHaveAttribute('aria-label', /showing cells/);
  await expect.poll(() => lactocytes.count()).toBeGreaterThan(0);
  expect(await myo.count()).toBeGreaterThan(0);
  // Only the alveoli on screen are detailed, not all of the section's.
  const detailed = Number(await cells.getAttribute('data-count'));
  const all = Number(await page.locator('.lobes').getAttribute('data-alveoli'));
  expect(detailed).toBeLessThan(all / 4);
  await expect(cells).toHaveAttribute('data-squeeze', '0.00');
  await expect(cells.locator('[data-contracted]')).toHaveCount(0);
  const stretchBefore = Number(await lactocytes.first().getAttribute('data-stretch'));

  // During a milk ejection the myoepithelial cells contract.
  await stepToEjection(page, 1);
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(cells).not.toHaveAttribute('data-squeeze', '0.00');
  expect(await cells.locator('[data-contracted]').count()).toBeGreaterThan(0);
  // The lactocytes' stretch follows the stored milk (the breast is emptying in the feed).
  const stretchNow = Number(await lactocytes.first().getAttribute('data-stretch'));
  expect(stretchNow).not.toBe(stretchBefore);

  await page.getByRole('button', { name: 'Fit the whole drawing' }).click();
  await expect(lactocytes).toHaveCount(0);
});

test('hovering a chart curve outlines what it acts on in the anatomy and says it', async ({
  page,
  web,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openSim(page, web);
  const stage = page.locator('.anatomy-stage');
  const hoverPanel = async (label: string) => {
    const panel = page.locator(`.chart-figure [data-panel="${label}"]`).first();
    await panel.scrollIntoViewIfNeeded();
    const b = (await panel.boundingBox())!;
    await page.mouse.move(b.x + b.width * 0.5, b.y + b.height * 0.6);
  };
  await hoverPanel('Prolactin');
  await expect(stage).toHaveAttribute('data-link', /lactocyte/);
  await expect(stage).toHaveAttribute('data-link', /anterior-pituitary/);
  await expect(page.getByTestId('anatomy-link')).toContainText('Prolactin');
  await expect(page.getByTestId('anatomy-link')).toContainText('anterior pituitary');
  // Outlined with a dash pattern, not by colour alone.
  const dash = (sel: string) =>
    page
      .locator(sel)
      .first()
      .evaluate((el) => getComputedStyle(el).strokeDasharray);
  expect(await dash('[data-lobe-name="anterior"] .pituitary')).not.toBe('none');
  expect(await dash('[data-lobe-name="posterior"] .pituitary')).toBe('none');

  await page.screenshot({ path: 'test-results/screens/main-view-chart-hover-prolactin.png' });

  await hoverPanel('Oxytocin');
  await expect(stage).toHaveAttribute('data-link', /myoepithelial-cell/);
  await expect(stage).toHaveAttribute('data-link', /posterior-pituitary/);
  expect(await dash('[data-lobe-name="posterior"] .pituitary')).not.toBe('none');

  await hoverPanel('Milk stored');
  await expect(stage).toHaveAttribute('data-link', 'alveolus');
  expect(await dash('.lobes .alv-wall')).not.toBe('none');

  // Leaving the charts clears the outline and the text.
  await page.mouse.move(2, 2);
  await expect(stage).not.toHaveAttribute('data-link');
  await expect(page.getByTestId('anatomy-link')).toHaveCount(0);
});

for (const [width, height] of [
  [1920, 1080],
  [1280, 720],
] as const) {
  test(`screenshots at ${width}×${height} in both themes and both views`, async ({ page, web }) => {
    await page.setViewportSize({ width, height });
    await openSim(page, web);
    await stepToEjection(page, 2);
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    for (const theme of ['default', 'projector'] as const) {
      const toggle = page.getByRole('button', { name: 'Projector theme' });
      if ((await toggle.getAttribute('aria-pressed')) !== String(theme === 'projector'))
        await toggle.click();
      for (const mode of ['classical', 'ultrasound'] as const) {
        await page
          .getByRole('button', {
            name: mode === 'classical' ? 'Classical view' : 'Ultrasound view',
          })
          .click();
        await page
          .getByRole('navigation', { name: 'Structures and hormones' })
          .getByRole('button', { name: 'Alveolus' })
          .click();
        // The click zooms to an alveolus: one shot there (cells drawn), one of the whole view.
        await expect(page.locator('.alveolar-cells')).toBeVisible();
        await page.waitForTimeout(600);
        await page.screenshot({
          path: `test-results/screens/main-view-${mode}-${theme}-${width}x${height}-zoomed.png`,
        });
        await page.getByRole('button', { name: 'Fit the whole drawing' }).click();
        await expect(page.locator('.anatomy-stage')).toHaveAttribute('data-zoom', '1.00');
        await page.screenshot({
          path: `test-results/screens/main-view-${mode}-${theme}-${width}x${height}.png`,
        });
      }
    }
  });
}
