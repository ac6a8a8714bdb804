import { readFileSync } from 'node:fs';
import type { Download } from '@playwright/test';
import { unzipSync } from 'fflate';
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
  // Three shown charts: their SVG files in one .zip.
  expect(download.suggestedFilename()).toBe('typical-day-at-6-weeks-charts.zip');
  const files = unzipSync(readFileSync((await download.path())!));
  expect(Object.keys(files)).toHaveLength(3);
  const svg = Buffer.from(files['typical-day-at-6-weeks-hormones.svg']!).toString();
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
  const downloads: Download[] = [];
  page.on('download', (d) => downloads.push(d));

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
  // In the web edition the sixteen files arrive as one .zip.
  await expect(
    charts
      .getByRole('status')
      .filter({ hasText: 'Downloaded 16 files in typical-day-at-6-weeks-charts.zip.' }),
  ).toBeVisible({ timeout: 90_000 });
  await expect.poll(() => downloads.length).toBe(1);
  expect(downloads[0]?.suggestedFilename()).toBe('typical-day-at-6-weeks-charts.zip');
  const names = Object.keys(unzipSync(readFileSync((await downloads[0]!.path())!)));
  expect(names).toHaveLength(16);
  expect(names.filter((f) => f.endsWith('.svg'))).toHaveLength(3);
  expect(names.filter((f) => f.endsWith('.png'))).toHaveLength(9);
  expect(names.filter((f) => f.endsWith('.csv'))).toHaveLength(3);
  expect(names.filter((f) => f.endsWith('-report.pdf'))).toHaveLength(1);
});

test('a fork exports both runs: the overlay and its table in SVG, both columns in CSV, all in one zip', async ({
  page,
  web,
}) => {
  test.setTimeout(180_000);
  await page.goto(`${web.url}#/sim`);
  const compare = page.getByRole('region', { name: 'Compare' });
  const charts = page.getByRole('region', { name: 'Charts' });
  await expect(charts.getByRole('img').first()).toBeVisible({ timeout: 30_000 });
  // Fork a third of the way into the day, where pumping changes what follows.
  const slider = page.getByRole('slider').first();
  const duration = Number(await slider.getAttribute('aria-valuemax'));
  const figure = charts.locator('figure').first();
  const box = (await figure.boundingBox())!;
  await figure.click({ position: { x: box.width * 0.35, y: box.height / 2 } });
  await expect
    .poll(async () => Number(await slider.getAttribute('aria-valuenow')))
    .toBeGreaterThan(duration * 0.2);
  await compare.getByRole('combobox').selectOption({ label: 'Double pumping for 15 min' });
  await compare.getByRole('button', { name: 'Fork and compare' }).click();
  const table = compare.getByRole('table');
  await expect(table).toBeVisible({ timeout: 60_000 });
  const caption = (await table.locator('caption').textContent())!;
  await expect(charts.getByText('with the fork drawn over each chart')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/compare-export.png' });

  const exportAs = async (label: string) => {
    await charts.getByLabel('Export shown charts as').selectOption({ label });
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      charts.getByRole('button', { name: 'Export', exact: true }).click(),
    ]);
    return download;
  };

  const svgDownload = await exportAs('SVG');
  // Three shown charts: one .zip of three comparison SVGs.
  expect(svgDownload.suggestedFilename()).toBe('typical-day-at-6-weeks-compare-charts.zip');
  const svgs = unzipSync(readFileSync((await svgDownload.path())!));
  expect(Object.keys(svgs).sort()).toEqual([
    'typical-day-at-6-weeks-flow-intake-compare.svg',
    'typical-day-at-6-weeks-hormones-compare.svg',
    'typical-day-at-6-weeks-milk-stored-compare.svg',
  ]);
  const svg = Buffer.from(svgs['typical-day-at-6-weeks-milk-stored-compare.svg']!).toString();
  expect(svg).toContain('class="compare"');
  expect(svg).toContain('class="differences"');
  expect(svg).toContain('aria-label="Milk removed per 24 h after the fork"');
  expect(svg).toContain(`fork="${caption}"`);

  const csvDownload = await exportAs('CSV data');
  const csvs = unzipSync(readFileSync((await csvDownload.path())!));
  const csv = Buffer.from(csvs['typical-day-at-6-weeks-milk-stored-compare.csv']!).toString();
  const head = csv.split('\n').find((l) => !l.startsWith('#'))!;
  expect(head).toBe(
    'time_s,left_stored_ml,right_stored_ml,left_fullness_percent,right_fullness_percent,fork_left_stored_ml,fork_right_stored_ml,fork_left_fullness_percent,fork_right_fullness_percent',
  );

  const all = await exportAs('All formats (SVG, PNG at 3 sizes, CSV, PDF)');
  expect(all.suggestedFilename()).toBe('typical-day-at-6-weeks-compare-charts.zip');
  const names = Object.keys(unzipSync(readFileSync((await all.path())!)));
  expect(names).toHaveLength(16);
  expect(names).toContain('typical-day-at-6-weeks-compare-report.pdf');
  expect(names).toContain('typical-day-at-6-weeks-hormones-compare@2x.png');
  expect(names.every((n) => n.includes('compare'))).toBe(true);
});
