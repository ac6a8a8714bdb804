// `npm run web`: build if needed, then serve the web edition on 127.0.0.1.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { buildIfNeeded } from './build-if-needed.mjs';
import { root } from './electron-runtime.mjs';

buildIfNeeded();
const server = spawn(
  process.execPath,
  ['--import', 'tsx', join(root, 'src-main/web/main.ts'), ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit' },
);
// Ctrl-C reaches both processes; wait for the server to close cleanly.
process.on('SIGINT', () => undefined);
process.on('SIGTERM', () => server.kill('SIGTERM'));
server.on('exit', (code) => process.exit(code ?? 0));
