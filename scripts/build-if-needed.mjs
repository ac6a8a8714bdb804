// Builds the app when out/renderer is missing or older than its sources. Build output goes to
// stderr so callers keep stdout for their own line.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from './electron-runtime.mjs';

function newest(dir) {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    time = Math.max(time, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return time;
}

export function buildIfNeeded() {
  const built = join(root, 'out/renderer/index.html');
  const sources = Math.max(
    newest(join(root, 'src-renderer')),
    newest(join(root, 'src-main/contract')),
    newest(join(root, 'src-main/sim')),
  );
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
  const result = spawnSync(
    process.execPath,
    [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
    { cwd: root, stdio: ['ignore', 2, 2] },
  );
  if (result.status !== 0) {
    console.error('LactaSim: the build failed; see the messages above.');
    process.exit(1);
  }
}
