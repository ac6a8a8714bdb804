// The simulation view says when its baby feeds more often than any baby measured (a model limit,
// README "Known limit"), and says nothing of the kind for a case within the measured range.
import { test, expect } from './fixtures';

test.describe.configure({ timeout: 180_000 });

test('a case whose baby feeds past the measured range carries the model-limit note', async ({
  page,
  web,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  // First load: the trace on screen is this case's, so an absent note is this case's absence.
  await page.goto(`${web.url}#/sim/b_typical-feed-6-weeks`);
  await expect(page.getByRole('slider', { name: 'Model time' })).toBeVisible({ timeout: 150_000 });
  await expect(page.getByTestId('intake')).toBeVisible();
  await expect(page.getByTestId('feed-count-note')).toHaveCount(0);

  await page.goto(`${web.url}#/sim/b_sheehan-syndrome`);
  const note = page.getByTestId('feed-count-note');
  await expect(note).toBeVisible({ timeout: 150_000 });
  await expect(note.locator('summary')).toHaveText(
    /^Model limit: this baby feeds up to \d+ times a day, more than babies do/,
  );
  const feeds = Number(/up to (\d+) times/.exec((await note.textContent()) ?? '')?.[1]);
  expect(feeds).toBeGreaterThan(13);
  await page.screenshot({ path: test.info().outputPath('feed-count-note-1280x720.png') });
  // The reasons open from the keyboard.
  await note.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(
    note.getByText(/asks to feed again as soon as 30 minutes have passed/),
  ).toBeVisible();
});
