import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Protocol } from 'electron';
import {
  APP_SCHEME_PRIVILEGES,
  registerAppScheme,
  rendererFileFor,
  rendererHandler,
  serveRenderer,
} from '../../../src-main/main/protocol';
import { CONTENT_SECURITY_POLICY } from '../../../src-main/web/csp';

/** A built renderer folder, with a secret beside it that must never be served. */
function rendererDir() {
  const root = mkdtempSync(join(tmpdir(), 'lactasim-protocol-'));
  const dir = join(root, 'renderer');
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>LactaSim</title>');
  writeFileSync(join(dir, 'assets', 'main.js'), 'console.log(1)');
  writeFileSync(join(dir, 'assets', 'inter.woff2'), Buffer.from([1, 2, 3]));
  writeFileSync(join(root, 'secret.txt'), 'not for the page');
  return dir;
}

const get = (url: string, method = 'GET') => new Request(url, { method });

describe('the app:// protocol', () => {
  it('registers app as a standard, secure scheme before the app is ready', () => {
    const calls: unknown[] = [];
    registerAppScheme({
      registerSchemesAsPrivileged: (schemes) => calls.push(schemes),
    } as Pick<Protocol, 'registerSchemesAsPrivileged'>);
    expect(calls).toEqual([[{ scheme: 'app', privileges: APP_SCHEME_PRIVILEGES }]]);
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ standard: true, secure: true });
  });

  it('serves the renderer’s files with their types and the strict CSP', async () => {
    const dir = rendererDir();
    const handlers = new Map<string, (r: Request) => Promise<Response>>();
    serveRenderer(
      {
        handle: (scheme: string, fn: (r: Request) => Promise<Response>) => handlers.set(scheme, fn),
      } as unknown as Pick<Protocol, 'handle'>,
      dir,
    );
    const handle = handlers.get('app')!;
    const index = await handle(get('app://lactasim/index.html'));
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(index.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await index.text()).toContain('<title>LactaSim</title>');
    const root = await handle(get('app://lactasim/'));
    expect(await root.text()).toContain('<title>LactaSim</title>');
    const script = await handle(get('app://lactasim/assets/main.js?v=1#x'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const font = await handle(get('app://lactasim/assets/inter.woff2'));
    expect(font.headers.get('content-type')).toBe('font/woff2');
    expect(new Uint8Array(await font.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('serves nothing outside the renderer folder, from another host, or that is missing', async () => {
    const dir = rendererDir();
    const handle = rendererHandler(dir);
    for (const url of [
      'app://lactasim/%2e%2e/secret.txt',
      'app://lactasim/..%2Fsecret.txt',
      'app://lactasim/assets/%2e%2e/%2e%2e/secret.txt',
      'app://other/index.html',
      'app://lactasim/missing.js',
      'app://lactasim/assets',
      'app://lactasim/%E0%A4%A',
    ]) {
      expect((await handle(get(url))).status, url).toBe(404);
    }
    // Dot segments, encoded or not, stop at the renderer folder's root.
    for (const url of ['app://lactasim/%2e%2e/secret.txt', 'app://lactasim/..%2F..%2Fsecret.txt']) {
      expect(rendererFileFor(url, dir)).toBe(join(dir, 'secret.txt'));
    }
    expect(rendererFileFor('app://lactasim/a%00b.js', dir)).toBeNull();
    expect(rendererFileFor('file:///etc/passwd', dir)).toBeNull();
    expect(rendererFileFor('app://lactasim/assets/main.js', dir)).toBe(
      join(dir, 'assets', 'main.js'),
    );
  });

  it('answers only GET and HEAD, HEAD without a body', async () => {
    const handle = rendererHandler(rendererDir());
    expect((await handle(get('app://lactasim/index.html', 'POST'))).status).toBe(405);
    const head = await handle(get('app://lactasim/index.html', 'HEAD'));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
