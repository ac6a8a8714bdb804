// The lesson editor: each beat's thumbnail, its moment set on the case's own timeline and read
// as day and clock time, and moving a beat far from where it is.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, repoRoot } from './fixtures';

const lesson = JSON.parse(
  readFileSync(join(repoRoot, 'resources', 'lessons', 'let-down-reflex.json'), 'utf8'),
) as { title: string; beats: { caption: string }[] };
const n = lesson.beats.length;
const DAY_AND_CLOCK = /^day \d+, \d\d:\d\d after birth$/;

test('sets a beat’s moment on the case’s timeline and moves a beat from last to first', async ({
  page,
  web,
}) => {
  await page.goto(web.url);
  await page.getByRole('main').getByRole('link', { name: 'Lessons' }).click();
  await page.getByRole('button', { name: `Duplicate to edit: ${lesson.title}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit lesson' })).toBeVisible();

  // Every beat has a thumbnail; the first draws its beat once the case is simulated.
  const thumbs = page.getByTestId('beat-thumbnail');
  await expect(thumbs).toHaveCount(n);
  await expect(thumbs.first().locator('.anatomy-view svg').first()).toBeVisible({
    timeout: 30_000,
  });
  await page.screenshot({ path: 'test-results/screens/lesson-editor-top-1280x720.png' });

  // The moment is read as day and clock time, on the slider and beside it.
  const slider = page.getByRole('slider', { name: 'Moment of beat 1' });
  const moment = page.getByRole('listitem', { name: /^Beat 1:/ }).getByTestId('moment');
  await expect(slider).toHaveAttribute('aria-valuetext', DAY_AND_CLOCK);
  await expect(moment).toHaveText((await slider.getAttribute('aria-valuetext'))!);
  const seconds = async () => Number(await slider.getAttribute('aria-valuenow'));
  const before = await seconds();

  // A click on the beat's stretch sets the moment there, snapped to the minute.
  await slider.scrollIntoViewIfNeeded();
  const box = (await slider.boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.85, box.y + box.height / 2);
  await expect.poll(seconds).toBeGreaterThan(before);
  const clicked = await seconds();
  expect(clicked % 60).toBe(0);
  await expect(moment).toHaveText((await slider.getAttribute('aria-valuetext'))!);
  await expect(moment).toHaveText(DAY_AND_CLOCK);
  // The arrows move it a minute; Home to the start of the run.
  await slider.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuenow', String(clicked + 60));
  // A click on the whole-run strip jumps far: near the end of the day-long run.
  const strip = page.locator('.moment-overview').first();
  await strip.scrollIntoViewIfNeeded();
  const overview = (await strip.boundingBox())!;
  await page.mouse.click(overview.x + overview.width * 0.9, overview.y + 10);
  await expect.poll(seconds).toBeGreaterThan(12 * 3600);
  await slider.press('Home');
  await expect(slider).toHaveAttribute('aria-valuenow', '0');
  await slider.press('PageUp');
  await expect(slider).toHaveAttribute('aria-valuenow', '3600');
  const chosen = (await slider.getAttribute('aria-valuetext'))!;
  await page.screenshot({ path: 'test-results/screens/lesson-editor-1280x720.png' });

  // Move to…: the last beat becomes the first in one step, and focus follows it.
  const last = lesson.beats[n - 1]!.caption;
  await page.getByRole('button', { name: `Move to…: beat ${n}` }).click();
  const form = page.getByRole('form', { name: `Move beat ${n}` });
  await expect(form.getByLabel('Position')).toBeFocused();
  await form.getByLabel('Position').selectOption({ index: 0 });
  await form.getByRole('button', { name: 'Move', exact: true }).click();
  await expect(page.getByLabel('Caption (beat 1)')).toHaveValue(last);
  await expect(page.getByLabel('Caption (beat 2)')).toHaveValue(lesson.beats[0]!.caption);
  const handle = page.getByRole('button', { name: /^Beat 1\. Drag to reorder/ });
  await expect(handle).toBeFocused();
  await expect(handle).toBeInViewport();
  await expect(page.getByText(`Beat ${n} moved to position 1.`)).toBeVisible();

  // Saved, both survive a reload, and presenting opens the moved beat at the chosen moment.
  await page.getByRole('button', { name: 'Save lesson' }).click();
  await expect(page.getByText('Lesson saved.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Caption (beat 1)')).toHaveValue(last);
  await expect(page.getByRole('slider', { name: 'Moment of beat 2' })).toHaveAttribute(
    'aria-valuetext',
    chosen,
  );
  await page.getByRole('button', { name: 'Present' }).click();
  const audience = page.getByRole('region', { name: 'Audience view' });
  await expect(audience.getByText(`Beat 1 of ${n}`)).toBeVisible({ timeout: 30_000 });
  await page.keyboard.press('ArrowRight');
  await expect(audience.getByTestId('stage-moment')).toHaveText(new RegExp(`, ${chosen}$`), {
    timeout: 30_000,
  });
});
