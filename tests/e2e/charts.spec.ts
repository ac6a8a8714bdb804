import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';

test('charts read the trace, move the timeline on click and export an SVG with provenance', async ({
  page,
  web,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`${web.url}#/sim`);
  const charts = page.getByRole('region', { name: 'Charts' });
  await expect(charts.getByRole('img').first()).toBeVisible({ timeout: 30_000 });
  const slider = page.getByRole('slider').first();
  const before = Number(await slider.getAttribute('aria-valuenow'));

  // Clicking near the right end of a chart moves the timeline there.
  const figure = charts.locator('figure').first();
  const box = (await figure.boundingBox())!;
  await figure.click({ position: { x: box.width * 0.8, y: box.height / 2 } });
  await expect
    .poll(async () => Number(await slider.getAttribute('aria-valuenow')))
    .toBeGreaterThan(before + 3600);

  await charts.getByLabel('Export shown charts as').selectOption({ label: 'SVG' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    charts.getByRole('button', { name: 'Export' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.svg$/);
  const svg = readFileSync((await download.path())!, 'utf8');
  expect(svg).toContain('<metadata');
  expect(svg).toMatch(/Typical day at 6 weeks/);
  await page.screenshot({ path: 'test-results/screens/charts-1920x1080.png', fullPage: true });
});

test('fork and compare overlays a second run and summarises the difference', async ({
  page,
  web,
}) => {
  await page.goto(`${web.url}#/sim`);
  const compare = page.getByRole('region', { name: 'Compare' });
  await expect(compare).toBeVisible({ timeout: 30_000 });
  await compare.getByRole('button', { name: 'Fork and compare' }).click();
  await expect(compare.getByRole('table')).toBeVisible({ timeout: 30_000 });
  await expect(compare.getByRole('button', { name: 'Clear comparison' })).toBeVisible();
});
