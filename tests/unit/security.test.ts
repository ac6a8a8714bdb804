import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAppUrl, SECURE_WEB_PREFERENCES } from '../../src-main/main/security';
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
    const file = { kind: 'file' as const, indexUrl: 'file:///app/out/renderer/index.html' };
    expect(isAppUrl('file:///app/out/renderer/index.html', file)).toBe(true);
    expect(isAppUrl('file:///app/out/renderer/index.html?x=1#/sim', file)).toBe(true);
    expect(isAppUrl('file:///app/out/renderer/index.html.evil', file)).toBe(false);
    expect(isAppUrl('file:///etc/passwd', file)).toBe(false);
    expect(isAppUrl('https://app/out/renderer/index.html', file)).toBe(false);
    expect(isAppUrl('not a url', file)).toBe(false);
    const dev = { kind: 'dev' as const, origin: 'http://localhost:5173' };
    expect(isAppUrl('http://localhost:5173/#/cases', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5173.evil.com/', dev)).toBe(false);
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
    expect(policy).not.toMatch(/unsafe-eval|https?:|\*/);
    // The web edition's header says the same, plus what only a header can say.
    for (const directive of policy.split('; '))
      expect(CONTENT_SECURITY_POLICY).toContain(directive);
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });
});
