// The benchmarks' browser: the real web edition and Debian's Chromium at 1920×1080, on the
// simulation view of the default case.
import { chromium, type Page } from 'playwright';
import { startWebEdition } from '../tests/fixtures/web-edition';

const CHROMIUM = process.env.LACTASIM_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Runs `use` on the simulation view; `openMs` is how long the view took to show its first run. */
export async function withSimulationView<T>(
  use: (page: Page, openMs: number, web: { origin: string; token: string }) => Promise<T>,
): Promise<T> {
  const { edition, stop } = await startWebEdition();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(edition.url);
    // Follow the app's own link: the token is read from the first address before it is hidden.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Simulation' })
      .click();
    const start = Date.now();
    await page.getByRole('slider', { name: 'Model time' }).waitFor({ timeout: 170_000 });
    return await use(page, Date.now() - start, edition);
  } finally {
    await browser.close();
    await stop();
  }
}
