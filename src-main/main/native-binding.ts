// Electron's build of better-sqlite3. Packaged: resources/native (electron-builder.yml's
// extraResources). In development: .native/electron, made by `npm run rebuild:electron`.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Relative to process.resourcesPath; electron-builder.yml copies the addon there. */
export const PACKAGED_BINDING = 'native/better_sqlite3.node';
/** Relative to the app's root in development. */
export const DEV_BINDING =
  '.native/electron/node_modules/better-sqlite3/build/Release/better_sqlite3.node';

export interface BindingPlace {
  isPackaged: boolean;
  resourcesPath: string;
  appRoot: string;
}

/** The addon to load, or undefined to let better-sqlite3 find its own (Node's) build. */
export function electronNativeBinding(
  place: BindingPlace,
  exists: (path: string) => boolean = existsSync,
): string | undefined {
  if (place.isPackaged) return join(place.resourcesPath, PACKAGED_BINDING);
  const dev = join(place.appRoot, DEV_BINDING);
  return exists(dev) ? dev : undefined;
}
