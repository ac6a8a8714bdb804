// Nothing lost: unsaved edits are guarded, cases have their own address, and the library's
// backups can be restored from the app, also when the library is damaged.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { openStore } from '../../src-main/store/open';
import { makeRecord, scribbleOverPages } from '../store/helpers';
import { repoRoot, startWebEdition, test, expect } from './fixtures';

const LEAVE_QUESTION = 'You have unsaved changes. Leave without saving them?';

/** A case of the user's own, opened in the library at its address. */
async function openOwnCase(page: Page, url: string, title: string): Promise<string> {
  await page.goto(`${url}#/cases`);
  await page.getByRole('combobox', { name: 'New case from' }).selectOption({ index: 1 });
  await expect(page.getByRole('status').filter({ hasText: 'Created' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Title' }).fill(title);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved as revision 2' })).toBeVisible();
  return /#\/cases\/(c_[0-9a-z]{12})$/.exec(page.url())![1]!;
}

test('a case has its own address that opens it, also in a new tab', async ({ page, web }) => {
  const id = await openOwnCase(page, web.url, 'Linked case');
  const tab = await page.context().newPage();
  await tab.goto(`${web.url}#/cases/${id}`);
  await expect(tab.getByRole('heading', { level: 2, name: 'Linked case' })).toBeVisible();
  await expect(
    tab.getByRole('list', { name: 'Cases' }).getByRole('button', { pressed: true }),
  ).toHaveText(/Linked case/);
  // Choosing another case changes the address; Back returns to the first.
  await tab
    .getByRole('list', { name: 'Cases' })
    .getByRole('button', { name: /Sheehan/i })
    .first()
    .click();
  // (Other tests may have saved copies of it: any case but the first one.)
  await expect(tab).toHaveURL(/#\/cases\/[bc]_[0-9a-z-]+$/);
  await expect(tab).not.toHaveURL(new RegExp(`#/cases/${id}$`));
  await tab.goBack();
  await expect(tab.getByRole('heading', { level: 2, name: 'Linked case' })).toBeVisible();
  await tab.close();
});

test('unsaved case edits are guarded on a route change and a reload', async ({ page, web }) => {
  await openOwnCase(page, web.url, 'Guarded case');
  const title = page.getByRole('textbox', { name: 'Title' });
  await title.fill('Guarded case, edited');

  // Staying keeps the edit and the address.
  const asked: string[] = [];
  page.once('dialog', (d) => {
    asked.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Lessons' })
    .click();
  await expect.poll(() => asked).toEqual([`confirm: ${LEAVE_QUESTION}`]);
  await expect(page).toHaveURL(/#\/cases\/c_/);
  await expect(title).toHaveValue('Guarded case, edited');

  // A reload asks too (the browser's own question).
  page.once('dialog', (d) => {
    asked.push(d.type());
    void d.dismiss();
  });
  await page.reload({ timeout: 3000 }).catch(() => undefined);
  await expect.poll(() => asked).toContain('beforeunload');
  await expect(title).toHaveValue('Guarded case, edited');

  // Leaving on purpose goes ahead, and once saved nothing asks.
  page.once('dialog', (d) => void d.accept());
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Lessons' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lessons' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Guarded case');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'LactaSim' })).toBeVisible();
});

test('an edited lesson caption is not lost by going to the case library', async ({ page, web }) => {
  await page.goto(`${web.url}#/lessons`);
  await page
    .getByRole('button', { name: /^Duplicate / })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit lesson' })).toBeVisible();
  const caption = page.getByLabel('Caption (beat 1)');
  await caption.fill('A caption worth keeping');
  let asked = 0;
  page.on('dialog', (d) => {
    asked += 1;
    void d.dismiss();
  });
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Case library' })
    .click();
  await expect.poll(() => asked).toBe(1);
  await expect(caption).toHaveValue('A caption worth keeping');
  await page.getByRole('button', { name: 'Save lesson' }).click();
  await expect(page.getByText('Lesson saved.')).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Case library' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Case library' })).toBeVisible();
  expect(asked).toBe(1);
});

test('a feed log read in the parent view is not lost by going to the clinician view', async ({
  page,
  web,
}) => {
  await page.goto(`${web.url}#/parent/b_typical-feed-6-weeks`);
  await expect(page.getByRole('region', { name: 'Walkthrough' })).toBeVisible({ timeout: 30_000 });
  await page.getByText('Your feeding pattern').click();
  await page
    .getByLabel('Read a feed log (CSV file)')
    .setInputFiles(join(repoRoot, 'tests/fixtures/feed-logs/good-tracker.csv'));
  await expect(page.getByText(/We used 9 of 10 feeds from the log/)).toBeVisible();
  // The save button sits in the window's corner, in view whatever the scroll.
  const save = page.getByRole('button', { name: 'Save as a copy' });
  await expect(save).toBeInViewport();
  let asked = 0;
  page.on('dialog', (d) => {
    asked += 1;
    void d.dismiss();
  });
  await page.getByRole('link', { name: 'Clinician view' }).click();
  await expect.poll(() => asked).toBe(1);
  await expect(page).toHaveURL(/#\/parent\/b_typical-feed-6-weeks/);
  await expect(page.getByText(/We used 9 of 10 feeds from the log/)).toBeVisible();
  // Saving confirms it on screen and then leaves without a question.
  await save.click();
  await expect(page).toHaveURL(/#\/parent\/c_/);
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeInViewport();
  expect(asked).toBe(1);
});

test('parameter edits in the simulation view are not lost without a question', async ({
  page,
  web,
}) => {
  test.setTimeout(300_000); // the first run of a case can be slow on a busy machine
  await page.goto(`${web.url}#/sim`);
  await expect(page.getByRole('slider', { name: 'Model time' })).toBeVisible({ timeout: 150_000 });
  await page.getByText('Case parameters').click();
  const field = page.getByRole('spinbutton', { name: 'Storage capacity, left breast (mL)' });
  await field.fill('300');
  await expect(page.locator('.readouts')).toContainText('/ 300 mL', { timeout: 150_000 });
  const asked: string[] = [];
  page.on('dialog', (d) => {
    asked.push(d.message());
    void d.dismiss();
  });
  const lessons = page.getByRole('navigation', { name: 'Main' }).getByRole('link', {
    name: 'Lessons',
  });
  await lessons.click();
  await expect.poll(() => asked).toEqual([LEAVE_QUESTION]);
  await expect(page).toHaveURL(/#\/sim$/);
  await expect(field).toHaveValue('300');

  // Saved as a case, the edits are kept: leaving asks nothing.
  await page.getByRole('button', { name: 'Save as new case' }).click();
  await page.getByRole('textbox', { name: 'Title of the new case' }).fill('Bigger left storage');
  await page.getByRole('button', { name: 'Save case' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Bigger left storage' })).toBeVisible();
  await lessons.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lessons' })).toBeVisible();
  expect(asked).toHaveLength(1);
});

test('an act-now fork asks before leaving, in Spanish for a Spanish interface', async ({
  page,
  web,
}) => {
  test.setTimeout(300_000);
  await page.addInitScript(() => localStorage.setItem('lactasim.language', 'es'));
  await page.goto(`${web.url}#/sim`);
  await expect(page.getByRole('slider', { name: 'Tiempo del modelo' })).toBeVisible({
    timeout: 150_000,
  });
  await page.getByRole('button', { name: 'Agarre ahora' }).click();
  await expect(page.getByRole('button', { name: 'Pausa' })).toBeVisible();
  const asked: string[] = [];
  page.on('dialog', (d) => {
    asked.push(d.message());
    void d.accept();
  });
  await page
    .getByRole('navigation', { name: 'Principal' })
    .getByRole('link', { name: 'Lecciones' })
    .click();
  await expect.poll(() => asked).toEqual(['Hay cambios sin guardar. ¿Salir sin guardarlos?']);
  await expect(page.getByRole('heading', { level: 1, name: 'Lecciones' })).toBeVisible();
});

test('restores the library from the backup made before an import', async ({ page, web }) => {
  await openOwnCase(page, web.url, 'Before the import');
  // A real scenario from the library itself, read through the app's API.
  const exported = await page.evaluate(async (token) => {
    const post = (method: string, body: unknown) =>
      fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'x-lactasim-token': token },
        body: JSON.stringify(body),
      }).then((r) => r.json());
    const list = await post('cases.list', { query: 'before import' });
    return post('cases.get', { id: list.value.cases[0].id });
  }, web.token);
  const bundle = {
    format: 'lactasim/bundle@1',
    cases: [{ title: 'Imported by mistake', scenario: exported.value.scenario }],
  };
  const file = join(mkdtempSync(join(tmpdir(), 'lactasim-import-')), 'mistake.lactasim.json');
  writeFileSync(file, JSON.stringify(bundle));
  await page.getByLabel('Bundle file to import').setInputFiles(file);
  await expect(page.getByRole('status').filter({ hasText: 'Imported 1 case' })).toBeVisible();
  const list = page.getByRole('list', { name: 'Cases' });
  await expect(list.getByRole('button', { name: /Imported by mistake/ })).toHaveCount(1);

  await page.getByRole('link', { name: 'Backups…' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Backups' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: 'Before an import' }).first();
  await row.getByRole('button', { name: /^Restore the backup of / }).click();
  const question = page.getByRole('dialog');
  await expect(question).toContainText('backed up first');
  await question.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Restored the library as it was on');
  // The safety copy made just before the restore is listed.
  await expect(page.getByRole('row').filter({ hasText: 'Before a restore' })).toHaveCount(1);

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Case library' })
    .click();
  await expect(list.getByRole('button', { name: /Before the import/ })).toHaveCount(1);
  await expect(list.getByRole('button', { name: /Imported by mistake/ })).toHaveCount(0);
});

test('a damaged library offers its backups instead of locking the user out', async ({ page }) => {
  const dbPath = join(mkdtempSync(join(tmpdir(), 'lactasim-damaged-')), 'lactasim.db');
  const store = openStore(dbPath);
  store.cases.transaction(() => {
    for (let i = 0; i < 300; i++) store.cases.insert(makeRecord({ notes: 'x'.repeat(500) }));
  });
  store.cases.insert(makeRecord({ title: 'Safe in the backup' }));
  store.backup('daily');
  store.close();
  scribbleOverPages(dbPath);

  const { edition, stop } = await startWebEdition(dbPath);
  try {
    await page.goto(edition.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Backups' })).toBeVisible();
    await expect(page.getByRole('alert').first()).toContainText('is damaged');
    await page.getByRole('button', { name: /^Restore the backup of / }).click();
    await expect(page.getByRole('dialog')).toContainText('The damaged file is kept aside.');
    await page.getByRole('dialog').getByRole('button', { name: 'Restore', exact: true }).click();
    await expect(page.getByRole('status')).toContainText('The damaged file was kept as');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Case library' })
      .click();
    await page.getByRole('searchbox', { name: 'Search' }).fill('safe in the backup');
    await expect(
      page.getByRole('list', { name: 'Cases' }).getByRole('button', { name: /Safe in the backup/ }),
    ).toHaveCount(1);
  } finally {
    await stop();
  }
});
