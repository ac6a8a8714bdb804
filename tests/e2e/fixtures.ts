import { test as base, expect } from '@playwright/test';
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
