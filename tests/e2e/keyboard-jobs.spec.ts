// The three jobs done with the keyboard alone — no click, no hover, no mouse move: present a
// lesson, walk a parent through a case and download the handout, export a chart. Only Tab,
// Shift+Tab, Enter, Space, arrows and the app's own keys are pressed.
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';

test.describe.configure({ timeout: 240_000 });

/** Presses Tab until `target` has focus (at most `limit` presses), as a keyboard user would. */
async function tabTo(page: Page, target: Locator, limit = 150): Promise<void> {
  await expect(target).toBeVisible({ timeout: 150_000 });
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

async function start(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByText(/edition · data:/)).toBeVisible();
}

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });

test('presents a lesson with the keyboard alone', async ({ page, web }) => {
  await start(page, web.url);
  await tabTo(page, nav(page, 'Lessons'));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Lessons' })).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: /^Present/ }).first());
  await page.keyboard.press('Enter');
  const audience = page.getByRole('region', { name: 'Audience view' });
  await expect(audience.getByText(/^Beat 1 of \d+$/)).toBeVisible({ timeout: 60_000 });
  await page.keyboard.press('ArrowRight');
  await expect(audience.getByText(/^Beat 2 of \d+$/)).toBeVisible();
  await page.keyboard.press('b');
  await expect(page.getByTestId('blank')).toBeFocused();
  await page.keyboard.press('b');
  await page.keyboard.press('ArrowLeft');
  await expect(audience.getByText(/^Beat 1 of \d+$/)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(audience).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
});

test('walks a parent through a case and downloads the handout with the keyboard alone', async ({
  page,
  web,
}) => {
  await start(page, web.url);
  await tabTo(page, nav(page, 'Case library'));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('searchbox', { name: 'Search' }));
  await page.keyboard.type('Typical day at 6 weeks');
  const cases = page.getByRole('list', { name: 'Cases' });
  await tabTo(page, cases.getByRole('button', { name: /Typical day at 6 weeks/ }).first());
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('link', { name: 'Open in simulation' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: 'Parent view' }));
  await page.keyboard.press('Enter');
  const walk = page.getByRole('region', { name: 'Walkthrough' });
  await expect(walk.getByText(/^Step 1 of \d+$/)).toBeVisible({ timeout: 60_000 });
  await tabTo(page, walk.getByRole('button', { name: 'Next step' }));
  await page.keyboard.press('Enter');
  await expect(walk.getByText(/^Step 2 of \d+$/)).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(walk.getByText(/^Step 3 of \d+$/)).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Download the handout' }));
  await page.keyboard.press('Enter');
  const preview = page.getByRole('region', { name: 'Handout preview' });
  const button = preview.getByRole('button', { name: 'Download this handout' });
  await expect(button).toHaveAttribute('aria-disabled', 'false', { timeout: 120_000 });
  await tabTo(page, button);
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(file.suggestedFilename()).toMatch(/\.pdf$/);
});

test('exports a chart with the keyboard alone', async ({ page, web }) => {
  await start(page, web.url);
  await tabTo(page, nav(page, 'Simulation'));
  await page.keyboard.press('Enter');
  const charts = page.getByRole('region', { name: 'Charts' });
  await expect(charts.getByRole('img').first()).toBeVisible({ timeout: 150_000 });
  const format = charts.getByLabel('Export shown charts as');
  await tabTo(page, format);
  await format.press('Home');
  const chosen = await format.inputValue();
  await tabTo(page, charts.getByRole('button', { name: 'Export', exact: true }));
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(file.suggestedFilename()).toMatch(/charts\.zip$|\.(svg|png|csv|pdf)$/);
  expect(chosen).not.toBe('');
});
