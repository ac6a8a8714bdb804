// Security settings as data, so they are unit-tested everywhere and used by the one window factory.
import type { WebPreferences } from 'electron';

export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  spellcheck: false,
} as const satisfies WebPreferences;

/** The renderer's own origin: the privileged app:// scheme served by protocol.ts. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'lactasim';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Where the renderer is loaded from: the app:// protocol, or electron-vite's dev server. */
export type RendererSource = { kind: 'app' } | { kind: 'dev'; origin: string };

/**
 * The dev server only when the app is not packaged: a packaged app ignores
 * ELECTRON_RENDERER_URL, so nobody can point it (and the IPC sender check) at another origin.
 */
export function rendererSource(
  isPackaged: boolean,
  env: Record<string, string | undefined>,
): RendererSource {
  const devUrl = env.ELECTRON_RENDERER_URL;
  if (isPackaged || !devUrl) return { kind: 'app' };
  return { kind: 'dev', origin: new URL(devUrl).origin };
}

/** The renderer's start page, at `hash` (e.g. `#/cases`) when given. */
export function rendererUrl(source: RendererSource, hash = ''): string {
  const base = source.kind === 'dev' ? `${source.origin}/` : `${APP_ORIGIN}/index.html`;
  return `${base}${hash}`;
}

/**
 * True when `url` is our own renderer. Parsed with `new URL` and compared exactly; a string
 * prefix check would accept `app://lactasim.evil/` or `http://localhost:5173.evil.com`.
 */
export function isAppUrl(url: string, source: RendererSource): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (source.kind === 'dev') return parsed.origin === source.origin;
  // A custom scheme has no web origin in WHATWG URL terms ("null"): compare scheme and host.
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
}
