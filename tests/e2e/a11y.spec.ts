// axe-core over every screen and state of the web edition (WCAG 2.0–2.2 A/AA and axe's best
// practices): each state must have no violations. A failure lists each rule with its targets.
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, Page } from '@playwright/test';
import { repoRoot, test, expect, type WebEdition, openPresenterView } from './fixtures';

test.describe.configure({ timeout: 480_000 });

const TAGS = [
  'wcag2a',
  'wcag2aa',
  'wcag21a',
  'wcag21aa',
  'wcag22a',
  'wcag22aa',
  'best-practice',
  // Label in name (WCAG 2.5.3) is among axe's experimental rules.
  'experimental',
];

/** Runs axe on the page as it is and checks it has no violations (soft: every state is run). */
async function scan(page: Page, state: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const found = violations.map(
    (v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  const count = violations.reduce((n, v) => n + v.nodes.length, 0);
  console.log(`axe ${state}: ${violations.length} rules, ${count} nodes`);
  expect.soft(found, `axe violations on ${state}`).toEqual([]);
}

async function openSim(page: Page, url: string): Promise<void> {
  await page.goto(`${url}#/sim`);
  await expect(page.getByRole('slider', { name: 'Model time' })).toBeVisible({ timeout: 150_000 });
  await expect(page.getByRole('region', { name: 'Charts' }).getByRole('img').first()).toBeVisible({
    timeout: 60_000,
  });
}

/** A bundle of one built-in case as the library exports it (its title is in the library). */
async function caseBundle(request: APIRequestContext, web: WebEdition): Promise<unknown> {
  const response = await request.post(`${web.origin}/api/cases.exportBundle`, {
    data: { ids: ['b_first-five-days'] },
    headers: { 'x-lactasim-token': web.token },
  });
  return ((await response.json()) as { value: unknown }).value;
}

test('home, library, case editor, evidence and validation have no axe violations', async ({
  page,
  web,
}) => {
  await page.goto(web.url);
  await expect(page.getByText(/edition · data:/)).toBeVisible();
  await scan(page, 'home');

  await page.goto(`${web.origin}/#/cases`);
  const list = page.getByRole('list', { name: 'Cases' });
  await expect(list.getByRole('listitem').first()).toBeVisible();
  await scan(page, 'case library');

  await list
    .getByRole('button', { name: /Sheehan/i })
    .first()
    .click();
  await expect(page.getByText('Built-in cases cannot be changed')).toBeVisible();
  await scan(page, 'built-in case');
  await page.getByRole('button', { name: 'Duplicate' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Made an editable copy' })).toBeVisible();
  await scan(page, 'case editor');

  await page.goto(`${web.origin}/#/evidence`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await scan(page, 'evidence');
  await page.goto(`${web.origin}/#/validation`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await scan(page, 'validation');
});

test('the simulation view in both themes, with a card, the parameters, charts, compare and keys', async ({
  page,
  web,
}) => {
  await openSim(page, web.url);
  await scan(page, 'simulation');

  await page
    .getByRole('navigation', { name: 'Structures and hormones' })
    .getByRole('button', { name: 'Milk sinus' })
    .focus();
  await expect(page.locator('.glossary-card')).toBeVisible();
  await scan(page, 'simulation with a glossary card');

  await page.getByText('Case parameters').click();
  await expect(
    page.getByRole('spinbutton', { name: 'Storage capacity, left breast (mL)' }),
  ).toBeVisible();
  await scan(page, 'simulation with the parameters open');

  const compare = page.getByRole('region', { name: 'Compare' });
  await compare.getByRole('button', { name: 'Fork and compare' }).click();
  await expect(compare.getByRole('table')).toBeVisible({ timeout: 60_000 });
  await scan(page, 'simulation with a comparison');

  await page.getByRole('button', { name: 'Projector theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
  await scan(page, 'simulation, projector theme');

  await page.getByRole('slider', { name: 'Model time' }).focus();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Simulation keys' })).toBeVisible();
  await scan(page, 'simulation key list');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Projector theme' }).click();
});

// Its own test: the one above is long already on a busy machine.
test('the projector theme with a card and the parameters open, and Save as new case', async ({
  page,
  web,
}) => {
  await openSim(page, web.url);
  await page.getByRole('button', { name: 'Projector theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
  await page.getByText('Case parameters').click();
  await expect(
    page.getByRole('spinbutton', { name: 'Storage capacity, left breast (mL)' }),
  ).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Structures and hormones' })
    .getByRole('button', { name: 'Milk sinus' })
    .focus();
  await expect(page.locator('.glossary-card')).toBeVisible();
  await scan(page, 'simulation, projector theme, with a card and the parameters open');
  await page.getByRole('button', { name: 'Projector theme' }).click();

  await page.getByRole('button', { name: 'Save as new case' }).click();
  await expect(page.getByRole('textbox', { name: 'Title of the new case' })).toBeFocused();
  await scan(page, 'simulation, saving as a new case');
});

test('a chart export in progress has no axe violations', async ({ page, web }) => {
  await openSim(page, web.url);
  const charts = page.getByRole('region', { name: 'Charts' });
  await charts.getByLabel('Export shown charts as').selectOption({ index: 0 });
  await scan(page, 'charts');
  await charts.getByRole('button', { name: 'Export', exact: true }).click();
  await scan(page, 'charts exporting');
});

test('lessons, the lesson editor, the audience and presenter views, blanking and keys', async ({
  page,
  web,
}) => {
  await page.goto(web.url);
  await page.getByRole('main').getByRole('link', { name: 'Lessons' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lessons' })).toBeVisible();
  await scan(page, 'lessons');

  await page
    .getByRole('button', { name: /^Duplicate/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit lesson' })).toBeVisible();
  await expect(page.getByTestId('beat-thumbnail').first().locator('svg').first()).toBeVisible({
    timeout: 60_000,
  });
  await scan(page, 'lesson editor');

  await page.goto(`${web.origin}/#/present/lb_let-down-reflex`);
  const audience = page.getByRole('region', { name: 'Audience view' });
  await expect(audience.getByRole('img', { name: /Breast anatomy/ })).toBeVisible({
    timeout: 60_000,
  });
  await scan(page, 'audience view');
  const { popup, presenter } = await openPresenterView(page);
  await expect(presenter.getByRole('img', { name: /Breast anatomy/ })).toBeVisible({
    timeout: 60_000,
  });
  await scan(popup, 'presenter view');
  await page.bringToFront();
  await page.keyboard.press('b');
  await expect(page.getByTestId('blank')).toBeVisible();
  await scan(page, 'audience view blanked');
  await page.keyboard.press('b');
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Presentation keys' })).toBeVisible();
  await scan(page, 'presentation key list');
});

test('the parent view in English and Spanish, with a feed log read', async ({ page, web }) => {
  await page.goto(`${web.url}#/sim/b_typical-feed-6-weeks`);
  await page.getByRole('button', { name: 'Parent view' }).click();
  const walk = page.getByRole('region', { name: 'Walkthrough' });
  await expect(walk).toBeVisible({ timeout: 60_000 });
  await scan(page, 'parent view');
  await page.getByText('Your feeding pattern').click();
  await page
    .getByLabel('Read a feed log (CSV file)')
    .setInputFiles(join(repoRoot, 'tests', 'fixtures', 'feed-logs', 'bad-rows.csv'));
  await expect(page.getByRole('list', { name: 'Rows with problems' })).toBeVisible();
  await scan(page, 'parent view with a feed log read');
  await page.getByRole('combobox', { name: 'Language for the family' }).selectOption('es');
  await expect(page.getByRole('region', { name: 'Recorrido' })).toBeVisible();
  await scan(page, 'parent view in Spanish');
});

test('the handout preview, the backups and the restore question', async ({
  page,
  web,
  request,
}) => {
  await page.goto(`${web.url}#/parent/b_typical-feed-6-weeks`);
  await expect(page.getByRole('region', { name: 'Walkthrough' })).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Download the handout' }).click();
  const preview = page.getByRole('region', { name: 'Handout preview' });
  await expect(preview.getByRole('button', { name: 'Download this handout' })).toHaveAttribute(
    'aria-disabled',
    'false',
    { timeout: 60_000 },
  );
  await scan(page, 'handout preview');

  // An import makes a backup first: there is one to restore.
  await request.post(`${web.origin}/api/cases.importBundle`, {
    data: { bundle: await caseBundle(request, web), duplicateTitles: 'rename' },
    headers: { 'x-lactasim-token': web.token },
  });
  await page.goto(`${web.url}#/backups`);
  const restore = page.getByRole('button', { name: /^Restore the backup of / }).first();
  await expect(restore).toBeVisible();
  await scan(page, 'backups');
  await restore.click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await scan(page, 'backups, restore question');
  await page.keyboard.press('Escape');
});

test('the import preview and the repeated-titles question', async ({ page, web, request }) => {
  await page.goto(`${web.url}#/`);
  await expect(page.getByRole('heading', { level: 1, name: 'LactaSim' })).toBeVisible();
  // Dropped on the window the way a file manager does.
  const text = JSON.stringify(await caseBundle(request, web));
  const dataTransfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'First days.lactasim', { type: 'application/json' }));
    return dt;
  }, text);
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  await expect(page.getByRole('dialog', { name: 'Import First days.lactasim' })).toBeVisible();
  await scan(page, 'import preview');
  await page.keyboard.press('Escape');

  await page.goto(`${web.url}#/cases`);
  await expect(
    page.getByRole('list', { name: 'Cases' }).getByRole('listitem').first(),
  ).toBeVisible();
  await page.getByLabel('Bundle file to import').setInputFiles({
    name: 'again.lactasim',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(await caseBundle(request, web))),
  });
  await expect(page.getByRole('dialog')).toBeVisible();
  await scan(page, 'repeated-titles question');
  await page.keyboard.press('Escape');
});

test('the clinician screens in Spanish: simulation, library and lesson editor', async ({
  page,
  web,
}) => {
  await page.addInitScript(() => localStorage.setItem('lactasim.language', 'es'));
  await page.goto(`${web.url}#/sim`);
  await expect(page.getByRole('slider', { name: 'Tiempo del modelo' })).toBeVisible({
    timeout: 150_000,
  });
  await expect(page.getByRole('region', { name: 'Gráficos' }).getByRole('img').first()).toBeVisible(
    {
      timeout: 60_000,
    },
  );
  await scan(page, 'simulation in Spanish');

  await page.goto(`${web.origin}/#/cases`);
  await expect(
    page.getByRole('list', { name: 'Casos' }).getByRole('listitem').first(),
  ).toBeVisible();
  await scan(page, 'case library in Spanish');

  await page.goto(`${web.origin}/#/lessons`);
  await page
    .getByRole('button', { name: /^Duplicar para editar/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Editar lección' })).toBeVisible();
  await expect(page.getByTestId('beat-thumbnail').first().locator('svg').first()).toBeVisible({
    timeout: 60_000,
  });
  await scan(page, 'lesson editor in Spanish');
});

test('pop-ups and results: a parent term card, a what-if, Add to lesson and Move to…', async ({
  page,
  web,
}) => {
  await page.goto(`${web.url}#/parent/b_typical-feed-6-weeks?step=3`);
  const walk = page.getByRole('region', { name: 'Walkthrough' });
  await walk.getByRole('button', { name: 'prolactin' }).click({ timeout: 60_000 });
  await expect(walk.locator('#parent-term-card').getByRole('button')).toBeVisible();
  await scan(page, 'parent view with a term card');

  await page.getByText('What if…').click();
  await page.getByRole('combobox', { name: 'Try a change' }).selectOption('moreFeeds');
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page.getByTestId('what-if-result').getByRole('status')).toBeVisible({
    timeout: 90_000,
  });
  await scan(page, 'parent view with a what-if result');

  await openSim(page, web.url);
  await page.getByRole('button', { name: 'Add to lesson' }).click();
  await expect(
    page.getByRole('group', { name: 'Add this view to a lesson' }).getByLabel('Lesson'),
  ).toBeEnabled();
  await scan(page, 'simulation with Add to lesson open');

  await page.goto(`${web.origin}/#/lessons`);
  await page
    .getByRole('button', { name: /^Duplicate/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit lesson' })).toBeVisible();
  await page.getByRole('button', { name: 'Move to…: beat 2' }).click();
  await expect(page.getByRole('form', { name: 'Move beat 2' })).toBeVisible();
  await scan(page, 'lesson editor with Move to… open');
});

test('the audience and presenter views in Spanish', async ({ page, web }) => {
  await page.context().addInitScript(() => localStorage.setItem('lactasim.language', 'es'));
  await page.goto(`${web.url}#/present/lb_let-down-reflex`);
  const audience = page.getByRole('region', { name: 'Vista del público' });
  await expect(audience.getByRole('img', { name: /^Anatomía del pecho/ })).toBeVisible({
    timeout: 60_000,
  });
  await scan(page, 'audience view in Spanish');
  const [popup] = await Promise.all([
    page.context().waitForEvent('page'),
    page.keyboard.press('s'),
  ]);
  await expect(
    popup
      .getByRole('region', { name: 'Vista del presentador' })
      .getByRole('img', { name: /^Anatomía del pecho/ }),
  ).toBeVisible({ timeout: 60_000 });
  await scan(popup, 'presenter view in Spanish');
});
