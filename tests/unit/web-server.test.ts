import { request } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, TOKEN_HEADER, type WebServer } from '../../src-main/web/server';
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
});

describe('web edition options', () => {
  it('parses --port, --db and --no-open', () => {
    expect(parseWebOptions(['--port', '8123', '--db', '/tmp/x.db', '--no-open'])).toEqual({
      port: 8123,
      dbPath: '/tmp/x.db',
      open: false,
    });
    expect(parseWebOptions([])).toEqual({ port: 0, dbPath: undefined, open: true });
  });

  it('rejects a bad port and unknown flags with a message', () => {
    expect(() => parseWebOptions(['--port', 'abc'])).toThrow(/--port must be an integer/);
    expect(() => parseWebOptions(['--bind', '0.0.0.0'])).toThrow();
  });
});
