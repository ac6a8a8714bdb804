import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { repoRoot, test, expect } from './fixtures';

const logs = join(repoRoot, 'tests', 'fixtures', 'feed-logs');
const screens = join(repoRoot, 'test-results', 'screens');

async function openParentView(page: Page, url: string, slug: string) {
  await page.goto(`${url}#/sim/b_${slug}`);
  await expect(page.getByRole('button', { name: 'Parent view' })).toBeVisible();
  await page.getByRole('button', { name: 'Parent view' }).click();
  await expect(page).toHaveURL(new RegExp(`#/parent/b_${slug}`));
  const walk = page.getByRole('region', { name: 'Walkthrough' });
  await expect(walk).toBeVisible({ timeout: 30_000 });
  return walk;
}

/** Saves the open case as a copy (a built-in is read-only) and reads the copy back as stored. */
async function saveCopy<Case>(page: Page): Promise<{ value: Case }> {
  await page.getByRole('button', { name: 'Save as a copy' }).click();
  await expect(page).toHaveURL(/#\/parent\/c_/);
  const id = /#\/parent\/(c_[a-z0-9]+)/.exec(page.url())![1]!;
  const saved = await page.evaluate(async (caseId) => {
    const token = sessionStorage.getItem('lactasim.token')!;
    const r = await fetch('/api/cases.get', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-lactasim-token': token },
      body: JSON.stringify({ id: caseId }),
    });
    return (await r.json()) as unknown;
  }, id);
  return saved as { value: Case };
}

function pdfText(path: string): string {
  const r = spawnSync('/usr/bin/pdftotext', [path, '-'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout.replace(/\s+/g, ' ');
}

test('walks every step of a built-in case by button and keyboard, with spoken captions', async ({
  page,
  web,
}) => {
  const walk = await openParentView(page, web.url, 'typical-feed-6-weeks');
  const counter = walk.getByText(/^Step \d+ of \d+$/);
  await expect(counter).toHaveText(/^Step 1 of \d+$/);
  const total = Number(/of (\d+)/.exec((await counter.textContent())!)![1]);
  expect(total).toBeGreaterThanOrEqual(5);
  const live = walk.getByTestId('parent-live');
  await expect(live).toHaveAttribute('aria-live', 'polite');
  await expect(live).toContainText('Your story');
  const seen = new Set<string>();
  for (let n = 1; n <= total; n++) {
    await expect(counter).toHaveText(`Step ${n} of ${total}`);
    seen.add((await live.textContent())!);
    if (n < total) await walk.getByRole('button', { name: 'Next step' }).click();
  }
  expect(seen.size).toBe(total);
  await expect(live).toContainText('What your pattern means');
  // At the end, Next step stays focusable (aria-disabled) but does nothing.
  await expect(walk.getByRole('button', { name: 'Next step' })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await walk.getByRole('button', { name: 'Next step' }).focus();
  await page.keyboard.press('Enter');
  await expect(counter).toHaveText(`Step ${total} of ${total}`);
  await walk.getByRole('button', { name: 'Previous step' }).click();
  await expect(counter).toHaveText(`Step ${total - 1} of ${total}`);
  // Keyboard: ← and → inside the region, Enter on the buttons.
  await walk.getByRole('button', { name: 'Previous step' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(counter).toHaveText(`Step ${total - 2} of ${total}`);
  await page.keyboard.press('ArrowRight');
  await expect(counter).toHaveText(`Step ${total - 1} of ${total}`);
  await page.keyboard.press('Enter');
  await expect(counter).toHaveText(`Step ${total - 2} of ${total}`);

  // Tap a term for a plain definition.
  for (let n = total - 2; n > 1; n--)
    await walk.getByRole('button', { name: 'Previous step' }).click();
  await walk.getByRole('button', { name: 'Next step' }).click();
  await walk.getByRole('button', { name: 'Next step' }).click();
  await expect(live).toContainText('milk-making message');
  await walk.getByRole('button', { name: 'prolactin' }).click();
  await expect(walk.locator('#parent-term-card')).toContainText(
    'The hormone that lets your breasts make milk.',
  );

  // Switch to Spanish while walking, and back.
  await page.getByRole('combobox', { name: 'Language for the family' }).selectOption('es');
  const recorrido = page.getByRole('region', { name: 'Recorrido' });
  await expect(recorrido.getByText(`Paso 3 de ${total}`)).toBeVisible();
  await expect(recorrido.getByTestId('parent-live')).toContainText('prolactina');
  await recorrido.getByRole('button', { name: 'Paso siguiente' }).click();
  await expect(recorrido.getByTestId('parent-live')).toContainText('bajada de la leche');
  await page.getByRole('combobox', { name: 'Language for the family' }).selectOption('en');
  await expect(counter).toHaveText(`Step 4 of ${total}`);
  await expect(live).toContainText('Let-down');
});

test('each step is in the address: Back and Forward walk the steps, a reload keeps one', async ({
  page,
  web,
}) => {
  const walk = await openParentView(page, web.url, 'typical-feed-6-weeks');
  const counter = walk.getByText(/^Step \d+ of \d+$/);
  await expect(counter).toHaveText(/^Step 1 of/);
  // An unsaved edit stays through the steps without a question.
  await page.getByText('Edit steps').click();
  await page.getByLabel('Notes for the family').fill('Call us on Friday.');
  page.on('dialog', () => {
    throw new Error('moving between steps must not ask to leave');
  });
  await page.getByText('Edit steps').click();
  await walk.getByRole('button', { name: 'Next step' }).click();
  await walk.getByRole('button', { name: 'Next step' }).click();
  await expect(counter).toHaveText(/^Step 3 of/);
  await expect(page).toHaveURL(/#\/parent\/b_typical-feed-6-weeks\?t=\d+&step=3$/);
  const third = page.url();
  await page.goBack();
  await expect(counter).toHaveText(/^Step 2 of/);
  await expect(page).toHaveURL(/step=2$/);
  await page.goBack();
  await expect(counter).toHaveText(/^Step 1 of/);
  await page.goForward();
  await page.goForward();
  await expect(counter).toHaveText(/^Step 3 of/);
  expect(page.url()).toBe(third);
  await expect(page.getByLabel('Notes for the family')).toHaveValue('Call us on Friday.');
  page.removeAllListeners('dialog');
  page.once('dialog', (d) => void d.accept());
  await page.reload();
  await expect(
    page.getByRole('region', { name: 'Walkthrough' }).getByText(/^Step \d+ of/),
  ).toHaveText(/^Step 3 of/, { timeout: 30_000 });
});

test('a story of pumping alone starts with the pump and counts pumping sessions, not feeds', async ({
  page,
  web,
}) => {
  const walk = await openParentView(page, web.url, 'stress-delayed-letdown-pumping-baby-present');
  await walk.getByRole('button', { name: 'Next step' }).click();
  await expect(walk.getByRole('heading', { name: 'When you pump' })).toBeVisible();
  await expect(walk).toContainText('When the pump draws on the nipple');
  const next = walk.getByRole('button', { name: 'Next step' });
  while (await next.isEnabled()) await next.click();
  await expect(walk.getByRole('heading', { name: 'What your pattern means' })).toBeVisible();
  await expect(walk).toContainText(/With about 7 pumping sessions a day, about \d+ mL of milk/);
  await expect(walk).not.toContainText('0 feeds');
  // Her pattern is 0 feeds and 7 sessions, and only more feeds is offered as a change.
  await page.getByText('Your feeding pattern').click();
  await expect(page.getByRole('spinbutton', { name: 'Feeds a day' })).toHaveValue('0');
  await expect(page.getByRole('spinbutton', { name: 'Pump times a day' })).toHaveValue('7');
  await page.getByText('What if…').click();
  await expect(page.getByRole('combobox', { name: 'Try a change' }).getByRole('option')).toHaveText(
    ['More feeds each day'],
  );
});

test('parent and clinician views switch at the same moment', async ({ page, web }) => {
  const walk = await openParentView(page, web.url, 'typical-feed-6-weeks');
  for (let i = 0; i < 3; i++) await walk.getByRole('button', { name: 'Next step' }).click();
  await expect(walk.getByText(/^Step 4 of/)).toBeVisible();
  await page.getByRole('link', { name: 'Clinician view' }).click();
  await expect(page).toHaveURL(/#\/sim\/b_typical-feed-6-weeks\?t=\d+/);
  const t = Number(/t=(\d+)/.exec(page.url())![1]);
  expect(t).toBeGreaterThan(0);
  await expect(page.getByRole('button', { name: 'Parent view' })).toBeVisible();
  // The clinician timeline opens at that moment.
  await expect(page.getByRole('slider', { name: 'Model time' })).toHaveAttribute(
    'aria-valuenow',
    String(t),
  );
  // Back to the parent view from the same moment: the same step.
  await page.getByRole('button', { name: 'Parent view' }).click();
  await expect(page).toHaveURL(new RegExp(`#/parent/b_typical-feed-6-weeks\\?t=${t}$`));
  await expect(
    page.getByRole('region', { name: 'Walkthrough' }).getByText(/^Step 4 of/),
  ).toBeVisible();
});

test('imports a feed log: bad rows by line, nothing saved, skip option; good file drives the case', async ({
  page,
  web,
}) => {
  const walk = await openParentView(page, web.url, 'typical-feed-6-weeks');
  await page.getByText('Your feeding pattern').click();
  const file = page.getByLabel('Read a feed log (CSV file)');
  await file.setInputFiles(join(logs, 'bad-rows.csv'));
  const problems = page.getByRole('list', { name: 'Rows with problems' });
  await expect(problems.getByRole('listitem')).toHaveText([
    'line 3: side "Middle" must be left, right or both',
    'line 4: "abc" is not a number of minutes',
    'line 5: "2025-02-30 14:10" is not a real date',
    'line 6: the amount "-20" is not in mL or oz',
  ]);
  await expect(page.getByText('Nothing has been changed.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save as a copy' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Skip these rows and use the rest' }).click();
  await expect(page.getByText(/We used 2 of 6 feeds from the log/)).toBeVisible();

  // A real Huckleberry export: two sides per feed, a pump, a bottle and a nappy left out.
  await file.setInputFiles(join(logs, 'huckleberry.csv'));
  await expect(page.getByText('Read as Huckleberry.')).toBeVisible();
  await expect(page.getByText(/We used 6 of 9 feeds from the log/)).toBeVisible();
  await expect(page.getByText('Left out on purpose: 1 bottle feed.')).toBeVisible();
  await expect(page.getByText(/Left out: 2 rows that are not feeds/)).toBeVisible();
  await expect(walk.getByText(/^Step 1 of/)).toBeVisible();
  // A built-in case is read-only: the change is kept as a copy.
  const saved = await saveCopy<{
    scenario: { feeding: { plan: string } };
    beats: { type: string }[];
  }>(page);
  expect(saved.value.scenario.feeding.plan).toBe('explicit');
  expect(saved.value.beats.map((b) => b.type)).toContain('parentWalkthrough');
});

test('feed logs in Spanish: day-first dates shown and switchable, asked once when unclear', async ({
  page,
  web,
}) => {
  await openParentView(page, web.url, 'typical-feed-6-weeks');
  await page.getByRole('combobox', { name: 'Language for the family' }).selectOption('es');
  await page.getByText('Su forma de dar el pecho', { exact: true }).click();
  const file = page.getByLabel('Leer un registro de tomas (archivo CSV)');
  await file.setInputFiles(join(logs, 'tabla-es.csv'));
  const result = page.getByTestId('feed-log-result');
  await expect(result).toContainText('Leído como una tabla.');
  await expect(result).toContainText(
    'Las fechas se leen con el día primero: 01/03/2025 6:05 es el 1 de marzo de 2025.',
  );
  await expect(result).toContainText('Dejamos fuera a propósito: 1 toma con biberón.');
  await expect(result.getByRole('status')).toContainText('Usamos 6 de 7 tomas del registro');
  // Twelve days with no row: said, so a gap in the log is not read as twelve days without feeds.
  await expect(result).toContainText(
    'línea 7: no se anotaron tomas en los 12 días anteriores. La historia los trata como días sin tomas.',
  );
  // Read month first instead: 13/03 is then no date, and the rows that say so are listed.
  await result.getByRole('button', { name: 'Leer el mes primero' }).click();
  await expect(result.getByRole('list')).toContainText(
    'línea 7: "13/03/2025 6:30" no es una fecha real',
  );
  await expect(
    result.getByRole('button', { name: 'Saltar esas filas y usar las demás' }),
  ).toBeVisible();

  // One day of feeds cannot tell 05/03 from 03/05: asked once, then shown.
  await file.setInputFiles(join(logs, 'ask-dates.csv'));
  await expect(result).toContainText('¿Qué día es 05/03/2025 06:00? Elija uno.');
  await expect(result.getByRole('status')).toHaveCount(0);
  await result.getByRole('button', { name: 'Leer el día primero' }).click();
  await expect(result).toContainText('es el 5 de marzo de 2025.');
  await expect(result.getByRole('status')).toContainText('Usamos 3 de 3 tomas');

  // Garbage is refused at the line the user counts.
  await file.setInputFiles(join(logs, 'garbage.csv'));
  await expect(result.getByRole('list')).toHaveText(
    'línea 1: a la primera línea le falta una columna para la hora, el lado, cuánto duró',
  );
  await expect(
    result.getByRole('button', { name: 'Saltar esas filas y usar las demás' }),
  ).toHaveCount(0);
});

test('compares a what-if side by side and downloads the handout in both languages', async ({
  page,
  web,
}) => {
  // Each preview makes the PDF anew on the main side (with a what-if, two week-long runs).
  test.setTimeout(300_000);
  await openParentView(page, web.url, 'low-supply-recovery');
  // The family's pattern: six feeds a day, one breast each, no pumping.
  await page.getByText('Your feeding pattern').click();
  await page.getByRole('spinbutton', { name: 'Feeds a day' }).fill('6');
  await page.getByRole('combobox', { name: 'Breasts each feed' }).selectOption('one');
  await page.getByRole('spinbutton', { name: 'Minutes on each breast' }).fill('12');
  await page.getByRole('spinbutton', { name: 'Pump times a day' }).fill('0');
  await page.getByRole('button', { name: 'Use this pattern' }).click();
  await page.getByText('What if…').click();
  await page.getByRole('combobox', { name: 'Try a change' }).selectOption('moreFeeds');
  await page.getByRole('button', { name: 'Compare' }).click();
  const result = page.getByTestId('what-if-result');
  await expect(result).toBeVisible({ timeout: 60_000 });
  await expect(result.getByRole('region', { name: 'Your pattern now' })).toBeVisible();
  await expect(result.getByRole('region', { name: 'More feeds each day' })).toBeVisible();
  await expect(result.getByRole('status')).toHaveText(
    /^About \d+ mL more milk a day after 7 days\.$/,
  );
  // Both charts have their axes and units in the family's words.
  const chart = result.getByRole('img', { name: /^Your pattern now: / });
  await expect(chart).toContainText('Milk your body can make (mL a day)');
  await expect(chart).toContainText('Days');
  await expect(chart.locator('.tick')).not.toHaveCount(0);
  mkdirSync(screens, { recursive: true });
  await result.screenshot({ path: join(screens, 'parent-what-if.png') });

  // The handout opens as a preview of every page: no what-if unless chosen.
  await page.getByRole('button', { name: 'Download the handout' }).click();
  const preview = page.getByRole('region', { name: 'Handout preview' });
  const pages = preview.getByTestId('handout-page');
  await expect(preview.getByRole('radio', { name: 'None' })).toBeChecked();
  await expect(pages.first()).toBeVisible({ timeout: 60_000 });
  await expect(preview.getByRole('button', { name: 'Download this handout' })).toHaveAttribute(
    'aria-disabled',
    'false',
  );
  const count = await pages.count();
  expect(count).toBeGreaterThanOrEqual(2);
  await expect(pages.last()).toHaveAttribute('aria-label', `Page ${count} of ${count}`);
  // Every page is drawn (pdf.js paints them one after another): its canvas holds ink, not a blank
  // sheet.
  const inked = () =>
    pages.evaluateAll((canvases) =>
      canvases.map((c) => {
        const canvas = c as HTMLCanvasElement;
        const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        let dark = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i]! < 128) dark++;
        return dark;
      }),
    );
  await expect
    .poll(async () => (await inked()).every((d) => d > 100), { timeout: 60_000 })
    .toBe(true);
  const download = async () => {
    await expect(
      preview.getByRole('button', { name: /Download this handout|Descargar esta hoja/ }),
    ).toHaveAttribute('aria-disabled', 'false', { timeout: 120_000 });
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      preview.getByRole('button', { name: /Download this handout|Descargar esta hoja/ }).click(),
    ]);
    return file;
  };
  const plain = await download();
  expect(plain.suggestedFilename()).toMatch(/-handout-en-a4\.pdf$/);
  const plainText = pdfText((await plain.path())!);
  expect(plainText).toContain('Your breastfeeding story');
  expect(plainText).not.toContain('More feeds each day');
  expect(plainText).not.toContain('Low supply');

  // Choose: a what-if, leave out a step, US Letter; the preview follows before Download.
  await preview.getByRole('radio', { name: 'More feeds each day' }).check();
  await preview.getByRole('checkbox', { name: 'More out, more made' }).uncheck();
  await preview.getByRole('combobox', { name: 'Paper size' }).selectOption('Letter');
  await expect(preview.getByRole('button', { name: 'Download this handout' })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  const chosen = await download();
  expect(chosen.suggestedFilename()).toMatch(/-handout-en-letter\.pdf$/);
  const text = pdfText((await chosen.path())!);
  expect(text).not.toContain('More out, more made');
  expect(text).toContain('When to get help');
  expect(text).toMatch(/More feeds each day\. About \d+ mL more milk a day after 7 days\./);

  await preview.getByRole('combobox', { name: 'Language of the handout' }).selectOption('es');
  const es = await download();
  expect(es.suggestedFilename()).toMatch(/-handout-es-letter\.pdf$/);
  expect(pdfText((await es.path())!)).toContain('Su historia de lactancia');
});

test('a title for the family and the baby details are kept with the case and printed', async ({
  page,
  web,
}) => {
  test.setTimeout(180_000);
  await openParentView(page, web.url, 'typical-feed-6-weeks');
  // The parent screen shows a neutral title in the family's language, never the case's own.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your breastfeeding story');
  await page.getByRole('combobox', { name: 'Language for the family' }).selectOption('es');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Su historia de lactancia');
  await page.getByRole('combobox', { name: 'Language for the family' }).selectOption('en');
  await page.getByText('Edit steps').click();
  await page.getByLabel('Title for the family').fill('Ana and Leo');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ana and Leo');
  await page.getByText('Your feeding pattern', { exact: true }).click();
  const baby = page.getByRole('form', { name: 'Your baby' });
  await expect(baby.getByLabel('Age in days')).toHaveValue('42');
  await baby.getByLabel('Weight in kg, if known').fill('4,8');
  await baby.getByLabel('Wet diapers a day, if known').fill('6');
  await baby.getByRole('button', { name: 'Use these details' }).click();
  const saved = await saveCopy<{
    title: string;
    scenario: { infant?: { weightKg?: number }; start: { postpartumHours: number } };
    beats: { type: string; parentTitle?: string; baby?: { wetDiapersPerDay?: number } }[];
  }>(page);
  expect(saved.value.scenario.infant?.weightKg).toBe(4.8);
  expect(saved.value.scenario.start.postpartumHours).toBe(42 * 24);
  const walkthrough = saved.value.beats.find((b) => b.type === 'parentWalkthrough')!;
  expect(walkthrough.parentTitle).toBe('Ana and Leo');
  expect(walkthrough.baby).toEqual({ wetDiapersPerDay: 6 });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ana and Leo', {
    timeout: 30_000,
  });

  await page.getByRole('button', { name: 'Download the handout' }).click();
  const preview = page.getByRole('region', { name: 'Handout preview' });
  const button = preview.getByRole('button', { name: 'Download this handout' });
  await expect(button).toHaveAttribute('aria-disabled', 'false', { timeout: 120_000 });
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  expect(file.suggestedFilename()).toBe('ana-and-leo-handout-en-a4.pdf');
  const text = pdfText((await file.path())!);
  expect(text).toContain('Ana and Leo');
  expect(text).toContain('Your baby is 6 weeks old. Your baby weighs about 4.8 kg.');
  expect(text).toContain('Your baby has about 6 wet diapers a day.');
  expect(text).not.toContain(saved.value.title);
  // Chosen: the clinician's own title goes in too.
  await preview.getByRole('checkbox', { name: /^Print my case title/ }).check();
  await expect(button).toHaveAttribute('aria-disabled', 'false', { timeout: 120_000 });
  const [titled] = await Promise.all([page.waitForEvent('download'), button.click()]);
  expect(pdfText((await titled.path())!)).toContain(saved.value.title);
});

test('three built-in cases as a parent sees them, at projector and laptop sizes', async ({
  page,
  web,
}) => {
  mkdirSync(screens, { recursive: true });
  for (const [slug, steps] of [
    ['after-breast-reduction', 'After breast surgery'],
    ['oversupply-block-feeding', 'Lots of milk'],
    ['stress-delayed-letdown-pumping-baby-present', 'Stress can slow let-down'],
  ] as const) {
    await page.setViewportSize({ width: 1920, height: 1080 });
    const walk = await openParentView(page, web.url, slug);
    const counter = walk.getByText(/^Step \d+ of \d+$/);
    const [, first, total] = /Step (\d+) of (\d+)/
      .exec((await counter.textContent())!)!
      .map(Number);
    for (let n = first!; n > 1; n--)
      await walk.getByRole('button', { name: 'Previous step' }).click();
    for (let n = 1; ; n++) {
      await expect(counter).toHaveText(`Step ${n} of ${total}`);
      if ((await walk.getByRole('heading', { level: 3 }).textContent()) === steps) break;
      expect(n).toBeLessThan(total!);
      await walk.getByRole('button', { name: 'Next step' }).click();
    }
    await page.screenshot({ path: join(screens, `parent-${slug}-1920x1080.png`) });
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.screenshot({ path: join(screens, `parent-${slug}-1280x720.png`) });
  }
  await page.getByRole('combobox', { name: 'Language for the family' }).selectOption('es');
  await expect(page.getByRole('region', { name: 'Recorrido' })).toBeVisible();
  await page.screenshot({ path: join(screens, 'parent-es-1280x720.png') });
});

test('the clinician chooses, reorders and rewords steps; a built-in is saved as a copy', async ({
  page,
  web,
}) => {
  const walk = await openParentView(page, web.url, 'typical-feed-6-weeks');
  const counter = walk.getByText(/^Step \d+ of \d+$/);
  const total = Number(/of (\d+)/.exec((await counter.textContent())!)![1]);
  await page.getByText('Edit steps').click();
  await expect(
    page.getByText('This is a built-in case. Save a copy to keep your changes.'),
  ).toBeVisible();
  // Leave out "The milk-making message", move "Let-down" up, reword it and add a note.
  await page.getByRole('checkbox', { name: 'Show this step: The milk-making message' }).uncheck();
  await expect(counter).toHaveText(`Step 1 of ${total - 1}`);
  await page.getByRole('button', { name: 'Move up: Let-down' }).click();
  const letDown = page.getByRole('group', { name: /Let-down/ });
  await letDown.getByLabel('Words').fill('Milk starts to flow. We saw it today.');
  await letDown.getByLabel('Personal note').fill('Try a warm cloth first.');
  await page.getByLabel('Notes for the family').fill('Call us on Friday.');
  await walk.getByRole('button', { name: 'Next step' }).click();
  await expect(walk.getByRole('heading', { level: 3 })).toHaveText('Let-down');
  await expect(walk.getByTestId('parent-live')).toHaveText(
    'Let-down. Milk starts to flow. We saw it today.',
  );
  await expect(walk.getByText('Try a warm cloth first.')).toBeVisible();

  await page.getByRole('button', { name: 'Save as a copy' }).click();
  await expect(page).toHaveURL(/#\/parent\/c_[a-z0-9]+/);
  // The saved copy opens with the edited walkthrough.
  await page.reload();
  const saved = page.getByRole('region', { name: 'Walkthrough' });
  await expect(saved.getByText(/^Step \d+ of \d+$/)).toHaveText(new RegExp(`of ${total - 1}$`), {
    timeout: 30_000,
  });
  // It opens at the moment it was saved at: the Let-down step, now second.
  await expect(saved.getByText(/^Step \d+ of \d+$/)).toHaveText(`Step 2 of ${total - 1}`);
  await expect(saved.getByRole('heading', { level: 3 })).toHaveText('Let-down');
  await expect(saved.getByTestId('parent-live')).toHaveText(
    'Let-down. Milk starts to flow. We saw it today.',
  );
  await expect(saved.getByText('Try a warm cloth first.')).toBeVisible();
});

test('the handout holds the parent drawing of each chosen step, in both languages and papers', async ({
  page,
  web,
}) => {
  // Four previews, each a main-side PDF of a 42-day case with its drawings.
  test.setTimeout(300_000);
  await openParentView(page, web.url, 'after-breast-reduction');
  await page.getByRole('button', { name: 'Download the handout' }).click();
  const preview = page.getByRole('region', { name: 'Handout preview' });
  const button = preview.getByRole('button', { name: /Download this handout|Descargar esta hoja/ });
  const out = join(repoRoot, 'test-results', 'handouts');
  mkdirSync(out, { recursive: true });
  for (const [language, paper] of [
    ['en', 'A4'],
    ['en', 'Letter'],
    ['es', 'A4'],
    ['es', 'Letter'],
  ] as const) {
    await preview
      .getByRole('combobox', { name: /Paper size|Tamaño del papel/ })
      .selectOption(paper);
    await preview
      .getByRole('combobox', { name: /Language of the handout|Idioma de la hoja/ })
      .selectOption(language);
    await expect(button).toHaveAttribute('aria-disabled', 'false', { timeout: 120_000 });
    const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
    const path = join(out, `handout-${language}-${paper.toLowerCase()}.pdf`);
    await file.saveAs(path);
    // The drawing as vector shapes (no embedded picture), with its plain labels in words.
    const bytes = readFileSync(path).toString('latin1');
    expect(bytes).not.toMatch(/\/Subtype\s*\/Image/);
    const text = pdfText(path);
    const parts =
      language === 'en' ? 'Brain: sends the milk hormones' : 'Cerebro: manda las hormonas';
    // A drawing with its labels beside every step of the step-by-step section.
    expect(text.split(parts).length - 1).toBeGreaterThanOrEqual(3);
  }
});
