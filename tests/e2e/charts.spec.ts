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

test('a long export shows its progress, can be cancelled with nothing downloaded, and completes', async ({
  page,
  web,
}) => {
  test.setTimeout(120_000);
  await page.goto(`${web.url}#/sim`);
  const charts = page.getByRole('region', { name: 'Charts' });
  await expect(charts.getByRole('img').first()).toBeVisible({ timeout: 30_000 });
  const downloads: string[] = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));

  await charts
    .getByLabel('Export shown charts as')
    .selectOption({ label: 'All formats (SVG, PNG at 3 sizes, CSV, PDF)' });
  await charts.getByRole('button', { name: 'Export', exact: true }).click();
  const progress = charts.getByRole('progressbar', { name: 'Export progress' });
  await expect(progress).toBeVisible();
  // Three shown charts × (SVG, three PNG sizes, CSV) + one PDF report.
  await expect(charts.getByText(/^\d+ of 16 files$/)).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/charts-export-progress.png' });
  await charts.getByRole('button', { name: 'Cancel export' }).click();
  await expect(progress).toBeHidden();
  await expect(charts.getByRole('status').filter({ hasText: 'Export cancelled' })).toBeVisible();
  // Long enough for the call that was running at Cancel, and a few more, to have finished.
  await page.waitForTimeout(4000);
  expect(downloads).toEqual([]);

  await charts.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(charts.getByRole('status').filter({ hasText: 'Downloaded 16 files.' })).toBeVisible({
    timeout: 90_000,
  });
  await expect.poll(() => downloads.length).toBe(16);
  expect(downloads.filter((f) => f.endsWith('.svg'))).toHaveLength(3);
  expect(downloads.filter((f) => f.endsWith('.png'))).toHaveLength(9);
  expect(downloads.filter((f) => f.endsWith('.csv'))).toHaveLength(3);
  expect(downloads.filter((f) => f.endsWith('-report.pdf'))).toHaveLength(1);
});
