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

/** Where the renderer is loaded from: the built file, or the dev server during development. */
export type RendererSource = { kind: 'file'; indexUrl: string } | { kind: 'dev'; origin: string };

/**
 * True when `url` is our own renderer. Parsed with `new URL` and compared exactly; a string
 * prefix check would accept `file:///app/index.html.evil` or `http://localhost:5173.evil.com`.
 */
export function isAppUrl(url: string, source: RendererSource): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (source.kind === 'dev') return parsed.origin === new URL(source.origin).origin;
  const index = new URL(source.indexUrl);
  return parsed.protocol === 'file:' && parsed.pathname === index.pathname && parsed.host === '';
}
