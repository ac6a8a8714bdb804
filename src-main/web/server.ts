import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Handlers } from '../contract/index';
import type { ErrorCode, Result } from '../contract/errors';
import { encodeFrame, FRAME_MIME, frameBytes } from '../contract/codec';
import { dispatch } from '../services/dispatch';
import { CONTENT_SECURITY_POLICY } from './csp';

export const TOKEN_HEADER = 'x-lactasim-token';
/** Bundles of many cases can be large; anything past this is refused before parsing. */
const MAX_BODY_BYTES = 64 * 1024 * 1024;
/**
 * Largest answer sent. The sample cap of `sim.run` keeps traces well under it; this is the
 * backstop for anything else, refused with a message rather than sent half-built.
 */
const MAX_RESPONSE_BYTES = 128 * 1024 * 1024;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

const STATUS: Record<ErrorCode, number> = {
  BAD_REQUEST: 400,
  BAD_SCENARIO: 400,
  BAD_IMPORT: 400,
  NOT_FOUND: 404,
  UNKNOWN_METHOD: 404,
  CONFLICT: 409,
  READ_ONLY: 403,
  FORBIDDEN: 403,
  UNAUTHORIZED: 401,
  TOO_LARGE: 413,
  INTERNAL: 500,
};

export interface WebServerOptions {
  handlers: Handlers;
  /** Folder of the built renderer (index.html and assets). */
  rendererDir: string;
  token: string;
  /** 0 or absent: a free port. */
  port?: number;
  /** Largest answer, in bytes (default 128 MB); tests lower it. */
  maxResponseBytes?: number;
}

export interface WebServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

function tokenMatches(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

const HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'content-security-policy': CONTENT_SECURITY_POLICY,
};

function send(res: ServerResponse, status: number, body: string, type: string): void {
  res.writeHead(status, { ...HEADERS, 'content-type': type });
  res.end(body);
}

const tooLarge = (bytes: number, limit: number): Result<never> => ({
  ok: false,
  error: {
    code: 'TOO_LARGE',
    message:
      `The answer would be ${megabytes(bytes)} MB; the limit is ${megabytes(limit)} MB per ` +
      'answer. Ask for a coarser resolution (a larger resolutionSec) or a shorter run.',
  },
});

const megabytes = (bytes: number) => Math.ceil((bytes / 1024 / 1024) * 10) / 10;

/** Results holding traces go as one binary frame (contract/codec.ts), all else as JSON. */
function sendResult(res: ServerResponse, result: Result<unknown>, limit = MAX_RESPONSE_BYTES) {
  const status = result.ok ? 200 : STATUS[result.error.code];
  const parts = encodeFrame(result, { encode: (text) => Buffer.from(text, 'utf8') });
  const json = parts === null ? JSON.stringify(result) : '';
  const bytes = parts === null ? Buffer.byteLength(json) : frameBytes(parts);
  if (bytes > limit) {
    sendResult(res, tooLarge(bytes, limit));
  } else if (parts === null) {
    send(res, status, json, 'application/json; charset=utf-8');
  } else {
    res.writeHead(status, { ...HEADERS, 'content-type': FRAME_MIME, 'content-length': bytes });
    for (const part of parts) res.write(part);
    res.end();
  }
}

function fail(res: ServerResponse, code: ErrorCode, message: string): void {
  sendResult(res, { ok: false, error: { code, message } });
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function serveApi(
  req: IncomingMessage,
  res: ServerResponse,
  options: WebServerOptions,
  name: string,
): Promise<void> {
  if (!tokenMatches(req.headers[TOKEN_HEADER] as string | undefined, options.token)) {
    fail(res, 'UNAUTHORIZED', 'Missing or wrong session token');
    return;
  }
  if (req.method !== 'POST') {
    fail(res, 'BAD_REQUEST', 'API methods are called with POST');
    return;
  }
  const body = await readBody(req);
  if (body === null) {
    fail(res, 'BAD_REQUEST', `Request body larger than ${MAX_BODY_BYTES / 1024 / 1024} MB`);
    return;
  }
  let parsed: unknown;
  try {
    parsed = body.trim() === '' ? {} : JSON.parse(body);
  } catch (error) {
    fail(res, 'BAD_REQUEST', `Request body is not JSON: ${(error as Error).message}`);
    return;
  }
  sendResult(res, await dispatch(options.handlers, name, parsed), options.maxResponseBytes);
}

async function serveStatic(res: ServerResponse, rendererDir: string, urlPath: string) {
  const relative = urlPath === '/' ? 'index.html' : decodeURIComponent(urlPath.slice(1));
  const file = normalize(join(rendererDir, relative));
  if (file !== rendererDir && !file.startsWith(rendererDir + sep)) {
    send(res, 404, 'Not found', 'text/plain; charset=utf-8');
    return;
  }
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new Error('not a file');
    const type = MIME[extname(file)] ?? 'application/octet-stream';
    res.writeHead(200, {
      'content-type': type,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'x-frame-options': 'DENY',
      'content-security-policy': CONTENT_SECURITY_POLICY,
    });
    res.end(await readFile(file));
  } catch {
    send(res, 404, 'Not found', 'text/plain; charset=utf-8');
  }
}

/** Serves the renderer and `POST /api/<method>` on 127.0.0.1 only. */
export function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const rendererDir = normalize(options.rendererDir);
  let allowedHosts = new Set<string>();
  const server = createServer((req, res) => {
    // A page on another origin could reach 127.0.0.1 through DNS rebinding: only our own
    // host names are served.
    if (!allowedHosts.has(req.headers.host ?? '')) {
      fail(res, 'FORBIDDEN', 'Unexpected Host header');
      return;
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const task = url.pathname.startsWith('/api/')
      ? serveApi(req, res, options, url.pathname.slice('/api/'.length))
      : req.method === 'GET' || req.method === 'HEAD'
        ? serveStatic(res, rendererDir, url.pathname)
        : Promise.resolve(fail(res, 'BAD_REQUEST', 'Method not allowed'));
    task.catch((error: unknown) => {
      console.error('[lactasim] web request failed:', error);
      if (!res.headersSent) fail(res, 'INTERNAL', 'Internal error');
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
      resolve({
        url: `http://127.0.0.1:${port}/`,
        port,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
