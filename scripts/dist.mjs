// `npm run dist [-- electron-builder options]`: installers for this platform in dist/.
// Renders the icons from resources/icons/lactasim.svg, builds with electron-vite, then runs
// electron-builder (electron-builder.yml), whose beforePack hook builds better-sqlite3 for
// Electron. Needs Node 22.12 or later and the network (Electron's runtime and headers).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from './electron-runtime.mjs';
import { atLeast, DESKTOP_TOOLING_NODE } from './node-version.mjs';

if (!atLeast(process.version)) {
  console.error(
    `LactaSim: packaging needs Node ${DESKTOP_TOOLING_NODE} or later (this is ${process.version}); tests and \`npm run web\` work on this one.`,
  );
  process.exit(1);
}

const step = (label, args) => {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`LactaSim: ${label} failed (exit ${result.status ?? result.signal}).`);
    process.exit(1);
  }
};

step('rendering the icons', ['--import', 'tsx', join(root, 'scripts/icons.ts')]);
step('the build', [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build']);
step('electron-builder', [
  join(root, 'node_modules/electron-builder/cli.js'),
  '--publish',
  'never',
  ...process.argv.slice(2),
]);
