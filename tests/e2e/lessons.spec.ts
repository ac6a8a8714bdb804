// Lessons in the web edition: presenting with the keyboard, the presenter window kept in step,
// blanking, editing and reordering beats, and lesson bundles.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, openPresenterView } from './fixtures';
import { LESSON_SLUGS, lessonFile, type LessonFile } from './lesson-files';

async function openLessons(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('main').getByRole('link', { name: 'Lessons' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lessons' })).toBeVisible();
}

function card(page: Page, title: string) {
  return page
    .getByRole('article')
    .filter({ has: page.getByRole('heading', { name: title, exact: true }) });
}

async function expectBeat(
  view: ReturnType<Page['getByRole']>,
  n: number,
  of: number,
  caption: string,
) {
  // A beat of a long case may wait for its simulation (runs of weeks take seconds).
  await expect(view.getByText(`Beat ${n} of ${of}`)).toBeVisible({ timeout: 30_000 });
  await expect(view.getByText(caption, { exact: true }).first()).toBeVisible();
}

test('presents a built-in lesson with the keyboard, the presenter window in step', async ({
  page,
  web,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const lesson = lessonFile('let-down-reflex');
  const n = lesson.beats.length;
  const caption = (i: number) => lesson.beats[i - 1]!.caption;
  await openLessons(page, web.url);
  await card(page, lesson.title)
    .getByRole('button', { name: 'Present', exact: false })
    .first()
    .click();
  const audience = page.getByRole('region', { name: 'Audience view' });
  await expectBeat(audience, 1, n, caption(1));
  // No editing chrome while presenting.
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await expect(audience.getByRole('img', { name: /Breast anatomy/ })).toBeVisible();
  // The beat's pointer to the structure it is about, in words (beat 1 looks at the hypothalamus).
  await expect(audience.locator('.beat-focus')).toHaveText('Look at: Hypothalamus');

  // S opens the presenter view as a second window.
  const { popup, presenter } = await openPresenterView(page);
  await popup.setViewportSize({ width: 1920, height: 1080 });
  await expectBeat(presenter, 1, n, caption(1));
  await expect(presenter.getByTestId('presenter-next')).toHaveText(caption(2));
  await expect(presenter.getByTestId('presenter-notes')).toContainText(
    lesson.beats[0]!.caption === caption(1) ? 'McNeilly et al. 1983' : '',
  );

  // Next from the audience window: both move.
  await page.bringToFront();
  await page.keyboard.press('ArrowRight');
  await expectBeat(audience, 2, n, caption(2));
  await expectBeat(presenter, 2, n, caption(2));
  // Either window drives: Space and PageDown in the presenter window.
  await popup.bringToFront();
  await popup.locator('body').press('Space');
  await expectBeat(presenter, 3, n, caption(3));
  await popup.locator('body').press('PageDown');
  await expectBeat(audience, 4, n, caption(4));
  await popup.locator('body').press('PageUp');
  await expectBeat(audience, 3, n, caption(3));
  await popup.locator('body').press('End');
  await expectBeat(audience, n, n, caption(n));
  await expect(presenter.getByTestId('presenter-next')).toHaveText('End of the lesson');
  await popup.locator('body').press('Home');
  await expectBeat(audience, 1, n, caption(1));
  // Number + Enter jumps.
  await page.bringToFront();
  await page.keyboard.press('5');
  await expect(page.getByText('Go to beat 5… (Enter)')).toBeVisible();
  await page.keyboard.press('Enter');
  await expectBeat(audience, 5, n, caption(5));
  await expectBeat(presenter, 5, n, caption(5));

  // Let both views draw their beat, then keep screenshots of the two screens.
  await expect(audience.getByRole('img', { name: 'Milk flow and milk removed' })).toBeVisible();
  await expect(presenter.getByRole('img', { name: /Breast anatomy/ })).toBeVisible();
  // Beat 5 spans minutes 24–28 of a day-long case: its charts and the presenter's timeline show
  // that feed, not the whole day.
  await expect(
    audience
      .getByRole('img', { name: 'Milk flow and milk removed' })
      .getByText('Minutes from the start of the feed'),
  ).toBeVisible();
  await expect(
    presenter.getByRole('combobox', { name: 'Zoom the timeline' }).locator('option:checked'),
  ).toHaveText('Feed (30 min)');
  await page.screenshot({ path: 'test-results/screens/lesson-audience-1920x1080.png' });
  await popup.screenshot({ path: 'test-results/screens/lesson-presenter-1920x1080.png' });

  // B blanks black, B again resumes; W blanks white; the presenter sees which.
  await page.keyboard.press('b');
  await expect(page.getByTestId('blank')).toHaveClass(/present-blank-black/);
  await expect(presenter.getByText('Audience screen is black')).toBeVisible();
  await page.keyboard.press('b');
  await expect(page.getByTestId('blank')).toHaveCount(0);
  await popup.bringToFront();
  await popup.locator('body').press('w');
  await expect(page.getByTestId('blank')).toHaveClass(/present-blank-white/);
  await popup.locator('body').press('ArrowRight');
  await expect(page.getByTestId('blank')).toHaveCount(0);
  await expectBeat(audience, 6, n, caption(6));

  // L: a pointer that names the structure under it.
  await page.bringToFront();
  await page.keyboard.press('l');
  const nipple = await audience.locator('[data-part="nipple"]').first().boundingBox();
  await page.mouse.move(nipple!.x + nipple!.width / 2, nipple!.y + nipple!.height / 2);
  await expect(audience.locator('.present-pointer-label')).toHaveText('Nipple');
  await page.screenshot({ path: 'test-results/screens/lesson-audience-pointer-1920x1080.png' });
  await page.keyboard.press('l');
  await expect(audience.locator('.present-pointer')).toHaveCount(0);

  // P plays the simulation inside the beat in both windows; + and − change its speed.
  await popup.bringToFront();
  await popup.locator('body').press('p');
  await expect(presenter.getByRole('button', { name: 'Pause' })).toBeVisible();
  const speed = presenter.getByRole('group', { name: 'Speed' });
  const before = await speed.textContent();
  await popup.locator('body').press('+');
  await expect(speed).not.toHaveText(before!);
  await popup.locator('body').press('p');
  await expect(presenter.getByRole('button', { name: 'Play' })).toBeVisible();

  // ? lists the keys; Esc closes the list, a second Esc leaves both windows.
  await page.bringToFront();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Presentation keys' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Presentation keys' })).toHaveCount(0);
  const closed = popup.waitForEvent('close');
  await page.keyboard.press('Escape');
  await closed;
  await expect(page.getByRole('heading', { level: 1, name: lesson.title })).toBeVisible();
});

test('every built-in lesson can be presented end to end', async ({ page, web }) => {
  test.setTimeout(240_000);
  await page.goto(web.url);
  // The page keeps the session token once it has used it.
  await expect(page.getByText(/edition · data:/)).toBeVisible();
  for (const slug of LESSON_SLUGS) {
    const lesson = lessonFile(slug);
    await page.goto(`${web.origin}/#/present/lb_${slug}`);
    const audience = page.getByRole('region', { name: 'Audience view' });
    for (let i = 1; i <= lesson.beats.length; i++) {
      await expectBeat(audience, i, lesson.beats.length, lesson.beats[i - 1]!.caption);
      // The beat's case has been simulated and drawn.
      await expect(audience.getByRole('img', { name: /Breast anatomy/ })).toBeVisible({
        timeout: 30_000,
      });
      await page.keyboard.press('ArrowRight');
    }
    if (slug === 'myths-and-evidence') {
      await page.keyboard.press('Home');
      await expect(audience.getByRole('img', { name: /Breast anatomy/ })).toBeVisible();
      await page.screenshot({ path: 'test-results/screens/lesson-audience-1280x720.png' });
      await page.keyboard.press('End');
      await page.keyboard.press('ArrowRight');
    }
    // Past the last beat nothing moves.
    await expectBeat(
      audience,
      lesson.beats.length,
      lesson.beats.length,
      lesson.beats.at(-1)!.caption,
    );
  }
});

test('duplicate a built-in lesson, edit a caption and reorder by keyboard and by drag', async ({
  page,
  web,
}) => {
  const lesson = lessonFile('oversupply-block-feeding');
  const [a, b, c] = lesson.beats.map((x) => x.caption);
  // A tall window, so dragging a beat needs no scrolling.
  await page.setViewportSize({ width: 1280, height: 2400 });
  await openLessons(page, web.url);
  await card(page, lesson.title)
    .getByRole('button', { name: `Duplicate to edit: ${lesson.title}` })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit lesson' })).toBeVisible();
  await expect(page.getByLabel('Title')).toHaveValue(`${lesson.title} (copy)`);

  await page.getByLabel('Caption (beat 1)').fill('Oversupply: what the room should notice');
  // Keyboard: Alt+↓ on beat 1's handle moves it below beat 2, focus follows it.
  await page.getByRole('button', { name: /^Beat 1\. Drag to reorder/ }).focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.getByLabel('Caption (beat 1)')).toHaveValue(b!);
  await expect(page.getByLabel('Caption (beat 2)')).toHaveValue(
    'Oversupply: what the room should notice',
  );
  await expect(page.getByRole('button', { name: /^Beat 2\. Drag to reorder/ })).toBeFocused();
  // Drag: beat 3 onto beat 1.
  const beats = page.getByRole('list', { name: 'Beats' }).getByRole('listitem');
  const caption1 = page.getByLabel('Caption (beat 1)');
  const caption3 = page.getByLabel('Caption (beat 3)');
  // A drag the browser dropped (the page busy drawing thumbnails on a loaded machine) is tried
  // again. Only while beat 3 still holds caption c: a drag that took, even if the list shows it
  // late, has moved c away, and dragging beat 3 again would move another beat.
  await expect(async () => {
    if ((await caption3.inputValue()) === c) {
      await page
        .getByRole('button', { name: /^Beat 3\. Drag to reorder/ })
        .dragTo(beats.nth(0), { targetPosition: { x: 200, y: 100 } });
    }
    await expect(caption1).toHaveValue(c!, { timeout: 8_000 });
  }).toPass({ timeout: 60_000 });
  await expect(page.getByLabel('Caption (beat 2)')).toHaveValue(b!);
  await page.getByRole('button', { name: 'Save lesson' }).click();
  await expect(page.getByText('Lesson saved.')).toBeVisible();
  expect(a).not.toBe(c);

  // Saved: a reload shows the new order, and presenting uses it.
  await page.reload();
  await expect(page.getByLabel('Caption (beat 1)')).toHaveValue(c!);
  await expect(page.getByLabel('Caption (beat 3)')).toHaveValue(
    'Oversupply: what the room should notice',
  );
  await page.getByRole('button', { name: 'Present' }).click();
  await expectBeat(page.getByRole('region', { name: 'Audience view' }), 1, lesson.beats.length, c!);
});

test('export a lesson bundle and import it back', async ({ page, web }) => {
  const lesson = lessonFile('myths-and-evidence');
  await openLessons(page, web.url);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    card(page, lesson.title)
      .getByRole('button', { name: `Export ${lesson.title}` })
      .click(),
  ]);
  expect(download.suggestedFilename()).toBe('myths-and-evidence.lactasim-lesson');
  const path = await download.path();
  const bundle = JSON.parse(readFileSync(path, 'utf8')) as {
    format: string;
    lessons: LessonFile[];
  };
  expect(bundle.format).toBe('lactasim/lesson-bundle@1');
  expect(bundle.lessons[0]!.beats.map((x) => x.caption)).toEqual(
    lesson.beats.map((x) => x.caption),
  );

  await page.getByLabel('Lesson bundle file').setInputFiles(path);
  // The built-in lesson has this title already: the import asks, and may keep it.
  await expect(page.getByRole('dialog')).toContainText(`“${lesson.title}”`);
  await page.getByRole('button', { name: 'Keep the same titles' }).click();
  await expect(page.getByRole('status')).toContainText(`Imported “${lesson.title}”`);
  const copies = card(page, lesson.title);
  await expect(copies).toHaveCount(2);
  await expect(copies.filter({ hasText: 'your lesson' })).toHaveCount(1);

  // The printable handout comes through the same list.
  const [handout] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    card(page, lesson.title)
      .first()
      .getByRole('button', { name: `Handout (PDF): ${lesson.title}` })
      .click(),
  ]);
  expect(handout.suggestedFilename()).toBe('myths-and-evidence-handout.pdf');
  expect(
    readFileSync(await handout.path())
      .subarray(0, 5)
      .toString(),
  ).toBe('%PDF-');

  // A broken file is refused whole, with the reason.
  await page.getByLabel('Lesson bundle file').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        ...bundle,
        lessons: [{ title: 'x', beats: [{ caseId: 'c_nothere00000', atHours: 1, caption: 'y' }] }],
      }),
    ),
  });
  await expect(page.getByRole('alert')).toContainText('lessons[0].beats[0].caseId');
  await expect(card(page, 'x')).toHaveCount(0);
});

test('adds the current simulation view to a lesson as a beat', async ({ page, web }) => {
  await page.goto(web.url);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Simulation' })
    .click();
  await page.getByRole('button', { name: 'Ultrasound view' }).click();
  await expect(page.getByRole('img', { name: /Breast anatomy, ultrasound view/ })).toBeVisible({
    timeout: 30_000,
  });
  await page.getByRole('button', { name: 'Add to lesson' }).click();
  const form = page.getByRole('group', { name: 'Add this view to a lesson' });
  await form.getByLabel('Lesson').selectOption({ label: 'New lesson' });
  await form.getByLabel('Caption').fill('Ultrasound: ducts, no sinuses');
  await form.getByRole('button', { name: 'Add beat' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added as beat 1' })).toBeVisible();
  await page.getByRole('link', { name: 'Open the lesson' }).click();
  await expect(page.getByLabel('Caption (beat 1)')).toHaveValue('Ultrasound: ducts, no sinuses');
  await expect(page.getByLabel('Anatomy')).toHaveValue('ultrasound');
});
