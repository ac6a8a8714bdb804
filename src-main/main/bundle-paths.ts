// Where the parts of the app are, relative to the bundled main process (out/main). The same in
// development and packaged (inside app.asar), so nothing depends on how Electron was launched.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

export const APP_ROOT = join(here, '..', '..');
export const RENDERER_DIR = join(APP_ROOT, 'out', 'renderer');
export const PRELOAD_PATH = join(APP_ROOT, 'out', 'preload', 'index.cjs');
export const RESOURCES_DIR = join(APP_ROOT, 'resources');

/**
 * The README, opened by Help → LactaSim guide in the system's viewer. Packaged it is an extra
 * resource (outside app.asar, which other programs cannot read).
 */
export function guidePath(isPackaged: boolean, resourcesPath: string): string {
  return isPackaged ? join(resourcesPath, 'README.md') : join(APP_ROOT, 'README.md');
}
