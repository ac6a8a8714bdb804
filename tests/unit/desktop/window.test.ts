import { describe, expect, it, vi } from 'vitest';
import type { SavedWindow } from '../../../src-main/main/window-state';

/** Electron's BrowserWindow as far as the window factory uses it. */
class FakeWindow {
  static made: FakeWindow[] = [];
  readonly handlers = new Map<string, () => void>();
  loaded = '';
  shown = false;
  maximized = false;
  constructor(readonly options: Record<string, unknown>) {
    FakeWindow.made.push(this);
  }
  once(event: string, fn: () => void) {
    this.handlers.set(event, fn);
  }
  on(event: string, fn: () => void) {
    this.handlers.set(event, fn);
  }
  loadURL(url: string) {
    this.loaded = url;
    return Promise.resolve();
  }
  show() {
    this.shown = true;
  }
  maximize() {
    this.maximized = true;
  }
  isMaximized() {
    return this.maximized;
  }
  getNormalBounds() {
    return { x: 10, y: 20, width: 1200, height: 800 };
  }
}

vi.mock('electron', () => ({ BrowserWindow: FakeWindow }));
const { createWindow } = await import('../../../src-main/main/window');

describe('the window factory', () => {
  it('opens at the saved place, maximised again if it was, and remembers the place on close', () => {
    const saved: SavedWindow = {
      bounds: { x: 100, y: 50, width: 1300, height: 850 },
      maximized: true,
    };
    const remembered: SavedWindow[] = [];
    createWindow({ kind: 'app' }, saved, (w) => remembered.push(w), '#/cases');
    const win = FakeWindow.made.at(-1)!;
    expect(win.options).toMatchObject({ ...saved.bounds, show: false });
    expect(win.loaded).toBe('app://lactasim/index.html#/cases');
    expect(win.shown).toBe(false);
    win.handlers.get('ready-to-show')!();
    expect(win).toMatchObject({ shown: true, maximized: true });
    win.handlers.get('close')!();
    expect(remembered).toEqual([
      { bounds: { x: 10, y: 20, width: 1200, height: 800 }, maximized: true },
    ]);
  });

  it('loads the dev server when that is the source', () => {
    createWindow({ kind: 'dev', origin: 'http://localhost:5173' }, null, () => undefined);
    expect(FakeWindow.made.at(-1)!.loaded).toBe('http://localhost:5173/');
  });
});
