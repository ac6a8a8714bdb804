// Entry of the web edition: `npm run web -- [--port N] [--db PATH] [--no-open] [--read-only]`.
import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { createServices } from '../services/index';
import { locateLibrary, relocationNotice } from '../store/index';
import { openWebLibrary } from './library';
import { startWebServer } from './server';
import { parseWebOptions } from './options';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function openBrowser(url: string): void {
  const command =
    process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  const child = spawn(command, [url], { stdio: 'ignore', detached: true });
  child.on('error', () => undefined); // No browser launcher: the printed line is enough.
  child.unref();
}

async function main(): Promise<void> {
  let options;
  try {
    options = parseWebOptions(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`lactasim web: ${(error as Error).message}\n`);
    process.exit(2);
  }
  // The web edition's one stdout line is its address; anything else goes to stderr.
  const { dbPath, relocated } = locateLibrary(options.dbPath);
  const moved = relocationNotice(relocated);
  if (moved !== null) process.stderr.write(`${moved}\n`);
  const services = openWebLibrary(
    dbPath,
    options.readOnly,
    (readOnly) =>
      createServices({
        edition: 'web',
        dataPath: dbPath,
        dbPath,
        resourcesDir: join(root, 'resources'),
        readOnly,
      }),
    (line) => process.stderr.write(`${line}\n`),
  );
  services.warm();
  const token = randomBytes(24).toString('base64url');
  const server = await startWebServer({
    handlers: services.handlers,
    rendererDir: join(root, 'out', 'renderer'),
    token,
    port: options.port,
  });
  const url = `${server.url}?token=${token}`;
  process.stdout.write(`LactaSim web edition: ${url}\n`);
  if (options.open) openBrowser(url);

  const stop = () => {
    void server.close().then(() => {
      services.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`lactasim web: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
