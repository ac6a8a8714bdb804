import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

async function openLibrary(page: Page, url: string) {
  await page.goto(url);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Case library' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Case library' })).toBeVisible();
}

test('lists the built-in library, searches it and filters by tag', async ({ page, web }) => {
  await openLibrary(page, web.url);
  const list = page.getByRole('list', { name: 'Cases' });
  await expect(list.getByRole('listitem').first()).toBeVisible();
  expect(await list.getByRole('listitem').count()).toBeGreaterThanOrEqual(10);
  const all = await list.getByRole('listitem').count();
  await page.getByRole('searchbox', { name: 'Search' }).fill('placenta');
  await expect(list.getByRole('button', { name: /Retained placenta/i })).toBeVisible();
  await expect(list.getByRole('button', { name: /Sheehan/i })).toHaveCount(0);
  expect(await list.getByRole('listitem').count()).toBeLessThan(all);
  await page.getByRole('searchbox', { name: 'Search' }).fill('');
  const tag = page.getByRole('combobox', { name: 'Tag' });
  const firstTag = await tag.locator('option').nth(1).getAttribute('value');
  await tag.selectOption(firstTag!);
  await expect(page.getByText(/^\d+ cases?$/)).not.toHaveText(`${all} cases`);
  await tag.selectOption('');
  await page.screenshot({ path: 'test-results/screens/cases-1280x720.png' });
});

test('built-in cases are read-only; duplicate, edit with field errors, delete and undo', async ({
  page,
  web,
}) => {
  await openLibrary(page, web.url);
  const list = page.getByRole('list', { name: 'Cases' });
  // The built-in one: other specs sharing this worker's library may have made copies of it.
  await list.getByRole('button', { name: /^Sheehan syndrome Built-in/ }).click();
  await expect(page.getByText('Built-in cases cannot be changed')).toBeVisible();
  await page.getByRole('button', { name: 'Duplicate' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Made an editable copy' })).toBeVisible();

  // An out-of-range value is refused by the main side; the message sits next to the field.
  const capacity = page.getByRole('spinbutton', { name: /Storage capacity, left/ });
  await capacity.fill('5000');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(capacity).toHaveAttribute('aria-invalid', 'true');
  // The message names the field as shown; the JSON path stays in the command line and bundles.
  await expect(
    page.getByText('Storage capacity, left breast: must be between 50 and 700 mL'),
  ).toBeVisible();
  await expect(page.getByText(/storageCapacityMl/)).toHaveCount(0);

  await capacity.fill('250');
  await page.getByRole('textbox', { name: 'Title' }).fill('Sheehan teaching copy');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved as revision 2' })).toBeVisible();
  await expect(list.getByRole('button', { name: /Sheehan teaching copy/ })).toBeVisible();

  // Earlier revisions can be seen and restored.
  await page.getByRole('button', { name: 'Revisions' }).click();
  await page.getByRole('button', { name: 'Restore revision 1' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Restored revision 1 as revision 3' }),
  ).toBeVisible();

  // Revision 1 was the duplicate as made, before the rename.
  const title = await page.getByRole('heading', { level: 2 }).innerText();
  expect(title).not.toBe('Sheehan teaching copy');
  const copy = list.getByRole('button', { name: title });
  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText(/Deleted “.*”\. It stays in the trash for 30 days\./)).toBeVisible();
  await expect(copy).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(copy).toHaveCount(1);
});

test('exports a case without personal details and imports it back as a new case', async ({
  page,
  web,
}) => {
  await openLibrary(page, web.url);
  const list = page.getByRole('list', { name: 'Cases' });
  await page.getByRole('combobox', { name: 'New case from' }).selectOption({ index: 1 });
  await expect(page.getByRole('status').filter({ hasText: 'Created' })).toBeVisible();
  await page.getByRole('textbox', { name: "Parent's first name" }).fill('Amira');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved as revision 2' })).toBeVisible();
  // The list reloads after the notice: count it once it shows the new case, selected.
  await expect(list.getByRole('button', { pressed: true })).toHaveCount(1);
  const before = await list.getByRole('listitem').count();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export selected' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.lactasim$/);
  const file = join(mkdtempSync(join(tmpdir(), 'lactasim-dl-')), download.suggestedFilename());
  await download.saveAs(file);
  const bundle = JSON.parse(readFileSync(file, 'utf8'));
  expect(bundle.format).toBe('lactasim/bundle@1');
  expect(bundle.cases).toHaveLength(1);
  expect(JSON.stringify(bundle)).not.toContain('Amira');

  // The case is still in the library under the same title: the import offers to rename it.
  await page.getByLabel('Bundle file to import').setInputFiles(file);
  const question = page.getByRole('dialog');
  await expect(question).toContainText('1 title is already in your library');
  await question.getByRole('button', { name: /^Rename them \(“.+ \(2\)”\)$/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 1 case' })).toContainText(
    '1 renamed',
  );
  await expect(list.getByRole('listitem')).toHaveCount(before + 1);
  await expect(list.getByRole('button', { name: / \(2\)/ })).toHaveCount(1);

  // A bad file says what is wrong and imports nothing.
  const bad = join(mkdtempSync(join(tmpdir(), 'lactasim-bad-')), 'bad.lactasim.json');
  bundle.cases[0].scenario.mother.storageCapacityMl.left = 9999;
  writeFileSync(bad, JSON.stringify(bundle));
  await page.getByLabel('Bundle file to import').setInputFiles(bad);
  await expect(page.getByRole('alert')).toContainText(
    'cases[0].scenario.mother.storageCapacityMl.left',
  );
  await expect(list.getByRole('listitem')).toHaveCount(before + 1);
});

test('opens a saved case into the simulation view', async ({ page, web }) => {
  await openLibrary(page, web.url);
  const list = page.getByRole('list', { name: 'Cases' });
  await list
    .getByRole('button', { name: /Retained placenta/i })
    .first()
    .click();
  await page.getByRole('link', { name: 'Open in simulation' }).click();
  await expect(page).toHaveURL(/#\/sim\/b_/);
  await expect(page.getByRole('heading', { level: 1, name: /Retained placenta/i })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Breast anatomy/ })).toBeVisible();
});

test('saves the current simulation view as a new case under the title given', async ({
  page,
  web,
}) => {
  await page.goto(`${web.url}#/sim`);
  await page.getByRole('button', { name: 'Save as new case' }).click();
  const title = page.getByRole('textbox', { name: 'Title of the new case' });
  await expect(title).toHaveValue(/\(my case\)$/);
  await title.fill('Night feeds for Tuesday class');
  await page.getByRole('button', { name: 'Save case' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'is in the case library' }),
  ).toBeVisible();
  // The link goes to the case itself: its own address in the library.
  await page.getByRole('link', { name: 'Night feeds for Tuesday class' }).click();
  await expect(page).toHaveURL(/#\/cases\/c_[0-9a-z]{12}$/);
  await expect(
    page.getByRole('heading', { level: 2, name: 'Night feeds for Tuesday class' }),
  ).toBeVisible();
  await expect(
    page.getByRole('list', { name: 'Cases' }).getByRole('button', { pressed: true }),
  ).toHaveText(/Night feeds for Tuesday class/);
});
