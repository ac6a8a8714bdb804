import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Handlers } from '../contract/index';
import type { ErrorCode, Result } from '../contract/errors';
import { encodeFrame, FRAME_MIME, frameBytes } from '../contract/codec';
import { dispatch } from '../services/dispatch';
import { CONTENT_SECURITY_POLICY } from './csp';

export const TOKEN_HEADER = 'x-lactasim-token';
/**
 * The first visit with the token in its address also gets it as a cookie, so a new tab, a
 * bookmark or a reload of the same browser works without it. HttpOnly: scripts never read it;
 * SameSite=Strict: no other site's page makes the browser send it. Named by port, because
 * cookies are not per port and two web editions may run at once.
 */
export const cookieName = (port: number): string => `lactasim-session-${port}`;
const COOKIE_MAX_AGE_SEC = 30 * 24 * 60 * 60;
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
  BUSY: 503,
  TOO_LARGE: 413,
  LIBRARY_DAMAGED: 503,
  READ_ONLY: 403,
  LIBRARY_READ_ONLY: 403,
  FORBIDDEN: 403,
  UNAUTHORIZED: 401,
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

/** The value of cookie `name` in the request, if it has one. */
function cookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

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

/** The body as text; 'too large' past the limit, 'not utf-8' for bytes that are not text. */
async function readBody(req: IncomingMessage): Promise<string | 'too large' | 'not utf-8'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) return 'too large';
    chunks.push(buffer);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    return 'not utf-8';
  }
}

/** Who may call the API: a page of ours, with the token in its header or its cookie. */
interface Gate {
  origins: Set<string>;
  cookie: string;
}

async function serveApi(
  req: IncomingMessage,
  res: ServerResponse,
  options: WebServerOptions,
  gate: Gate,
  name: string,
): Promise<void> {
  // A browser names the page that sends a request; only our own pages may call (the cookie is
  // sent by the browser on its own, so a page elsewhere must not get to use it).
  if (req.headers.origin !== undefined && !gate.origins.has(req.headers.origin)) {
    fail(res, 'FORBIDDEN', 'Requests from other sites are refused');
    return;
  }
  const header = req.headers[TOKEN_HEADER] as string | undefined;
  if (
    !tokenMatches(header, options.token) &&
    !tokenMatches(cookie(req, gate.cookie), options.token)
  ) {
    fail(res, 'UNAUTHORIZED', 'Missing or wrong session token');
    return;
  }
  if (req.method !== 'POST') {
    fail(res, 'BAD_REQUEST', 'API methods are called with POST');
    return;
  }
  const body = await readBody(req);
  if (body === 'too large') {
    fail(res, 'TOO_LARGE', `Request body larger than ${MAX_BODY_BYTES / 1024 / 1024} MB`);
    return;
  }
  if (body === 'not utf-8') {
    fail(res, 'BAD_REQUEST', 'Request body is not UTF-8 text; send the request as JSON');
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

/** `decodeURIComponent`, or null for a malformed escape such as `%` or `%E0%A4%A`. */
function decodePath(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

async function serveStatic(
  res: ServerResponse,
  rendererDir: string,
  urlPath: string,
  extraHeaders: Record<string, string>,
) {
  const relative = urlPath === '/' ? 'index.html' : decodePath(urlPath.slice(1));
  if (relative === null || relative.includes('\0')) {
    send(res, 400, 'Bad request: malformed address', 'text/plain; charset=utf-8');
    return;
  }
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
      ...extraHeaders,
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
  const gate: Gate = { origins: new Set(), cookie: '' };
  const server = createServer((req, res) => {
    // A page on another origin could reach 127.0.0.1 through DNS rebinding: only our own
    // host names are served.
    if (!allowedHosts.has(req.headers.host ?? '')) {
      fail(res, 'FORBIDDEN', 'Unexpected Host header');
      return;
    }
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://127.0.0.1');
    } catch {
      fail(res, 'BAD_REQUEST', 'Malformed request address');
      return;
    }
    const session: Record<string, string> = tokenMatches(
      url.searchParams.get('token') ?? undefined,
      options.token,
    )
      ? {
          'set-cookie': `${gate.cookie}=${options.token}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${COOKIE_MAX_AGE_SEC}`,
        }
      : {};
    const task = url.pathname.startsWith('/api/')
      ? serveApi(req, res, options, gate, url.pathname.slice('/api/'.length))
      : req.method === 'GET' || req.method === 'HEAD'
        ? serveStatic(res, rendererDir, url.pathname, session)
        : Promise.resolve(fail(res, 'BAD_REQUEST', 'Method not allowed'));
    task.catch((error: unknown) => {
      const id = randomBytes(4).toString('hex').toUpperCase();
      console.error(`[lactasim] error ${id} serving ${req.method} ${url.pathname}:`, error);
      if (!res.headersSent) fail(res, 'INTERNAL', `Internal error (reference ${id})`);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
      gate.origins = new Set([...allowedHosts].map((host) => `http://${host}`));
      gate.cookie = cookieName(port);
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
