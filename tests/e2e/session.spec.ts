// The web edition's session: the printed link works once, then the browser is known by an
// HttpOnly cookie, so new tabs, bookmarks and reloads work without the token in the address.
import { test, expect } from './fixtures';

test('a new tab or a bookmark without the token works after the first visit', async ({
  browser,
  web,
}) => {
  const context = await browser.newContext();
  const first = await context.newPage();
  await first.goto(web.url);
  await expect(first.getByText(/edition · data:/)).toBeVisible();
  // The token is not kept where the page's scripts could read it from a cookie.
  expect(await first.evaluate(() => document.cookie)).toBe('');

  const bookmark = await context.newPage();
  await bookmark.goto(`${web.origin}/#/cases`);
  await expect(bookmark.getByRole('heading', { level: 1, name: 'Case library' })).toBeVisible();
  await expect(
    bookmark.getByRole('list', { name: 'Cases' }).getByRole('listitem').first(),
  ).toBeVisible();
  await bookmark.reload();
  await expect(
    bookmark.getByRole('list', { name: 'Cases' }).getByRole('listitem').first(),
  ).toBeVisible();
  await context.close();
});

test('a browser that never had the link is told how to get one', async ({ browser, web }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${web.origin}/#/cases`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'This page is not connected to LactaSim' }),
  ).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('did not recognise this browser tab');
  await expect(page.getByText('npm run web')).toBeVisible();
  await context.close();
});
