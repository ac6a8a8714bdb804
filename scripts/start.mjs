// `npm start`: build and open the desktop app. Where the Electron runtime cannot be obtained,
// say so in one line and point to the web edition.
import { spawnSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import { electronExecutable, nativeBindingIsCurrent, root } from './electron-runtime.mjs';

function runtime() {
  const present = electronExecutable();
  if (present) return present;
  // Requiring the package downloads the runtime on first use (electron@45 installs without it).
  const attempt = spawnSync(process.execPath, ['-e', "require('electron')"], {
    cwd: root,
    stdio: 'ignore',
    timeout: 300_000,
  });
  return attempt.status === 0 ? electronExecutable() : null;
}

const exe = runtime();
if (!exe) {
  console.error(
    'LactaSim: the Electron runtime could not be downloaded on this machine; run `npm run web` to use the web edition in your browser.',
  );
  process.exit(1);
}

const step = (label, command, args) => {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`LactaSim: ${label} failed (exit ${result.status ?? result.signal}).`);
    process.exit(1);
  }
};

step('the build', process.execPath, [
  join(root, 'node_modules/electron-vite/bin/electron-vite.js'),
  'build',
]);
if (!nativeBindingIsCurrent()) {
  step('rebuilding better-sqlite3 for Electron', process.execPath, [
    join(root, 'scripts/rebuild-electron.mjs'),
  ]);
}
const app = spawn(exe, [root], { cwd: root, stdio: 'inherit' });
app.on('exit', (code) => process.exit(code ?? 0));
