// Where the Electron runtime and Electron's build of better-sqlite3 live, shared by the start
// script, the native rebuild and the Electron test suite.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const nativeDir = join(root, '.native', 'electron');
export const nativeBinding = join(
  nativeDir,
  'node_modules/better-sqlite3/build/Release/better_sqlite3.node',
);
export const nativeStamp = join(nativeDir, 'electron-version.txt');

export function electronVersion() {
  return JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;
}

/** The Electron executable if it has been downloaded, else null (never downloads). */
export function electronExecutable() {
  const pathFile = join(root, 'node_modules/electron/path.txt');
  if (!existsSync(pathFile)) return null;
  const exe = join(root, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(exe) ? exe : null;
}

/** What the stamp file says for a build for this Electron version and `arch`. */
export function nativeStampFor(arch) {
  return `${electronVersion()} ${arch}`;
}

export function nativeBindingIsCurrent(arch = process.arch) {
  return (
    existsSync(nativeBinding) &&
    existsSync(nativeStamp) &&
    readFileSync(nativeStamp, 'utf8').trim() === nativeStampFor(arch)
  );
}
