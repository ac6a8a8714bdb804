// Cases and lessons share one list screen (src-renderer/features/library/RecordList): the same
// search, sort, count, delete with Undo and Restore from the trash, driven here the same way for
// both kinds. Only how a record is made and deleted differs (the case editor, a lesson's card).
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';

interface Kind {
  address: string;
  heading: string;
  listName: string;
  noun: string;
  /** A search word and a title it finds. */
  search: string;
  found: RegExp;
  /** The titles shown, in order. */
  titles(list: Locator): Locator;
  /** Makes a record of the user's own titled `title`, ending on the list. */
  make(page: Page, title: string): Promise<void>;
  /** Deletes it the way the screen offers. */
  remove(page: Page, title: string): Promise<void>;
}

const kinds: Kind[] = [
  {
    address: '#/cases',
    heading: 'Case library',
    listName: 'Cases',
    noun: 'case',
    search: 'placenta',
    found: /Retained placenta/i,
    titles: (list) => list.locator('.case-title'),
    make: async (page, title) => {
      await page.getByRole('combobox', { name: 'New case from' }).selectOption({ index: 1 });
      await expect(page.getByRole('status').filter({ hasText: 'Created' })).toBeVisible();
      await page.getByRole('textbox', { name: 'Title' }).fill(title);
      await page.getByRole('button', { name: 'Save changes' }).click();
      await expect(
        page.getByRole('status').filter({ hasText: 'Saved as revision 2' }),
      ).toBeVisible();
    },
    remove: async (page, title) => {
      await page.getByRole('list', { name: 'Cases' }).getByRole('button', { name: title }).click();
      await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
      await page.getByRole('button', { name: 'Delete', exact: true }).click();
    },
  },
  {
    address: '#/lessons',
    heading: 'Lessons',
    listName: 'Lessons',
    noun: 'lesson',
    search: 'reflex',
    found: /let-down reflex/i,
    titles: (list) => list.getByRole('heading', { level: 2 }),
    make: async (page, title) => {
      await page.getByRole('button', { name: 'New lesson' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Edit lesson' })).toBeVisible();
      await page.getByLabel('Title', { exact: true }).fill(title);
      await page.getByRole('button', { name: 'Save lesson' }).click();
      await expect(page.getByText('Lesson saved.')).toBeVisible();
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Lessons' })
        .click();
    },
    remove: async (page, title) => {
      await page.getByRole('button', { name: `Delete ${title}` }).click();
    },
  },
];

for (const kind of kinds) {
  test(`${kind.heading}: the shared list searches, sorts, deletes with Undo and restores from the trash`, async ({
    page,
    web,
  }) => {
    await page.goto(`${web.url}${kind.address}`);
    await expect(page.getByRole('heading', { level: 1, name: kind.heading })).toBeVisible();
    const list = page.getByRole('list', { name: kind.listName });
    const count = page.getByText(new RegExp(`^\\d+ ${kind.noun}s?$`));
    await expect(list.getByRole('listitem').first()).toBeVisible();
    const all = await list.getByRole('listitem').count();
    await expect(count).toHaveText(`${all} ${kind.noun}s`);

    // Search: fewer records, the one looked for among them, the count in step.
    await page.getByRole('searchbox', { name: 'Search' }).fill(kind.search);
    await expect.poll(() => list.getByRole('listitem').count()).toBeLessThan(all);
    // (Other specs on the same web edition may have made copies of it.)
    await expect(kind.titles(list).filter({ hasText: kind.found }).first()).toBeVisible();
    const found = await list.getByRole('listitem').count();
    await expect(count).toHaveText(new RegExp(`^${found} ${kind.noun}s?$`));
    await page.getByRole('searchbox', { name: 'Search' }).fill('');
    await expect(list.getByRole('listitem')).toHaveCount(all);

    // Sort by title: A–Z, letter case aside.
    await page.getByRole('combobox', { name: 'Sort' }).selectOption({ label: 'Title' });
    await expect(async () => {
      const titles = await kind.titles(list).allInnerTexts();
      const sorted = [...titles].sort((a, b) =>
        a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0,
      );
      expect(titles).toEqual(sorted);
    }).toPass();

    // A record of one's own: delete, Undo; delete, Show deleted, Restore.
    const title = `Shared list ${kind.noun}`;
    await kind.make(page, title);
    const mine = list.getByRole('listitem').filter({ hasText: title });
    await expect(mine).toHaveCount(1);
    await kind.remove(page, title);
    await expect(
      page.getByRole('status').filter({
        hasText: `Deleted “${title}”. It stays in the trash for 30 days.`,
      }),
    ).toBeVisible();
    await expect(mine).toHaveCount(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: /^(Case|Lesson) restored\./ }),
    ).toBeVisible();
    await expect(mine).toHaveCount(1);

    await kind.remove(page, title);
    await expect(mine).toHaveCount(0);
    await page.getByRole('checkbox', { name: 'Show deleted' }).check();
    await expect(mine).toHaveCount(1);
    await mine.getByRole('button', { name: 'Restore' }).click();
    await page.getByRole('checkbox', { name: 'Show deleted' }).uncheck();
    await expect(mine).toHaveCount(1);
    await expect(mine.getByRole('button', { name: 'Restore' })).toHaveCount(0);
  });
}
