// The clinician interface in Spanish: chosen in the header, remembered, and complete on every
// screen. Built-in content (case and lesson texts, evidence cards, charts) stays English and is
// marked `lang="en"`, so a screen reader reads it with the right voice; everything else a
// clinician reads in Spanish must not be English.
import type { Page } from '@playwright/test';
import { callApi } from '../fixtures/api-client';
import { test, expect, startWebEdition, type WebEdition } from './fixtures';

/** Words that occur in nearly every English sentence and in no Spanish one. */
const ENGLISH =
  /\b(the|and|of|with|this|to|is|are|from|for|your|you|per|not|no longer|after|before|each)\b/i;

async function chooseSpanish(page: Page, web: WebEdition) {
  await page.goto(web.url);
  await page.getByLabel('Language').selectOption('es');
  await expect(page.getByRole('navigation', { name: 'Principal' })).toBeVisible();
}

/** Text the page shows in Spanish context (nearest `lang` is `es`) that reads as English. */
async function englishInSpanish(page: Page): Promise<string[]> {
  return page.evaluate((source) => {
    const english = new RegExp(source, 'i');
    const out: string[] = [];
    const visible = (el: Element) => {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return box.width > 0 && box.height > 0 && style.visibility !== 'hidden';
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || !visible(el) || el.closest('[lang]')?.getAttribute('lang') !== 'es') continue;
      if (el.closest('code, script, style, [aria-hidden="true"]')) continue;
      const text = node.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      if (english.test(text)) out.push(text);
    }
    for (const el of Array.from(
      document.querySelectorAll('[aria-label], [title], [placeholder]'),
    )) {
      if (el.closest('[lang]')?.getAttribute('lang') !== 'es') continue;
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const text = el.getAttribute(name) ?? '';
        if (english.test(text)) out.push(`${name}: ${text}`);
      }
    }
    return out;
  }, ENGLISH.source);
}

test('Spanish is chosen in the header, remembered, and sets the page language', async ({
  page,
  web,
}) => {
  await chooseSpanish(page, web);
  const nav = page.getByRole('navigation', { name: 'Principal' });
  await expect(nav.getByRole('link', { name: 'Casos', exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await nav.getByRole('link', { name: 'Casos', exact: true }).click();
  await expect(page).toHaveTitle('Biblioteca de casos · LactaSim');
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Principal' })).toBeVisible();
  await page.getByLabel('Idioma').selectOption('en');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('every clinician screen reads in Spanish', async ({ page }) => {
  test.setTimeout(180_000);
  // A library of its own: other specs in this worker save cases and lessons with English titles,
  // which a clinician may write in any language and which are not the app's words.
  const { edition: web, stop } = await startWebEdition();
  try {
    const { cases } = await callApi<{ cases: { id: string; builtinSlug: string | null }[] }>(
      web.origin,
      web.token,
      'cases.list',
      {},
    );
    const typical = cases.find((c) => c.builtinSlug === 'typical-feed-6-weeks')!.id;
    const { lessons } = await callApi<{ lessons: { id: string }[] }>(
      web.origin,
      web.token,
      'lessons.list',
      {},
    );
    const lesson = lessons[0]!.id;
    await chooseSpanish(page, web);
    const screens = [
      '#/',
      '#/cases',
      `#/cases/${typical}`,
      '#/sim',
      `#/sim/${typical}`,
      `#/parent/${typical}`,
      '#/lessons',
      `#/lessons/${lesson}`,
      '#/evidence',
      '#/validation',
      '#/backups',
      `#/present/${lesson}`,
      `#/present/${lesson}/presenter`,
    ];
    const found: string[] = [];
    for (const hash of screens) {
      await page.goto(`${web.origin}/${hash}`);
      await page.waitForLoadState('networkidle');
      await expect(page.locator('main')).not.toBeEmpty();
      for (const text of await englishInSpanish(page)) found.push(`${hash}: ${text}`);
    }
    expect(found).toEqual([]);
  } finally {
    await stop();
  }
});
