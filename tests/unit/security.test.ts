import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  isAppUrl,
  rendererSource,
  rendererUrl,
  SECURE_WEB_PREFERENCES,
} from '../../src-main/main/security';
import { CONTENT_SECURITY_POLICY } from '../../src-main/web/csp';
import { repoRoot } from '../fixtures/services';

describe('Electron security settings', () => {
  it('keeps context isolation and the sandbox on, Node integration off', () => {
    expect(SECURE_WEB_PREFERENCES).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('recognises only our own renderer URL, parsed rather than prefix-matched', () => {
    const app = { kind: 'app' as const };
    expect(isAppUrl('app://lactasim/index.html', app)).toBe(true);
    expect(isAppUrl('app://lactasim/index.html?x=1#/sim', app)).toBe(true);
    expect(isAppUrl('app://lactasim.evil/index.html', app)).toBe(false);
    expect(isAppUrl('app://other/index.html', app)).toBe(false);
    expect(isAppUrl('file:///app/out/renderer/index.html', app)).toBe(false);
    expect(isAppUrl('https://lactasim/index.html', app)).toBe(false);
    expect(isAppUrl('not a url', app)).toBe(false);
    const dev = { kind: 'dev' as const, origin: 'http://localhost:5173' };
    expect(isAppUrl('http://localhost:5173/#/cases', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5173.evil.com/', dev)).toBe(false);
    expect(isAppUrl('app://lactasim/index.html', dev)).toBe(false);
  });

  it('loads from the dev server only when not packaged', () => {
    const env = { ELECTRON_RENDERER_URL: 'http://localhost:5173/' };
    expect(rendererSource(false, env)).toEqual({ kind: 'dev', origin: 'http://localhost:5173' });
    expect(rendererSource(true, env)).toEqual({ kind: 'app' });
    expect(rendererSource(false, {})).toEqual({ kind: 'app' });
    expect(rendererUrl({ kind: 'app' }, '#/cases')).toBe('app://lactasim/index.html#/cases');
    expect(rendererUrl({ kind: 'dev', origin: 'http://localhost:5173' })).toBe(
      'http://localhost:5173/',
    );
  });

  it('ships a strict CSP in index.html: nothing remote, no inline script, no eval', () => {
    const html = readFileSync(join(repoRoot, 'src-renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta).not.toBeNull();
    const policy = meta![1]!;
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("worker-src 'self'");
    expect(policy).not.toMatch(/unsafe-eval|https?:|file:|\*/);
    // The web edition's header says the same, plus what only a header can say.
    for (const directive of policy.split('; '))
      expect(CONTENT_SECURITY_POLICY).toContain(directive);
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });
});
