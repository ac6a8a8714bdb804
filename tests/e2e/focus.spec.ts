// Focus management: the skip link, the glossary card, the key list and the blank screen each
// take focus where a keyboard or screen-reader user needs it and give it back when they close.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

test.describe.configure({ timeout: 180_000 });

async function openSim(page: Page, url: string) {
  await page.goto(`${url}#/sim`);
  await expect(page.getByRole('slider', { name: 'Model time' })).toBeVisible({ timeout: 150_000 });
}

test('the skip link moves focus to the main region and keeps the route', async ({ page, web }) => {
  await openSim(page, web.url);
  const before = page.url();
  await page.locator('body').focus();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  expect(page.url()).toBe(before);
  await expect(page.getByRole('slider', { name: 'Model time' })).toBeVisible();
  // The next Tab goes on inside the main region, not back to the header.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
});

test('the glossary card is described to its button, reached by Tab, and closed by Esc or its button', async ({
  page,
  web,
}) => {
  await openSim(page, web.url);
  const list = page.getByRole('navigation', { name: 'Structures and hormones' });
  const card = page.locator('.glossary-card');
  const sinus = list.getByRole('button', { name: 'Milk sinus' });
  await sinus.focus();
  await expect(card.getByRole('heading', { level: 2 })).toHaveText(/^Milk sinus/);
  // The button controls the card and is described by its plain words.
  await expect(sinus).toHaveAttribute('aria-controls', (await card.getAttribute('id'))!);
  await expect(sinus).toHaveAccessibleDescription(/\w{3,}/);
  // The list is one tab stop: Tab goes from the focused structure to the card's Close button.
  await page.keyboard.press('Tab');
  const close = card.getByRole('button', { name: 'Close glossary card' });
  await expect(close).toBeFocused();
  // Esc in the card closes it; focus goes back to the structure, which does not reopen it.
  await page.keyboard.press('Escape');
  await expect(card.getByRole('heading', { level: 2 })).toHaveCount(0);
  await expect(sinus).toBeFocused();
  await expect(sinus).toHaveAttribute('aria-pressed', 'false');
  // Moving on opens the next; Esc on the list button closes it there.
  await page.keyboard.press('ArrowRight');
  const nipple = list.getByRole('button', { name: 'Nipple' });
  await expect(nipple).toBeFocused();
  await expect(card.getByRole('heading', { level: 2 })).toHaveText('Nipple');
  await page.keyboard.press('Escape');
  await expect(card.getByRole('heading', { level: 2 })).toHaveCount(0);
  await expect(nipple).toBeFocused();
  // The Close button does the same.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Tab');
  await expect(close).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(card.getByRole('heading', { level: 2 })).toHaveCount(0);
  await expect(list.getByRole('button', { name: 'Areola' })).toBeFocused();
});

test('the key list is a modal dialog that takes focus and gives it back', async ({ page, web }) => {
  await openSim(page, web.url);
  const keys = page.getByRole('button', { name: /^Keys/ });
  await keys.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Simulation keys' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  // Modal: what is behind it is out of reach.
  expect(await dialog.evaluate((d) => d.matches(':modal'))).toBe(true);
  await page.keyboard.press('Tab');
  expect(
    await page.evaluate(
      () => document.activeElement === document.body || !!document.activeElement?.closest('dialog'),
    ),
  ).toBe(true);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(keys).toBeFocused();
});

test('blanking the audience screen says so, holds focus, and gives it back', async ({
  page,
  web,
}) => {
  await page.goto(web.url);
  await expect(page.getByText(/edition · data:/)).toBeVisible();
  await page.goto(`${web.origin}/#/present/lb_let-down-reflex`);
  const audience = page.getByRole('region', { name: 'Audience view' });
  await expect(audience.getByText(/^Beat 1 of/)).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  const opener = audience.getByRole('button', { name: 'Presenter view (S)' });
  await opener.focus();
  await page.keyboard.press('b');
  const blank = page.getByTestId('blank');
  await expect(blank).toHaveRole('status');
  await expect(blank).toHaveText('Screen blanked black. Press B to show the lesson again.');
  await expect(blank).toBeFocused();
  // What is under the blank cannot be reached.
  await expect(opener).toHaveAttribute('inert');
  await page.keyboard.press('b');
  await expect(blank).toHaveCount(0);
  await expect(opener).toBeFocused();
});

test('the presenter window opens with focus on its title', async ({ page, web }) => {
  await page.goto(web.url);
  await expect(page.getByText(/edition · data:/)).toBeVisible();
  await page.goto(`${web.origin}/#/present/lb_let-down-reflex`);
  await expect(
    page.getByRole('region', { name: 'Audience view' }).getByText(/^Beat 1 of/),
  ).toBeVisible({ timeout: 60_000 });
  const [popup] = await Promise.all([
    page.context().waitForEvent('page'),
    page.keyboard.press('s'),
  ]);
  const presenter = popup.getByRole('region', { name: 'Presenter view' });
  await expect(presenter.getByRole('heading', { level: 1 })).toBeFocused({ timeout: 60_000 });
  // Its keys work from there: the next beat in both windows.
  await popup.keyboard.press('ArrowRight');
  await expect(presenter.getByText(/^Beat 2 of/)).toBeVisible();
});
