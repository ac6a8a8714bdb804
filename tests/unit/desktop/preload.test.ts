import { describe, expect, it, vi } from 'vitest';
import {
  LANGUAGE_CHANNEL,
  MENU_CHANNEL,
  OPEN_FILE_CHANNEL,
  OPEN_FILE_READY_CHANNEL,
  type DesktopBridge,
} from '../../../src-main/contract/desktop';
import { METHOD_NAMES } from '../../../src-main/contract/index';

/** contextBridge and ipcRenderer as the sandboxed preload sees them. */
const exposed = new Map<string, unknown>();
const listeners = new Map<string, Set<(event: unknown, value: unknown) => void>>();
const sent: unknown[] = [];
const invoked: [string, unknown][] = [];

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: {
    invoke: (channel: string, request: unknown) => {
      invoked.push([channel, request]);
      return Promise.resolve({ ok: true, value: null });
    },
    send: (channel: string, ...args: unknown[]) =>
      sent.push(args.length > 0 ? [channel, ...args] : channel),
    on: (channel: string, fn: (event: unknown, value: unknown) => void) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(fn);
    },
    removeListener: (channel: string, fn: (event: unknown, value: unknown) => void) =>
      listeners.get(channel)?.delete(fn),
  },
}));
await import('../../../src-main/preload/index');

const emit = (channel: string, value: unknown) =>
  listeners.get(channel)?.forEach((fn) => fn({ sender: 'main' }, value));

describe('the sandboxed preload', () => {
  it('exposes one function per contract method, each on its own channel', async () => {
    const bridge = exposed.get('lactasim') as Record<string, (r: unknown) => Promise<unknown>>;
    expect(Object.keys(bridge).sort()).toEqual([...METHOD_NAMES].sort());
    await bridge['cases.get']!({ id: 'b_x' });
    expect(invoked).toEqual([['lactasim:cases.get', { id: 'b_x' }]]);
  });

  it('passes menu commands and opened files on, and says when the window listens for files', () => {
    const desktop = exposed.get('lactasimDesktop') as DesktopBridge;
    const commands: unknown[] = [];
    const files: unknown[] = [];
    const stopMenu = desktop.onMenuCommand((c) => commands.push(c));
    expect(sent).toEqual([]);
    const stopFiles = desktop.onOpenFile((f) => files.push(f));
    expect(sent).toEqual([OPEN_FILE_READY_CHANNEL]);
    emit(MENU_CHANNEL, { kind: 'navigate', hash: '#/cases' });
    emit(OPEN_FILE_CHANNEL, { name: 'a.lactasim', text: '{}' });
    // The listener gets the value alone, never Electron's event object.
    expect(commands).toEqual([{ kind: 'navigate', hash: '#/cases' }]);
    expect(files).toEqual([{ name: 'a.lactasim', text: '{}' }]);
    stopMenu();
    stopFiles();
    emit(MENU_CHANNEL, { kind: 'show-keys' });
    expect(commands).toHaveLength(1);
    expect(listeners.get(OPEN_FILE_CHANNEL)?.size).toBe(0);
  });

  it('tells the main process the interface language, for its leave question', () => {
    const desktop = exposed.get('lactasimDesktop') as DesktopBridge;
    sent.length = 0;
    desktop.setLanguage('es');
    expect(sent).toEqual([[LANGUAGE_CHANNEL, 'es']]);
  });
});
