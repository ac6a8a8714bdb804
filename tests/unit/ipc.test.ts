import { describe, expect, it } from 'vitest';
import type { IpcMain } from 'electron';
import { ipcChannel, METHOD_NAMES } from '../../src-main/contract/index';
import { bindIpc, createIpcHandler, type SenderEvent } from '../../src-main/main/ipc';
import { isAppUrl, type RendererSource } from '../../src-main/main/security';
import { testServices } from '../fixtures/services';

const source: RendererSource = { kind: 'app' };
const fromApp: SenderEvent = { senderFrame: { url: 'app://lactasim/index.html#/cases' } };

/** A stand-in for ipcMain that records handlers and lets the test invoke them like a renderer. */
function fakeIpcMain() {
  const handlers = new Map<string, (event: SenderEvent, request: unknown) => Promise<unknown>>();
  const ipcMain = {
    handle: (channel: string, fn: (event: SenderEvent, request: unknown) => Promise<unknown>) => {
      handlers.set(channel, fn);
    },
  } as unknown as IpcMain;
  return { ipcMain, handlers };
}

describe('IPC binding', () => {
  it('registers one channel per contract method', () => {
    const { services } = testServices('desktop');
    const { ipcMain, handlers } = fakeIpcMain();
    bindIpc(
      ipcMain,
      createIpcHandler(services.handlers, (url) => isAppUrl(url, source)),
    );
    expect([...handlers.keys()].sort()).toEqual(METHOD_NAMES.map(ipcChannel).sort());
    services.close();
  });

  it('round-trips app.info for our own renderer frame', async () => {
    const { services, dbPath } = testServices('desktop');
    const { ipcMain, handlers } = fakeIpcMain();
    bindIpc(
      ipcMain,
      createIpcHandler(services.handlers, (url) => isAppUrl(url, source)),
    );
    const result = await handlers.get(ipcChannel('app.info'))!(fromApp, {});
    expect(result).toMatchObject({ ok: true, value: { edition: 'desktop', dataPath: dbPath } });
    services.close();
  });

  it('refuses frames from anywhere else, and events without a frame', async () => {
    const { services } = testServices('desktop');
    const handle = createIpcHandler(services.handlers, (url) => isAppUrl(url, source));
    for (const url of [
      'https://example.com/',
      'file:///tmp/evil.html',
      'file:///opt/lactasim/out/renderer/index.html',
      'app://lactasim.evil/index.html',
    ]) {
      expect(await handle('app.info', { senderFrame: { url } }, {})).toEqual({
        ok: false,
        error: { code: 'FORBIDDEN', message: 'IPC from an unexpected frame' },
      });
    }
    expect((await handle('app.info', { senderFrame: null }, {})).ok).toBe(false);
    services.close();
  });

  it('validates arguments before running a method', async () => {
    const { services } = testServices('desktop');
    const handle = createIpcHandler(services.handlers, (url) => isAppUrl(url, source));
    const result = await handle('app.info', fromApp, { extra: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    services.close();
  });
});
