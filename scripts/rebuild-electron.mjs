// Builds better-sqlite3 for Electron's ABI into .native/electron, leaving node_modules' Node
// build alone: tests, the CLI and the web edition keep using that one.
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rebuild } from '@electron/rebuild';
import { electronVersion, nativeDir, nativeStamp, root } from './electron-runtime.mjs';

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
  onlyModules: ['better-sqlite3'],
  force: true,
});
writeFileSync(nativeStamp, version);
process.stderr.write(`better-sqlite3 rebuilt for Electron ${version} in .native/electron\n`);
