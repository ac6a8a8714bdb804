// A window's troubles reach the log file, read from the main side on a fake WebContents (an event
// emitter sending what Electron 45 sends) into the real logger writing a real file.
import log from 'electron-log/node';
import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { configureLogging, logFilePath } from '../../../src-main/main/logging';
import {
  logRendererTrouble,
  type ConsoleMessage,
  type RendererEvents,
} from '../../../src-main/main/renderer-logging';

afterEach(() => log.errorHandler.stopCatching());

const PAGE = 'app://lactasim/index.html#/sim/typical-day';

function window(): { contents: EventEmitter; logText: () => string } {
  const file = logFilePath(mkdtempSync(join(tmpdir(), 'lactasim-renderer-logs-')));
  configureLogging(log, file, { captureConsole: false });
  // The file is what is tested; on the console these planted errors would read as the suite's own.
  log.transports.console.level = false;
  const contents = Object.assign(new EventEmitter(), { getURL: () => PAGE });
  logRendererTrouble(contents as unknown as RendererEvents, log);
  return { contents, logText: () => readFileSync(file, 'utf8') };
}

const consoleMessage = (level: ConsoleMessage['level'], message: string): ConsoleMessage => ({
  level,
  message,
  lineNumber: 42,
  sourceId: 'app://lactasim/assets/index.js',
});

describe('a window’s troubles in the log file', () => {
  it('writes console errors and warnings with the page and the source line, not the rest', () => {
    const { contents, logText } = window();
    contents.emit('console-message', consoleMessage('error', 'Uncaught TypeError: x is undefined'));
    contents.emit('console-message', consoleMessage('warning', 'a slow frame'));
    contents.emit('console-message', consoleMessage('info', 'routine chatter'));
    contents.emit('console-message', consoleMessage('debug', 'more chatter'));
    const text = logText();
    expect(text).toMatch(
      /\[error\]\s+renderer app:\/\/lactasim\/index\.html#\/sim\/typical-day: Uncaught TypeError: x is undefined \(app:\/\/lactasim\/assets\/index\.js:42\)/,
    );
    expect(text).toMatch(/\[warn\]\s+renderer .*: a slow frame/);
    expect(text).not.toContain('chatter');
  });

  it('writes a renderer process that ended, as an error unless it ended cleanly', () => {
    const { contents, logText } = window();
    contents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 133 });
    contents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    const text = logText();
    expect(text).toMatch(/\[error\]\s+renderer .*: its process ended \(oom, exit code 133\)/);
    expect(text).toMatch(/\[info\]\s+renderer .*: its process ended \(clean-exit, exit code 0\)/);
  });

  it('writes a window that stopped responding and came back, and a failed preload', () => {
    const { contents, logText } = window();
    contents.emit('unresponsive');
    contents.emit('responsive');
    contents.emit('preload-error', {}, '/app/out/preload/index.cjs', new Error('bad bundle'));
    const text = logText();
    expect(text).toMatch(/\[warn\]\s+renderer .*: stopped responding/);
    expect(text).toMatch(/\[info\]\s+renderer .*: responding again/);
    expect(text).toMatch(
      /\[error\]\s+renderer .*: the preload \/app\/out\/preload\/index\.cjs failed.*bad bundle/,
    );
  });
});
