import type { APIRequestContext, Page } from '@playwright/test';
import { test, expect, type WebEdition } from './fixtures';

/** A real bundle of one built-in case, as the library exports it. */
async function caseBundle(request: APIRequestContext, web: WebEdition): Promise<string> {
  const response = await request.post(`${web.origin}/api/cases.exportBundle`, {
    data: { ids: ['b_first-five-days'] },
    headers: { 'x-lactasim-token': web.token },
  });
  const result = (await response.json()) as { ok: boolean; value: unknown };
  expect(result.ok).toBe(true);
  return JSON.stringify(result.value);
}

/** Drops a file on the page the way a file manager does. */
async function dropFile(page: Page, name: string, text: string) {
  const dataTransfer = await page.evaluateHandle(
    ({ name, text }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], name, { type: 'application/json' }));
      return dt;
    },
    { name, text },
  );
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  await expect(page.locator('.app.dropping')).toHaveCount(1);
  await page.dispatchEvent('main', 'drop', { dataTransfer });
}

/** Opens the case library; returns its rows matching `name` and how many there are now. */
async function libraryRows(page: Page, web: WebEdition, name: RegExp) {
  await page.goto(`${web.url}#/cases`);
  const rows = page.getByRole('list', { name: 'Cases' }).getByRole('button', { name });
  await expect(rows.first()).toBeVisible();
  return { rows, before: await rows.count() };
}

test('a bundle dropped on the window opens the import preview, then imports', async ({
  page,
  web,
  request,
}) => {
  const text = await caseBundle(request, web);
  const { rows: copies, before } = await libraryRows(page, web, /first five days/i);
  await page.goto(`${web.url}#/`);
  await expect(page.getByRole('heading', { level: 1, name: 'LactaSim' })).toBeVisible();
  await dropFile(page, 'First days.lactasim', text);
  const preview = page.getByRole('dialog', { name: 'Import First days.lactasim' });
  await expect(preview).toBeVisible();
  await expect(preview.getByText('This file holds 1 case:')).toBeVisible();
  await expect(preview.getByRole('listitem')).toHaveText([/first five days/i]);
  await page.screenshot({ path: 'test-results/screens/import-preview.png' });
  await preview.getByRole('button', { name: 'Import' }).click();
  // The built-in case is in the library under the same title.
  const question = page.getByRole('dialog', { name: /1 title is already in your library/ });
  await question.getByRole('button', { name: 'Keep the same titles' }).click();
  await expect(preview.getByRole('status')).toHaveText('Imported 1 case.');
  await expect(page).toHaveURL(/#\/cases$/);
  await preview.getByRole('button', { name: 'Close' }).click();
  await expect(preview).toBeHidden();
  await expect(copies).toHaveCount(before + 1);
});

test('a bundle dropped twice asks about the repeated title, and Rename numbers the copy', async ({
  page,
  web,
  request,
}) => {
  const bundle = JSON.parse(await caseBundle(request, web));
  bundle.cases[0].title = 'Dropped twice';
  const text = JSON.stringify(bundle);
  const { rows } = await libraryRows(page, web, /./);
  const named = (title: RegExp) =>
    page.getByRole('list', { name: 'Cases' }).getByRole('button', { name: title });

  // The first time the title is new: no question.
  await dropFile(page, 'twice.lactasim', text);
  const first = page.getByRole('dialog', { name: 'Import twice.lactasim' });
  await first.getByRole('button', { name: 'Import' }).click();
  await expect(first.getByRole('status')).toHaveText('Imported 1 case.');
  await first.getByRole('button', { name: 'Close' }).click();
  await expect(named(/^Dropped twice/)).toHaveCount(1);
  const before = await rows.count();

  await dropFile(page, 'twice.lactasim', text);
  const second = page.getByRole('dialog', { name: 'Import twice.lactasim' });
  await second.getByRole('button', { name: 'Import' }).click();
  const question = page.getByRole('dialog', { name: /1 title is already in your library/ });
  await expect(question).toContainText('“Dropped twice”');
  // Cancel in the question leaves the preview as it was, nothing imported.
  await question.getByRole('button', { name: 'Cancel import' }).click();
  await expect(question).toBeHidden();
  await expect(second.getByRole('button', { name: 'Import' })).toBeFocused();
  await second.getByRole('button', { name: 'Import' }).click();
  await question.getByRole('button', { name: 'Rename them (“Dropped twice (2)”)' }).click();
  await expect(second.getByRole('status')).toHaveText(
    'Imported 1 case. 1 title renamed, e.g. “Dropped twice (2)”.',
  );
  await second.getByRole('button', { name: 'Close' }).click();
  await expect(rows).toHaveCount(before + 1);
  await expect(named(/^Dropped twice \(2\)/)).toHaveCount(1);
});

test('Cancel imports nothing; a file that is not a bundle says why', async ({
  page,
  web,
  request,
}) => {
  const text = await caseBundle(request, web);
  const { rows, before } = await libraryRows(page, web, /./);
  // LactaSim 0.1's `.lactasim.json` name still opens.
  await dropFile(page, 'old.lactasim.json', text);
  const preview = page.getByRole('dialog', { name: 'Import old.lactasim.json' });
  await preview.getByRole('button', { name: 'Cancel' }).click();
  await expect(preview).toBeHidden();
  await expect(rows).toHaveCount(before);

  await dropFile(page, 'notes.txt', 'hello');
  const bad = page.getByRole('dialog', { name: 'Import notes.txt' });
  await expect(bad.getByRole('alert')).toContainText('notes.txt is not a LactaSim bundle');
  await expect(bad.getByRole('button', { name: 'Import' })).toHaveCount(0);
  await bad.getByRole('button', { name: 'Cancel' }).click();

  // A damaged case is refused whole, with the path of what is wrong.
  const damaged = JSON.parse(text);
  damaged.cases[0].scenario.mother.storageCapacityMl.left = 9999;
  await dropFile(page, 'damaged.lactasim', JSON.stringify(damaged));
  const refused = page.getByRole('dialog', { name: 'Import damaged.lactasim' });
  await refused.getByRole('button', { name: 'Import' }).click();
  await expect(refused.getByRole('alert')).toContainText(
    'Nothing imported: cases[0].scenario.mother.storageCapacityMl.left',
  );
  await refused.getByRole('button', { name: 'Cancel' }).click();
  await expect(rows).toHaveCount(before);
});

test('Home lists the cases opened lately', async ({ page, web }) => {
  await page.goto(`${web.url}#/sim/b_first-five-days`);
  await expect(page.getByRole('img', { name: /^Breast anatomy/ })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  const recent = page.getByRole('region', { name: 'Recent cases' });
  await expect(recent.getByRole('link', { name: /first five days/i })).toHaveAttribute(
    'href',
    '#/sim/b_first-five-days',
  );
});
