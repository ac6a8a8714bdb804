import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { startWebEdition, type WebEdition } from '../fixtures/web-edition';

export { repoRoot, startWebEdition, type WebEdition } from '../fixtures/web-edition';

export const test = base.extend<object, { web: WebEdition }>({
  web: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture needs from this pattern
    async ({}, use) => {
      const { edition, stop } = await startWebEdition();
      await use(edition);
      await stop();
    },
    { scope: 'worker' },
  ],
});

export { expect };

/** Presses S in a presentation's audience window: the presenter window it opens, and its view. */
export async function openPresenterView(page: Page): Promise<{ popup: Page; presenter: Locator }> {
  const [popup] = await Promise.all([
    page.context().waitForEvent('page'),
    page.keyboard.press('s'),
  ]);
  return { popup, presenter: popup.getByRole('region', { name: 'Presenter view' }) };
}
