// Bundle files opened with LactaSim (macOS `open-file`, a second launch's command line, the first
// launch's own) go to a window, which shows the import preview; nothing is imported until the
// person confirms there, through the same validated import as the Import button. Files that
// arrive before a window listens wait for it.
import { basename } from 'node:path';
import { OPEN_FILE_CHANNEL, type OpenedFile } from '../contract/desktop';
import { BUNDLE_MAX_BYTES } from '../services/cases/bundle';
import type { DesktopWords } from './words';

/** A window that can receive the file: Electron's WebContents in the app, a fake in tests. */
export interface FileTarget {
  send(channel: string, file: OpenedFile): void;
  isDestroyed(): boolean;
  focus(): void;
}

export interface FileOpenDeps {
  readFile(path: string): Promise<Buffer>;
  fileSize(path: string): Promise<number>;
  /** The system's recent documents (macOS Dock, Windows jump list). */
  addRecentDocument(path: string): void;
  /** A file that could not be read: said to the person in a native dialog. */
  showError(title: string, message: string): void;
  /** The interface's words when a file arrives: the language may change while the app runs. */
  words(): DesktopWords;
}

export class FileOpener {
  private readonly pending: string[] = [];
  private readonly ready: FileTarget[] = [];

  constructor(private readonly deps: FileOpenDeps) {}

  /** A window's renderer subscribed: it gets what waited, and later files when it is focused. */
  windowReady(target: FileTarget): void {
    this.ready.push(target);
    const waiting = this.pending.splice(0);
    void Promise.all(waiting.map((path) => this.deliver(path, target)));
  }

  /** Opens each file in the focused ready window (`focused`), else the newest ready one. */
  open(paths: readonly string[], focused?: FileTarget | null): Promise<void> {
    const live = this.ready.filter((t) => !t.isDestroyed());
    this.ready.splice(0, this.ready.length, ...live);
    const target = (focused && live.includes(focused) ? focused : live.at(-1)) ?? null;
    if (target === null) {
      this.pending.push(...paths);
      return Promise.resolve();
    }
    return Promise.all(paths.map((path) => this.deliver(path, target))).then(() => undefined);
  }

  /** Files still waiting for a window. */
  get waiting(): readonly string[] {
    return this.pending;
  }

  private async deliver(path: string, target: FileTarget): Promise<void> {
    let text: string;
    const words = this.deps.words();
    try {
      const size = await this.deps.fileSize(path);
      if (size > BUNDLE_MAX_BYTES) {
        const mb = (bytes: number, digits: number) =>
          new Intl.NumberFormat(words.language, {
            minimumFractionDigits: digits,
            maximumFractionDigits: digits,
          }).format(bytes / 1048576);
        throw new Error(
          words.open('tooLarge', { size: mb(size, 1), limit: mb(BUNDLE_MAX_BYTES, 0) }),
        );
      }
      text = (await this.deps.readFile(path)).toString('utf8');
    } catch (error) {
      // The system's own reasons (file not found, no permission) stay as the system gives them.
      const why = error instanceof Error ? error.message : String(error);
      this.deps.showError(words.open('failed'), `${path}: ${why}`);
      return;
    }
    this.deps.addRecentDocument(path);
    target.send(OPEN_FILE_CHANNEL, { name: basename(path), text });
    target.focus();
  }
}
