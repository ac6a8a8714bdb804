// A library LactaSim can read but may not write (a write-protected file or disk, or `--read-only`)
// opens for viewing: the banner says so in the interface language, a save is refused with words a
// clinician can act on, and the file is not touched. The web edition is started with
// `--read-only` here because this machine runs tests as root, for whom no file is write-protected;
// the fall-back from a refused write to read-only is unit-tested (tests/unit/web-library.test.ts).
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, startWebEdition, test } from './fixtures';

/** Every file in the library's folder with a hash of its bytes: what "nothing written" means. */
function folderState(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [
        name,
        createHash('sha256')
          .update(readFileSync(join(dir, name)))
          .digest('hex'),
      ]),
  );
}

test('a read-only library: the banner, a save refused in words, nothing written', async ({
  page,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'lactasim-read-only-'));
  const db = join(dir, 'lactasim.db');
  // The library as a clinician left it: the built-ins and one case of their own.
  const writable = await startWebEdition(db);
  const made = await fetch(`${writable.edition.origin}/api/cases.create`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-lactasim-token': writable.edition.token },
    body: JSON.stringify({ fromBuiltin: 'typical-feed-6-weeks', title: 'Ana, week 6' }),
  });
  expect(made.status).toBe(200);
  await writable.stop();
  const before = folderState(dir);

  const viewing = await startWebEdition(db, ['--read-only']);
  try {
    await page.goto(viewing.edition.url);
    const banner = page.getByRole('status').filter({ hasText: /^(Read-only|Solo lectura):/ });
    await expect(banner).toHaveText(
      'Read-only: you can view and present, but nothing you change can be saved in this session. The message LactaSim gave as it started says why.',
    );

    // The person's own case opens and can be edited on screen; saving is refused in words.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Case library' })
      .click();
    await page
      .getByRole('list', { name: 'Cases' })
      .getByRole('button', { name: /Ana, week 6/ })
      .click();
    await page.getByRole('textbox', { name: 'Title' }).fill('Ana, week 6 (revised)');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      'Not saved: The case library is open read-only: nothing can be saved in this session.',
    );
    await expect(page.getByText(/Saved as revision/)).toHaveCount(0);

    // In Spanish, the banner and the refusal are Spanish too.
    await page.getByRole('combobox', { name: 'Language' }).selectOption('es');
    await expect(banner).toHaveText(
      'Solo lectura: puede ver y presentar, pero no se puede guardar ningún cambio en esta sesión. El mensaje que LactaSim dio al iniciarse explica por qué.',
    );
    await page.getByRole('button', { name: 'Guardar cambios' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      'No se ha guardado: La biblioteca de casos está abierta en solo lectura: no se puede guardar nada en esta sesión.',
    );
  } finally {
    await viewing.stop();
  }
  // The library file is untouched. SQLite's read-only connection leaves its shared-memory index
  // (-shm) and an empty log (-wal) beside it, as any reader of a WAL library may; no page was
  // written to the log, and the next writable open removes both.
  const after = folderState(dir);
  expect(after['lactasim.db']).toBe(before['lactasim.db']);
  expect(Object.keys(after).filter((name) => !(name in before))).toEqual([
    'lactasim.db-shm',
    'lactasim.db-wal',
  ]);
  expect(statSync(`${db}-wal`).size).toBe(0);
});
