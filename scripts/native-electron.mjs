// Builds better-sqlite3 for Electron's ABI into .native/electron, leaving node_modules' Node
// build alone: tests, the CLI and the web edition keep using that one. Used by
// `npm run rebuild:electron`, `npm start` and the packaging step (scripts/before-pack.mjs).
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rebuild } from '@electron/rebuild';
import {
  electronVersion,
  nativeDir,
  nativeStamp,
  nativeStampFor,
  root,
} from './electron-runtime.mjs';

/** Rebuilds for `arch` (default: this machine's); returns the stamp it wrote. */
export async function rebuildForElectron(arch = process.arch) {
  const version = electronVersion();
  const source = join(root, 'node_modules/better-sqlite3');
  const target = join(nativeDir, 'node_modules/better-sqlite3');
  rmSync(nativeDir, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  cpSync(source, target, {
    recursive: true,
    filter: (path) => !path.includes(`${join(source, 'build')}`),
  });
  writeFileSync(
    join(nativeDir, 'package.json'),
    JSON.stringify({
      name: 'lactasim-electron-native',
      private: true,
      dependencies: { 'better-sqlite3': '*' },
    }),
  );
  await rebuild({
    buildPath: nativeDir,
    electronVersion: version,
    arch,
    onlyModules: ['better-sqlite3'],
    force: true,
  });
  const stamp = nativeStampFor(arch);
  writeFileSync(nativeStamp, stamp);
  process.stderr.write(
    `better-sqlite3 rebuilt for Electron ${version} (${arch}) in .native/electron\n`,
  );
  return stamp;
}
