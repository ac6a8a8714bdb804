// The anatomy drawing for slides, in the web edition in Chromium: the skin tone chosen and kept
// across a reload, the drawing as SVG and PNG with provenance, and an animation of a let-down as
// an animated GIF and as WebM and MP4 video (WebCodecs in this Chromium).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { readPng } from '../unit/export/png-reader';
import { expect, test } from './fixtures';

const SCREENS = 'test-results/screens';

async function openSim(page: Page, url: string) {
  await page.goto(`${url}#/sim`);
  await expect(page.locator('.anatomy-stage')).toBeVisible({ timeout: 30_000 });
}

async function exportDrawing(page: Page, label: string, timeout = 60_000): Promise<Download> {
  const panel = page.getByRole('region', { name: 'Drawing for slides' });
  await panel.getByLabel('Export the drawing as').selectOption({ label });
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout }),
    panel.getByRole('button', { name: 'Export drawing' }).click(),
  ]);
  return download;
}

test('the skin tone is chosen with the keyboard, named, and kept across a reload', async ({
  page,
  web,
}) => {
  await openSim(page, web.url);
  const picker = page.getByRole('combobox', { name: 'Skin tone' });
  await expect(picker).toHaveValue('light');
  const skinFill = () =>
    page.locator('.anatomy-stage .skin').evaluate((el) => getComputedStyle(el).fill);
  const before = await skinFill();
  await picker.focus();
  // Each tone is an option named in words; the arrow keys step through them.
  await expect(picker.getByRole('option')).toHaveText([
    'Light',
    'Light-medium',
    'Medium',
    'Medium-dark',
    'Dark',
  ]);
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
  await expect(picker).toHaveValue('dark');
  await expect(page.locator('html')).toHaveAttribute('data-skin', 'dark');
  expect(await skinFill()).toBe('rgb(94, 60, 42)');
  expect(await skinFill()).not.toBe(before);
  mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: `${SCREENS}/skin-tone-dark.png` });

  await page.reload();
  await expect(page.locator('.anatomy-stage')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('combobox', { name: 'Skin tone' })).toHaveValue('dark');
  expect(await skinFill()).toBe('rgb(94, 60, 42)');

  // The projector theme keeps the tone, darkened towards its black background.
  await page.getByRole('button', { name: 'Projector theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
  expect(await skinFill()).not.toBe('rgb(94, 60, 42)');
  await page.screenshot({ path: `${SCREENS}/skin-tone-dark-projector.png` });
  await page.getByRole('button', { name: 'Projector theme' }).click();
  await page.getByRole('combobox', { name: 'Skin tone' }).selectOption('light');
});

test('the drawing exports as SVG and as PNG at 2× and 300 dpi, with provenance', async ({
  page,
  web,
}) => {
  test.setTimeout(120_000);
  await openSim(page, web.url);
  await page.getByRole('combobox', { name: 'Skin tone' }).selectOption('medium');
  await page.screenshot({ path: `${SCREENS}/drawing-export.png` });
  const stageWidth = (await page.locator('.anatomy-stage').boundingBox())!.width;

  const svgDownload = await exportDrawing(page, 'SVG');
  expect(svgDownload.suggestedFilename()).toBe('typical-day-at-6-weeks-anatomy.svg');
  const svg = readFileSync((await svgDownload.path())!, 'utf8');
  expect(svg).toContain('<metadata');
  expect(svg).toMatch(/scenario-sha256="[0-9a-f]{64}"/);
  expect(svg).toContain('case-title="Typical day at 6 weeks"');
  expect(svg).toMatch(/model-version="[^"]+"/);
  expect(svg).toMatch(/exported-at="\d{4}-\d\d-\d\dT/);
  expect(svg).toMatch(/<title>Typical day at 6 weeks: left breast, day \d+, \d\d:\d\d after birth/);
  // The words are outlined in Inter and kept for readers; no stylesheet, no CSS variables.
  expect(svg).not.toMatch(/<text[\s>]/);
  expect(svg).toContain('aria-label="Alveoli"');
  expect(svg).not.toContain('var(--');
  expect(svg).not.toMatch(/<(script|style|image|foreignObject)/);
  // The chosen tone is the file's skin colour.
  expect(svg).toContain('fill="#c08a62"');

  const png2x = await exportDrawing(page, 'PNG (2×)');
  expect(png2x.suggestedFilename()).toBe('typical-day-at-6-weeks-anatomy@2x.png');
  const info = readPng(readFileSync((await png2x.path())!));
  expect(info.crcOk).toBe(true);
  expect(Math.abs(info.width - 2 * stageWidth)).toBeLessThanOrEqual(2);
  expect(info.height).toBe(Math.round((info.width * 1000) / 1600));
  expect(info.text['lactasim:case-title']).toBe('Typical day at 6 weeks');
  expect(info.text['lactasim:scenario-sha256']).toMatch(/^[0-9a-f]{64}$/);
  writeFileSync(`${SCREENS}/drawing-export@2x.png`, readFileSync((await png2x.path())!));

  const print = await exportDrawing(page, 'PNG (300 dpi)');
  expect(print.suggestedFilename()).toBe('typical-day-at-6-weeks-anatomy-print.png');
  const printInfo = readPng(readFileSync((await print.path())!));
  expect(printInfo.width).toBe(2008);
  expect(printInfo.pixelsPerMetre).toBe(Math.round(300 / 0.0254));
  await page.getByRole('combobox', { name: 'Skin tone' }).selectOption('light');
});

test('a let-down exports as an animated GIF, WebM and MP4 video of the drawing, with provenance', async ({
  page,
  web,
}) => {
  test.setTimeout(600_000);
  await openSim(page, web.url);
  const panel = page.getByRole('region', { name: 'Drawing for slides' });
  const slider = page.getByRole('slider').first();
  const before = await slider.getAttribute('aria-valuenow');

  await panel.getByLabel('Export the drawing as').selectOption({ label: 'GIF animation' });
  await expect(panel.getByLabel('of')).toHaveValue('letDown');
  const [gifDownload] = await Promise.all([
    page.waitForEvent('download', { timeout: 300_000 }),
    (async () => {
      await panel.getByRole('button', { name: 'Export drawing' }).click();
      await expect(panel.getByText(/^Frame \d+ of 50$/)).toBeVisible();
      await page.screenshot({ path: `${SCREENS}/drawing-animation-progress.png` });
    })(),
  ]);
  expect(gifDownload.suggestedFilename()).toBe('typical-day-at-6-weeks-anatomy-let-down.gif');
  // The view is back where it was.
  await expect(slider).toHaveAttribute('aria-valuenow', before!);
  const gif = readFileSync((await gifDownload.path())!);
  expect(gif.subarray(0, 6).toString('latin1')).toBe('GIF89a');
  const comment = gif.toString('latin1');
  expect(comment).toMatch(/scenario-sha256: [0-9a-f]{64}/);
  expect(comment).toContain('case-title: Typical day at 6 weeks');

  // Chromium's own decoder reads the file back: 50 frames of 800 × 500; a middle one for a look.
  const decoded = await page.evaluate(async (base64) => {
    const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const decoder = new ImageDecoder({ data, type: 'image/gif' });
    await decoder.tracks.ready;
    const frameCount = decoder.tracks.selectedTrack?.frameCount ?? 0;
    const { image } = await decoder.decode({ frameIndex: 25 });
    const canvas = new OffscreenCanvas(image.displayWidth, image.displayHeight);
    canvas.getContext('2d')!.drawImage(image, 0, 0);
    const png = await canvas.convertToBlob({ type: 'image/png' });
    const bytes = new Uint8Array(await png.arrayBuffer());
    let binary = '';
    for (const b of bytes) binary += String.fromCharCode(b);
    return {
      frameCount,
      width: image.displayWidth,
      height: image.displayHeight,
      png: btoa(binary),
    };
  }, gif.toString('base64'));
  expect(decoded).toMatchObject({ frameCount: 50, width: 800, height: 500 });
  writeFileSync(`${SCREENS}/drawing-animation-frame25.png`, Buffer.from(decoded.png, 'base64'));

  const videos: Record<string, Buffer> = {};
  for (const [label, ext] of [
    ['WebM video', 'webm'],
    ['MP4 video', 'mp4'],
  ] as const) {
    // This Chromium has WebCodecs with VP9 and H.264; elsewhere the choice says it is not available.
    await expect(panel.getByRole('option', { name: label, exact: true })).toBeEnabled();
    const download = await exportDrawing(page, label, 300_000);
    expect(download.suggestedFilename()).toBe(`typical-day-at-6-weeks-anatomy-let-down.${ext}`);
    videos[ext] = readFileSync((await download.path())!);
    expect(videos[ext].toString('latin1')).toMatch(/scenario-sha256: [0-9a-f]{64}/);
  }
  expect(videos.webm!.subarray(0, 4)).toEqual(Buffer.from([0x1a, 0x45, 0xdf, 0xa3]));
  expect(videos.mp4!.subarray(4, 8).toString('latin1')).toBe('ftyp');

  // Both play in Chromium: 800 × 500, five seconds (a page of its own, outside the app's CSP).
  const player = await page.context().newPage();
  for (const [ext, bytes] of Object.entries(videos)) {
    const meta = await player.evaluate(
      async ({ base64, type }) => {
        const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const video = document.createElement('video');
        video.src = URL.createObjectURL(new Blob([data], { type }));
        await new Promise((resolve, reject) => {
          video.onloadedmetadata = resolve;
          video.onerror = () => reject(new Error(`cannot play ${type}`));
        });
        return { width: video.videoWidth, height: video.videoHeight, duration: video.duration };
      },
      { base64: bytes.toString('base64'), type: `video/${ext}` },
    );
    expect(meta.width, ext).toBe(800);
    expect(meta.height, ext).toBe(500);
    expect(meta.duration, ext).toBeGreaterThan(4.5);
    expect(meta.duration, ext).toBeLessThan(5.5);
  }
  await player.close();
});
