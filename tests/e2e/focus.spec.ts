// Focus management: the skip link, the glossary card, the key list, the blank screen, leaving a
// presentation, the handout preview and the questions before a restore or an import of repeated
// titles each take focus where a keyboard or screen-reader user needs it and give it back when
// they close.
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { test, expect, type WebEdition, openPresenterView } from './fixtures';

test.describe.configure({ timeout: 180_000 });

async function openSim(page: Page, url: string) {
  await page.goto(`${url}#/sim`);
  await expect(page.getByRole('slider', { name: 'Model time' })).toBeVisible({ timeout: 150_000 });
}

/** A bundle of one built-in case as the library exports it (its title is in the library). */
async function caseBundle(request: APIRequestContext, web: WebEdition): Promise<unknown> {
  const response = await request.post(`${web.origin}/api/cases.exportBundle`, {
    data: { ids: ['b_first-five-days'] },
    headers: { 'x-lactasim-token': web.token },
  });
  return ((await response.json()) as { value: unknown }).value;
}

/** The audience view of the let-down lesson, opened as a bookmark is (the session set first). */
async function openAudience(page: Page, web: WebEdition): Promise<Locator> {
  await page.goto(web.url);
  await expect(page.getByText(/edition · data:/)).toBeVisible();
  await page.goto(`${web.origin}/#/present/lb_let-down-reflex`);
  const audience = page.getByRole('region', { name: 'Audience view' });
  await expect(audience.getByText(/^Beat 1 of/)).toBeVisible({ timeout: 60_000 });
  return audience;
}

/** Focus is on an element inside an open modal dialog (or nowhere): Tab did not leave it. */
const focusStaysInDialog = (page: Page) =>
  page.evaluate(
    () => document.activeElement === document.body || !!document.activeElement?.closest('dialog'),
  );

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
  expect(await focusStaysInDialog(page)).toBe(true);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(keys).toBeFocused();
});

test('blanking the audience screen says so, holds focus, and gives it back', async ({
  page,
  web,
}) => {
  const audience = await openAudience(page, web);
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

test('the presentation key list is a modal dialog that takes focus and gives it back', async ({
  page,
  web,
}) => {
  const audience = await openAudience(page, web);
  /** ? opens the list where focus is; it is modal, keeps Tab inside, and Esc gives focus back. */
  const checkKeyList = async (on: Page, opener: Locator) => {
    await on.keyboard.press('?');
    const dialog = on.getByRole('dialog', { name: 'Presentation keys' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
    expect(await dialog.evaluate((d) => d.matches(':modal'))).toBe(true);
    await on.keyboard.press('Tab');
    expect(await focusStaysInDialog(on)).toBe(true);
    await on.keyboard.press('Shift+Tab');
    expect(await focusStaysInDialog(on)).toBe(true);
    await on.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(opener).toBeFocused();
  };
  const opener = audience.getByRole('button', { name: 'Presenter view (S)' });
  await opener.focus();
  await checkKeyList(page, opener);
  // The Esc that closed the list did not leave the presentation.
  await expect(audience.getByText(/^Beat 1 of/)).toBeVisible();

  const { popup, presenter } = await openPresenterView(page);
  const title = presenter.getByRole('heading', { level: 1 });
  await expect(title).toBeFocused({ timeout: 60_000 });
  await checkKeyList(popup, title);
  await expect(presenter.getByText(/^Beat 1 of/)).toBeVisible();
});

test('leaving a presentation with Esc gives focus back to the Present button that started it', async ({
  page,
  web,
}) => {
  await page.goto(`${web.url}#/lessons/lb_let-down-reflex`);
  const present = page.getByRole('button', { name: 'Present', exact: true });
  const heading = page.getByRole('heading', { level: 1 });
  const audience = page.getByRole('region', { name: 'Audience view' });
  const title = (await heading.textContent())!;
  await present.focus();
  await page.keyboard.press('Enter');
  await expect(audience.getByText(/^Beat 1 of/)).toBeVisible({ timeout: 60_000 });
  await page.keyboard.press('Escape');
  await expect(audience).toHaveCount(0);
  await expect(present).toBeFocused();
  // Started from the list, whose button is not on the editor it lands on: the editor's heading.
  await page.goto(`${web.url}#/lessons`);
  const fromList = page
    .getByRole('article', { name: title })
    .getByRole('button', { name: /^Present/ });
  await fromList.focus();
  await page.keyboard.press('Enter');
  await expect(audience.getByText(/^Beat 1 of/)).toBeVisible({ timeout: 60_000 });
  await page.keyboard.press('Escape');
  await expect(audience).toHaveCount(0);
  await expect(heading).toHaveText(title);
  await expect(heading).toBeFocused();
});

test('the presenter window opens with focus on its title', async ({ page, web }) => {
  await openAudience(page, web);
  const { popup, presenter } = await openPresenterView(page);
  await expect(presenter.getByRole('heading', { level: 1 })).toBeFocused({ timeout: 60_000 });
  // Its keys work from there: the next beat in both windows.
  await popup.keyboard.press('ArrowRight');
  await expect(presenter.getByText(/^Beat 2 of/)).toBeVisible();
});

test('the handout preview takes focus, closes with Esc or its button, and gives focus back', async ({
  page,
  web,
}) => {
  await page.goto(`${web.url}#/parent/b_typical-feed-6-weeks`);
  await expect(page.getByRole('region', { name: 'Walkthrough' })).toBeVisible({ timeout: 60_000 });
  const open = page.getByRole('button', { name: 'Download the handout' });
  const preview = page.getByRole('region', { name: 'Handout preview' });
  await open.focus();
  await page.keyboard.press('Enter');
  await expect(preview.getByRole('heading', { level: 2, name: 'Handout preview' })).toBeFocused();
  // The next Tab goes on inside the preview, to its first choice.
  await page.keyboard.press('Tab');
  await expect(preview.getByRole('checkbox').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(preview).toHaveCount(0);
  await expect(open).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(preview.getByRole('heading', { level: 2 })).toBeFocused();
  await preview.getByRole('button', { name: 'Close the preview' }).focus();
  await page.keyboard.press('Enter');
  await expect(preview).toHaveCount(0);
  await expect(open).toBeFocused();
});

test('the restore question is a modal that starts on Cancel, closes with Esc and gives focus back', async ({
  page,
  web,
  request,
}) => {
  // An import makes a backup first: there is one to restore.
  const imported = await request.post(`${web.origin}/api/cases.importBundle`, {
    data: { bundle: await caseBundle(request, web), duplicateTitles: 'rename' },
    headers: { 'x-lactasim-token': web.token },
  });
  expect(((await imported.json()) as { ok: boolean }).ok).toBe(true);
  await page.goto(`${web.url}#/backups`);
  const restore = page.getByRole('button', { name: /^Restore the backup of / }).first();
  await restore.focus();
  await page.keyboard.press('Enter');
  const question = page.getByRole('dialog', { name: /^Restore the whole library as it was on/ });
  await expect(question).toBeVisible();
  expect(await question.evaluate((d) => d.matches(':modal'))).toBe(true);
  await expect(question.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Tab');
  expect(await focusStaysInDialog(page)).toBe(true);
  await page.keyboard.press('Escape');
  await expect(question).toHaveCount(0);
  await expect(restore).toBeFocused();
  await expect(page.getByRole('status')).toHaveCount(0);
});

test('the repeated-titles question is a modal: Esc cancels the import and focus goes back', async ({
  page,
  web,
  request,
}) => {
  await page.goto(`${web.url}#/cases`);
  const list = page.getByRole('list', { name: 'Cases' });
  await expect(list.getByRole('listitem').first()).toBeVisible();
  const before = await list.getByRole('listitem').count();
  const importButton = page.getByRole('button', { name: 'Import bundle…' });
  await importButton.focus();
  // The built-in case's title is taken by the built-in itself.
  await page.getByLabel('Bundle file to import').setInputFiles({
    name: 'again.lactasim',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(await caseBundle(request, web))),
  });
  const question = page.getByRole('dialog', {
    name: /^again\.lactasim: 1 title is already in your library .*, of 1 in the file\.$/,
  });
  await expect(question).toBeVisible();
  expect(await question.evaluate((d) => d.matches(':modal'))).toBe(true);
  await expect(question.getByRole('button', { name: /^Rename them/ })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(question).toHaveCount(0);
  await expect(importButton).toBeFocused();
  await expect(list.getByRole('listitem')).toHaveCount(before);
});

test('a parent view term card closes with Esc or its button and gives focus back to the term', async ({
  page,
  web,
}) => {
  await page.goto(`${web.url}#/parent/b_typical-feed-6-weeks?step=3`);
  const walk = page.getByRole('region', { name: 'Walkthrough' });
  const term = walk.getByRole('button', { name: 'prolactin' });
  const card = walk.locator('#parent-term-card');
  await expect(term).toBeVisible({ timeout: 60_000 });
  await term.focus();
  await page.keyboard.press('Enter');
  await expect(term).toHaveAttribute('aria-expanded', 'true');
  // Tab reaches the card's Close button; Esc there closes the card and focus goes to the term.
  const close = card.getByRole('button', { name: 'Close' });
  await close.focus();
  await page.keyboard.press('Escape');
  await expect(close).toHaveCount(0);
  await expect(term).toHaveAttribute('aria-expanded', 'false');
  expect(await term.evaluate((el) => el === document.activeElement)).toBe(true);
  // The Close button does the same.
  await page.keyboard.press('Enter');
  await close.focus();
  await page.keyboard.press('Enter');
  await expect(close).toHaveCount(0);
  expect(await term.evaluate((el) => el === document.activeElement)).toBe(true);
});

test('"Add to lesson" closes with Esc or after adding, focus back on its button', async ({
  page,
  web,
}) => {
  await openSim(page, web.url);
  const open = page.getByRole('button', { name: 'Add to lesson' });
  const form = page.getByRole('group', { name: 'Add this view to a lesson' });
  await open.click();
  await form.getByLabel('Caption').focus();
  await page.keyboard.press('Escape');
  await expect(form).toHaveCount(0);
  await expect(open).toHaveAttribute('aria-expanded', 'false');
  expect(await open.evaluate((el) => el === document.activeElement)).toBe(true);
  // The key table did not take the Esc for itself: the view is still playing the same case.
  await expect(page.getByRole('slider', { name: 'Model time' })).toBeVisible();

  await open.click();
  await form.getByLabel('Lesson').selectOption({ label: 'New lesson' });
  await form.getByRole('button', { name: 'Add beat' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added as beat 1' })).toBeVisible();
  await expect(form).toHaveCount(0);
  expect(await open.evaluate((el) => el === document.activeElement)).toBe(true);
});

test('"Save as new case" gives focus back to its button on Cancel, Esc and a save', async ({
  page,
  web,
}) => {
  await openSim(page, web.url);
  const open = page.getByRole('button', { name: 'Save as new case' });
  const title = page.getByRole('textbox', { name: 'Title of the new case' });
  const isFocused = () => open.evaluate((el) => el === document.activeElement);
  await open.click();
  await expect(title).toBeFocused();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(title).toHaveCount(0);
  expect(await isFocused()).toBe(true);

  await page.keyboard.press('Enter');
  await expect(title).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(title).toHaveCount(0);
  expect(await isFocused()).toBe(true);

  await page.keyboard.press('Enter');
  await title.fill('Focus check case');
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('status').filter({ hasText: 'is in the case library' }),
  ).toBeVisible();
  expect(await isFocused()).toBe(true);
});

test('removing a beat moves focus to the Remove button now in its place, then the one before, then Add beat', async ({
  page,
  web,
  request,
}) => {
  const headers = { 'x-lactasim-token': web.token };
  const made = (await (
    await request.post(`${web.origin}/api/lessons.create`, {
      data: { title: 'Focus on removal' },
      headers,
    })
  ).json()) as { value: { id: string; revision: number } };
  const beat = (caption: string) => ({
    caseId: 'b_typical-feed-6-weeks',
    atHours: 0,
    view: { anatomy: 'classical', side: 'left', charts: [], zoom: null },
    caption,
    notes: '',
  });
  await request.post(`${web.origin}/api/lessons.update`, {
    data: {
      id: made.value.id,
      baseRevision: made.value.revision,
      patch: { beats: [beat('First'), beat('Second'), beat('Third')] },
    },
    headers,
  });
  await page.goto(`${web.url}#/lessons/${made.value.id}`);
  await expect(page.getByLabel('Caption (beat 3)')).toHaveValue('Third');
  const focusedName = () =>
    page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);

  // Move to… closes with Esc, focus back on its button.
  const moveTo = page.getByRole('button', { name: 'Move to…: beat 2' });
  await moveTo.click();
  await expect(
    page.getByRole('form', { name: 'Move beat 2' }).getByLabel('Position'),
  ).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('form', { name: 'Move beat 2' })).toHaveCount(0);
  expect(await focusedName()).toBe('Move to…: beat 2');

  await page.getByRole('button', { name: 'Remove beat 2' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Caption (beat 2)')).toHaveValue('Third');
  await expect(page.getByRole('status').filter({ hasText: 'Beat 2 removed.' })).toBeVisible();
  await expect.poll(focusedName).toBe('Remove beat 2');
  // The last beat: focus goes to the one before it.
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Caption (beat 2)')).toHaveCount(0);
  await expect.poll(focusedName).toBe('Remove beat 1');
  // The only beat: focus goes to Add beat.
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Caption (beat 1)')).toHaveCount(0);
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.textContent))
    .toBe('Add beat');
});

test('deleting a lesson from the list puts focus on Undo', async ({ page, web, request }) => {
  const title = 'Lesson to delete for focus';
  await request.post(`${web.origin}/api/lessons.create`, {
    data: { title },
    headers: { 'x-lactasim-token': web.token },
  });
  await page.goto(`${web.url}#/lessons`);
  const remove = page.getByRole('button', { name: `Delete ${title}` });
  await remove.focus();
  await page.keyboard.press('Enter');
  const undo = page.getByRole('button', { name: 'Undo' });
  await expect(page.getByRole('status').filter({ hasText: `Deleted “${title}”` })).toBeVisible();
  await expect(page.getByRole('heading', { name: title })).toHaveCount(0);
  expect(await undo.evaluate((el) => el === document.activeElement)).toBe(true);
  // Undo goes with its notice: focus follows the lesson back to its card.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await expect
    .poll(() =>
      page.evaluate(
        () => document.activeElement?.closest('li')?.querySelector('h2, h3')?.textContent,
      ),
    )
    .toBe(title);
});

test('deleting a case from its editor puts focus on Undo', async ({ page, web, request }) => {
  const copy = (await (
    await request.post(`${web.origin}/api/cases.duplicate`, {
      data: { id: 'b_first-five-days' },
      headers: { 'x-lactasim-token': web.token },
    })
  ).json()) as { value: { id: string; title: string } };
  await page.goto(`${web.url}#/cases/${copy.value.id}`);
  const remove = page.getByRole('button', { name: 'Delete' });
  await remove.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Deleted “' })).toBeVisible();
  await expect(page).toHaveURL(/#\/cases$/);
  const undo = page.getByRole('button', { name: 'Undo' });
  expect(await undo.evaluate((el) => el === document.activeElement)).toBe(true);
});
