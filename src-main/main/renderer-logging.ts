// What goes wrong in a window reaches the log file too, not only the main process's errors: a
// renderer's console errors and warnings (uncaught exceptions and unhandled rejections among
// them, as Chromium reports them to the console), its process ending, and a window that stops
// answering. Read from the main side on each WebContents, so the sandboxed preload stays one
// function per message and nothing is added to the IPC contract (electron-log's own renderer
// support would need its preload and an IPC channel of its own).

/** A console message as Electron 45 reports it (the first argument of 'console-message'). */
export interface ConsoleMessage {
  level: 'info' | 'warning' | 'error' | 'debug';
  message: string;
  lineNumber: number;
  sourceId: string;
}

/** The parts of a WebContents read here (a fake one in the unit tests). */
export interface RendererEvents {
  on(event: 'console-message', listener: (details: ConsoleMessage) => void): unknown;
  on(
    event: 'render-process-gone',
    listener: (event: unknown, details: { reason: string; exitCode: number }) => void,
  ): unknown;
  on(
    event: 'preload-error',
    listener: (event: unknown, preloadPath: string, error: Error) => void,
  ): unknown;
  on(event: 'unresponsive' | 'responsive', listener: () => void): unknown;
  getURL(): string;
}

export interface RendererLog {
  error(...params: unknown[]): void;
  warn(...params: unknown[]): void;
  info(...params: unknown[]): void;
}

export function logRendererTrouble(contents: RendererEvents, log: RendererLog): void {
  // The page's address names the window and the screen it was on (the route after the #).
  const where = () => `renderer ${contents.getURL() || '(no page)'}`;
  contents.on('console-message', ({ level, message, lineNumber, sourceId }) => {
    if (level !== 'error' && level !== 'warning') return;
    const line = `${where()}: ${message} (${sourceId || 'page'}:${lineNumber})`;
    if (level === 'error') log.error(line);
    else log.warn(line);
  });
  contents.on('render-process-gone', (_event, { reason, exitCode }) => {
    const line = `${where()}: its process ended (${reason}, exit code ${exitCode})`;
    if (reason === 'clean-exit') log.info(line);
    else log.error(line);
  });
  contents.on('preload-error', (_event, preloadPath, error) => {
    log.error(`${where()}: the preload ${preloadPath} failed`, error);
  });
  contents.on('unresponsive', () => log.warn(`${where()}: stopped responding`));
  contents.on('responsive', () => log.info(`${where()}: responding again`));
}
