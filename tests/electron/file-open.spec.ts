// Bundles opened with the app: on the first launch's command line, from a second launch (which
// hands them over and quits), and macOS's open-file event. Each shows the import preview.
import { test, expect, _electron as electron, type ElectronApplication } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLE_FORMAT } from '../../src-main/contract/cases';
import { ensureNativeBuild, executable, isolatedEnv, NO_RUNTIME, root } from './launch';

test.skip(executable === null, NO_RUNTIME);

const folder = mkdtempSync(join(tmpdir(), 'lactasim-bundles-'));
/** A bundle file with one case, as far as the preview reads it. */
function bundleFile(name: string, title: string): string {
  const path = join(folder, name);
  writeFileSync(path, JSON.stringify({ format: BUNDLE_FORMAT, cases: [{ title, scenario: {} }] }));
  return path;
}

let app: ElectronApplication;
let env: Record<string, string>;

test.beforeAll(async () => {
  ensureNativeBuild();
  env = isolatedEnv();
  app = await electron.launch({
    executablePath: executable!,
    args: [root, bundleFile('First launch.lactasim', 'Opened at launch')],
    env,
  });
});

test.afterAll(async () => {
  await app?.close();
});

test('a bundle on the first launch’s command line opens the import preview', async () => {
  const page = await app.firstWindow();
  const preview = page.getByRole('dialog', { name: 'Import First launch.lactasim' });
  await expect(preview.getByRole('listitem')).toHaveText(['Opened at launch']);
  await preview.getByRole('button', { name: 'Cancel' }).click();
  await expect(preview).toBeHidden();
});

test('a second launch hands its bundle to the first and quits', async () => {
  const page = await app.firstWindow();
  const second = spawn(executable!, [root, bundleFile('Second.lactasim-lesson', 'x')], {
    env,
    stdio: 'ignore',
  });
  expect(await new Promise((resolve) => second.on('exit', resolve))).toBe(0);
  const preview = page.getByRole('dialog', { name: 'Import Second.lactasim-lesson' });
  await expect(preview).toBeVisible();
  await preview.getByRole('button', { name: 'Cancel' }).click();
  expect(app.windows()).toHaveLength(1);
});

test("macOS's open-file event opens the same preview", async () => {
  const page = await app.firstWindow();
  const path = bundleFile('From Finder.lactasim', 'Opened from Finder');
  await app.evaluate(({ app }, file) => {
    app.emit('open-file', { preventDefault: () => undefined }, file);
  }, path);
  const preview = page.getByRole('dialog', { name: 'Import From Finder.lactasim' });
  await expect(preview.getByRole('listitem')).toHaveText(['Opened from Finder']);
  await preview.getByRole('button', { name: 'Cancel' }).click();
});
