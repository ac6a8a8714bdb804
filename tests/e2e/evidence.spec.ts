// The Evidence and Validation screens in the web edition: every claim with its verdict and full
// references, searchable and reachable from the glossary; every validation target with the
// literature value, the model's value, the difference and a grade in words.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, repoRoot } from './fixtures';

/** The results the screen shows (`npm run validate` writes them). */
const results = JSON.parse(
  readFileSync(join(repoRoot, 'src-main', 'sim', 'validation', 'results.json'), 'utf8'),
) as { results: { kind: string }[] };
const countOf = (kind: string) => results.results.filter((r) => r.kind === kind).length;

test('the Evidence screen lists every claim with a verdict and full references, and searches them', async ({
  page,
  web,
}) => {
  await page.goto(web.url);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Evidence' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Evidence');
  const claims = page.locator('.claim');
  await expect(claims).toHaveCount(21);
  await expect(page.getByRole('status')).toContainText('21 of 21 claims');
  await page.screenshot({ path: test.info().outputPath('evidence-screen.png') });

  // Search by keyboard: the newborn stomach card, with its verdict and the papers in full.
  await page.keyboard.press('Tab');
  const search = page.getByRole('searchbox', { name: 'Search claims and sources' });
  await search.focus();
  await page.keyboard.type('stomach');
  await expect(claims).toHaveCount(1);
  const stomach = claims.first();
  await expect(stomach).toContainText('A newborn’s stomach holds only 5 mL'.replace('’', "'"));
  await expect(stomach.locator('.verdict-badge')).toHaveText('contested');
  await expect(stomach).toContainText('Bergman NJ (2013). Neonatal stomach volume');
  await expect(stomach).toContainText('Acta Paediatr 102(8):773–777');
  await expect(stomach).toContainText('Santoro et al. 2010');
  await expect(stomach).toContainText('37.1 g');

  // The verdict filter narrows to one verdict; the word is shown, not only a colour.
  await search.fill('');
  await page.getByRole('combobox', { name: 'Verdict' }).selectOption('practice-based');
  await expect(claims).toHaveCount(1);
  await expect(claims.first()).toContainText('Block feeding');
  await page.getByRole('combobox', { name: 'Verdict' }).selectOption('');

  // Searching an author finds the claims that cite her, and her paper in the source list.
  await search.fill('Neifert');
  await expect(page.locator('.all-sources li', { hasText: 'Birth 17(1):31–38' })).toBeVisible();
  await expect(claims.filter({ hasText: 'not having enough milk' })).toHaveCount(1);
  await search.fill('Ramsay 2004 Pediatrics');
  await expect(page.locator('.all-sources li')).toContainText([
    'Ultrasound imaging of milk ejection in the breast of lactating women. Pediatrics 113(2):361–367.',
  ]);
});

test('a glossary card links to its claim on the Evidence screen', async ({ page, web }) => {
  await page.goto(`${web.url}#/sim`);
  const list = page.getByRole('navigation', { name: 'Structures and hormones' });
  await expect(list).toBeVisible({ timeout: 150_000 });
  await list.getByRole('button', { name: 'Milk sinus' }).click();
  const card = page.locator('.glossary-card');
  await card.getByRole('link', { name: 'Full references in Evidence' }).first().click();
  await expect(page).toHaveURL(/#\/evidence\/sinuses$/);
  const current = page.locator('.claim[aria-current="true"]');
  await expect(current).toContainText('Milk sinuses store milk behind the areola');
  await expect(current).toContainText('J Anat 206:525–534');
  await expect(current).toBeInViewport();
});

test('the Validation screen shows every target with literature, model, difference and grade', async ({
  page,
  web,
}) => {
  await page.goto(`${web.url}#/validation`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Validation');
  const calibration = page.getByRole('region', { name: 'Calibration targets' });
  const independent = page.getByRole('region', { name: 'Independent checks' });
  await expect(calibration.locator('tbody tr')).toHaveCount(countOf('calibration'));
  await expect(independent.locator('tbody tr')).toHaveCount(countOf('independent'));
  expect(countOf('independent')).toBeGreaterThanOrEqual(27);
  const c1 = calibration.getByRole('row', { name: /^C1 / });
  await expect(c1).toContainText('breastfeeds per 24 h');
  await expect(c1).toContainText('11 ± 3');
  await expect(c1).toContainText('Kent et al. 2006');
  await expect(c1.locator('.grade')).toHaveText(/within 10 %|10–30 % off/);
  // A band around a midpoint is graded by the band, and shows how far from its middle it lies.
  const i19 = independent.getByRole('row', { name: /^I19 / });
  await expect(i19).toContainText("+8 % from the band's midpoint");
  await expect(i19.locator('.grade')).toHaveText('inside the limit');
  // A red check is said in words, not only in colour.
  await expect(
    independent.locator('.grade', { hasText: 'more than 30 % off' }).first(),
  ).toBeVisible();
  // Every printed difference reads as its grade says: no "−30 %" beside "more than 30 % off".
  const rows = await page
    .locator('tbody tr:has(.grade)')
    .evaluateAll((trs) =>
      trs.map((tr): [string, string] => [
        tr.querySelector('td.num')?.textContent ?? '',
        tr.querySelector('.grade')?.textContent ?? '',
      ]),
    );
  const graded = rows.filter(([diff]) => /^[+−][\d.]+ %$/.test(diff));
  expect(graded.length).toBeGreaterThan(30);
  for (const [diff, words] of graded) {
    const off = Math.abs(Number(diff.replace(/[^\d.]/g, '')));
    const band = off <= 10 ? 'within 10 %' : off <= 30 ? '10–30 % off' : 'more than 30 % off';
    expect(`${diff}: ${words}`).toBe(`${diff}: ${band}`);
  }
  await expect(page.getByText('lactasim-physiology/')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('validation-screen.png') });
  // Parameters in a clinician's words, with papers (never our design notes) behind them; a fitted
  // value outside the range first assumed says so in words.
  const parameters = page.getByRole('region', { name: 'Engine parameters' });
  await expect(
    parameters.getByRole('row', { name: /^Storage capacity of a breast \(default\)/ }),
  ).toContainText('Kent et al. 1999');
  await expect(parameters).not.toContainText('model.md');
  await expect(parameters.locator('tbody th')).not.toContainText([/[a-z][A-Z]/]);
  await expect(parameters.getByText('Fitted outside this range', { exact: false })).toHaveCount(3);
  await expect(
    parameters.getByRole('row', { name: /^Speed of supply adapting to removal/ }),
  ).toContainText('Fitted outside this range');
});
