// Errors a clinician reads name the field as shown, in the interface language: a tab in a new
// case's title, refused by the contract, reads as a Spanish sentence with no JSON path or
// English words from the schema library.
import { test, expect } from './fixtures';

test('a tab in a new case title is refused in Spanish, naming the title and the character', async ({
  page,
  web,
}) => {
  test.setTimeout(300_000);
  await page.addInitScript(() => localStorage.setItem('lactasim.language', 'es'));
  await page.goto(`${web.url}#/sim`);
  await expect(page.getByRole('slider', { name: 'Tiempo del modelo' })).toBeVisible({
    timeout: 150_000,
  });
  await page.getByRole('button', { name: 'Guardar como caso nuevo' }).click();
  await page.getByRole('textbox', { name: 'Título del nuevo caso' }).fill('Caso\tuno');
  await page.getByRole('button', { name: 'Guardar caso' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'No se guardó' });
  await expect(alert).toHaveText(
    'No se guardó: Título: no puede contener tabuladores ni otros caracteres de control (carácter 5)',
  );
  await expect(alert).not.toContainText(/title|must|U\+0009|retype/);
});

test('an address naming no possible case or lesson reads as a broken link, on every route that opens one', async ({
  page,
  web,
}) => {
  const broken =
    'This link does not lead to anything in the library; check that it was copied in full.';
  for (const route of ['#/sim/foo', '#/parent/foo', '#/lessons/foo', '#/present/foo']) {
    await page.goto(`${web.url}${route}`);
    await expect(page.getByText(broken)).toBeVisible();
    await expect(page.locator('body')).not.toContainText('A value');
  }
});
