import { test, expect, _electron as electron, type ElectronApplication } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureNativeBuild, executable, isolatedEnv, NO_RUNTIME, root } from './launch';

test.skip(executable === null, NO_RUNTIME);

let app: ElectronApplication;
let dbPath: string;

test.beforeAll(async () => {
  ensureNativeBuild();
  dbPath = join(mkdtempSync(join(tmpdir(), 'lactasim-electron-')), 'lactasim.db');
  app = await electron.launch({
    executablePath: executable!,
    args: [root],
    env: isolatedEnv({ LACTASIM_DB: dbPath }),
  });
});

test.afterAll(async () => {
  await app?.close();
});

test('opens the home screen with secure web preferences', async () => {
  const page = await app.firstWindow();
  await expect(page.getByRole('heading', { level: 1, name: 'LactaSim' })).toBeVisible();
  // Sandboxed, isolated and without Node: the page sees neither Node nor Electron's modules.
  const globals = await page.evaluate(() => ({
    process: typeof (globalThis as { process?: unknown }).process,
    ipcRenderer: typeof (globalThis as { ipcRenderer?: unknown }).ipcRenderer,
    bridge: Object.keys((globalThis as { lactasim?: object }).lactasim ?? {}).length > 0,
  }));
  expect(globals).toEqual({ process: 'undefined', ipcRenderer: 'undefined', bridge: true });
  expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
    'undefined',
  );
});

test('serves the renderer from app:// with the strict CSP and no file: source', async () => {
  const page = await app.firstWindow();
  expect(page.url()).toMatch(/^app:\/\/lactasim\/index\.html/);
  const csp = await page.evaluate(() =>
    document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
  );
  expect(csp).toContain("default-src 'self'");
  expect(csp).not.toContain('file:');
  // The protocol serves the renderer's files and nothing outside its folder.
  const status = await page.evaluate(async () => {
    const ok = await fetch('app://lactasim/index.html');
    const outside = await fetch('app://lactasim/..%2F..%2Fpackage.json');
    return [ok.status, outside.status];
  });
  expect(status).toEqual([200, 404]);
  // The data folder is the platform's, under which electron keeps its own files too.
  const userData = await app.evaluate(({ app }) => app.getPath('userData'));
  expect(userData).toMatch(/LactaSim$/);
});

test('menu items navigate by a message, not by running script', async () => {
  const page = await app.firstWindow();
  await app.evaluate(({ Menu }) => {
    const find = (items: Electron.MenuItem[]): Electron.MenuItem | undefined => {
      for (const item of items) {
        if (item.label === 'Case library') return item;
        const inner = item.submenu ? find(item.submenu.items) : undefined;
        if (inner) return inner;
      }
      return undefined;
    };
    const item = find(Menu.getApplicationMenu()!.items)!;
    item.click();
  });
  await expect(page).toHaveURL(/#\/cases$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Case library' })).toBeVisible();
});

test('the preload bridge round-trips app.info over IPC', async () => {
  const page = await app.firstWindow();
  const result = await page.evaluate(() =>
    (window as unknown as { lactasim: Record<string, (r: unknown) => Promise<unknown>> }).lactasim[
      'app.info'
    ]!({}),
  );
  expect(result).toMatchObject({ ok: true, value: { edition: 'desktop', dataPath: dbPath } });
});

test('denies navigation away, new windows and permission requests', async () => {
  const page = await app.firstWindow();
  const before = page.url();
  const blocked = await app.evaluate(
    ({ BrowserWindow }) =>
      new Promise<boolean>((resolve) => {
        const contents = BrowserWindow.getAllWindows()[0]!.webContents;
        contents.once('will-navigate', (event) =>
          setImmediate(() => resolve(event.defaultPrevented)),
        );
        void contents.executeJavaScript("location.href = 'https://example.com/'");
      }),
  );
  expect(blocked).toBe(true);
  expect(page.url()).toBe(before);
  const opened = await page.evaluate(() => window.open('https://example.com/') === null);
  expect(opened).toBe(true);
  expect(app.windows()).toHaveLength(1);
  const permission = await page.evaluate(async () => {
    try {
      await navigator.mediaDevices.getUserMedia({ audio: true });
      return 'granted';
    } catch {
      return 'denied';
    }
  });
  expect(permission).toBe('denied');
});

// Written for the desktop runtime; it cannot run on machines without Electron (see the skip).
test('opens only the presenter view as a second window, and the two stay in step', async () => {
  const page = await app.firstWindow();
  const base = page.url().split('#')[0]!;
  await page.evaluate(() => {
    location.hash = '#/present/lb_let-down-reflex';
  });
  const audience = page.getByRole('region', { name: 'Audience view' });
  await expect(audience.getByText('Beat 1 of 8')).toBeVisible({ timeout: 30_000 });
  // Another app route is still refused.
  expect(await page.evaluate((u) => window.open(`${u}#/cases`) === null, base)).toBe(true);
  const [presenterPage] = await Promise.all([app.waitForEvent('window'), page.keyboard.press('s')]);
  const presenter = presenterPage.getByRole('region', { name: 'Presenter view' });
  await expect(presenter.getByText('Beat 1 of 8')).toBeVisible({ timeout: 30_000 });
  await page.keyboard.press('ArrowRight');
  await expect(presenter.getByText('Beat 2 of 8')).toBeVisible();
  await presenterPage.keyboard.press('ArrowRight');
  await expect(audience.getByText('Beat 3 of 8')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect.poll(() => app.windows().length).toBe(1);
});
