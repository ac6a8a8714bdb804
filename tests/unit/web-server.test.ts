import { request } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cookieName,
  startWebServer,
  TOKEN_HEADER,
  type WebServer,
} from '../../src-main/web/server';
import { parseWebOptions } from '../../src-main/web/options';
import { testServices } from '../fixtures/services';

const token = 'test-token-123';
let server: WebServer;
const { services } = testServices();

beforeAll(async () => {
  const rendererDir = mkdtempSync(join(tmpdir(), 'lactasim-renderer-'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>LactaSim</title>');
  server = await startWebServer({ handlers: services.handlers, rendererDir, token });
});
afterAll(async () => {
  await server.close();
  services.close();
});

function send(
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, method, path, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body: text, headers: res.headers }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('web edition server', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
  });

  it('refuses API calls without the session token with 401 and a JSON error', async () => {
    const res = await send('POST', '/api/app.info', {}, '{}');
    expect(res.status).toBe(401);
    expect(JSON.parse(res.body)).toEqual({
      ok: false,
      error: { code: 'UNAUTHORIZED', message: 'Missing or wrong session token' },
    });
    const wrong = await send('POST', '/api/app.info', { [TOKEN_HEADER]: 'nope' }, '{}');
    expect(wrong.status).toBe(401);
  });

  it('answers a valid call with the token', async () => {
    const res = await send('POST', '/api/app.info', { [TOKEN_HEADER]: token }, '{}');
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { edition: 'web' } });
  });

  it('reports bad JSON and bad arguments as 400 with the error shape', async () => {
    const bad = await send('POST', '/api/app.info', { [TOKEN_HEADER]: token }, '{not json');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error.code).toBe('BAD_REQUEST');
    const extra = await send('POST', '/api/app.info', { [TOKEN_HEADER]: token }, '{"x":1}');
    expect(extra.status).toBe(400);
  });

  it('sets an HttpOnly, SameSite=Strict session cookie on a visit with the token, not without', async () => {
    const first = await send('GET', `/?token=${token}`);
    expect(first.status).toBe(200);
    const setCookie = String(first.headers['set-cookie']);
    expect(setCookie).toContain(`${cookieName(server.port)}=${token}`);
    expect(setCookie).toMatch(/; HttpOnly/);
    expect(setCookie).toMatch(/; SameSite=Strict/);
    expect(setCookie).toMatch(/; Path=\//);
    expect((await send('GET', '/?token=wrong')).headers['set-cookie']).toBeUndefined();
    expect((await send('GET', '/')).headers['set-cookie']).toBeUndefined();
  });

  it('answers API calls that carry the session cookie instead of the header', async () => {
    const cookie = `other=1; ${cookieName(server.port)}=${token}`;
    const ok = await send('POST', '/api/app.info', { cookie }, '{}');
    expect(ok.status).toBe(200);
    const origin = `http://127.0.0.1:${server.port}`;
    expect((await send('POST', '/api/app.info', { cookie, origin }, '{}')).status).toBe(200);
    const stale = `${cookieName(server.port)}=an-old-token`;
    expect((await send('POST', '/api/app.info', { cookie: stale }, '{}')).status).toBe(401);
    // Another port's cookie is another web edition's.
    const neighbour = `${cookieName(server.port + 1)}=${token}`;
    expect((await send('POST', '/api/app.info', { cookie: neighbour }, '{}')).status).toBe(401);
  });

  it('refuses API calls from pages of other origins, cookie or not', async () => {
    const cookie = `${cookieName(server.port)}=${token}`;
    for (const origin of ['http://evil.example', `http://127.0.0.1:${server.port + 1}`, 'null']) {
      const res = await send('POST', '/api/app.info', { cookie, origin }, '{}');
      expect(res.status, origin).toBe(403);
      const withHeader = await send(
        'POST',
        '/api/app.info',
        { [TOKEN_HEADER]: token, origin },
        '{}',
      );
      expect(withHeader.status, origin).toBe(403);
    }
    const host = await send('POST', '/api/app.info', { cookie, host: 'evil.example' }, '{}');
    expect(host.status).toBe(403);
  });

  it('refuses requests whose Host is not ours (DNS rebinding)', async () => {
    const res = await send('GET', '/', { host: 'evil.example:80' });
    expect(res.status).toBe(403);
  });

  it('serves the renderer with a CSP header and never files outside it', async () => {
    const page = await send('GET', '/');
    expect(page.status).toBe(200);
    expect(String(page.headers['content-security-policy'])).toContain("default-src 'self'");
    const escape = await send('GET', '/..%2f..%2fetc%2fpasswd');
    expect(escape.status).toBe(404);
  });

  it('answers malformed address encodings with 400, not 500', async () => {
    for (const path of ['/%', '/%E0%A4%A', '/%zz', '/assets/%c0%af', '/%00index.html']) {
      const res = await send('GET', path);
      expect(res.status, path).toBe(400);
    }
  });

  it('refuses a body that is not UTF-8 with 400 and one larger than the limit with 413', async () => {
    const bytes = Buffer.from([0x7b, 0xff, 0xfe, 0x7d]);
    const res = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: server.port,
          method: 'POST',
          path: '/api/app.info',
          headers: { [TOKEN_HEADER]: token },
        },
        (r) => {
          let text = '';
          r.on('data', (c: Buffer) => (text += c.toString()));
          r.on('end', () => resolve({ status: r.statusCode ?? 0, body: text }));
        },
      );
      req.on('error', reject);
      req.end(bytes);
    });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).error.message).toMatch(/not UTF-8/);
    const huge = await send(
      'POST',
      '/api/app.info',
      { [TOKEN_HEADER]: token },
      'x'.repeat(64 * 1024 * 1024 + 1),
    );
    expect(huge.status).toBe(413);
    expect(JSON.parse(huge.body).error.code).toBe('TOO_LARGE');
  });
});

describe('web edition options', () => {
  it('parses --port, --db, --no-open and --read-only', () => {
    expect(
      parseWebOptions(['--port', '8123', '--db', '/tmp/x.db', '--no-open', '--read-only']),
    ).toEqual({ port: 8123, dbPath: '/tmp/x.db', open: false, readOnly: true });
    expect(parseWebOptions([])).toEqual({
      port: 0,
      dbPath: undefined,
      open: true,
      readOnly: false,
    });
  });

  it('rejects a bad port and unknown flags with a message', () => {
    expect(() => parseWebOptions(['--port', 'abc'])).toThrow(/--port must be an integer/);
    expect(() => parseWebOptions(['--bind', '0.0.0.0'])).toThrow();
  });
});
