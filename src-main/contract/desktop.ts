// What the desktop main process tells a window, the other way from the contract's methods: menu
// commands and files the system opened with LactaSim; and the one thing a window tells the main
// process of its own, its interface language. Channel names and payloads shared by the main
// process, the preload and the renderer.
import type { Language } from './parent';

export const MENU_CHANNEL = 'lactasim-menu';
export const OPEN_FILE_CHANNEL = 'lactasim-open-file';
/** Sent by a window once it listens for opened files, so none is sent before anyone listens. */
export const OPEN_FILE_READY_CHANNEL = 'lactasim-open-file-ready';
/** Sent by a window with its interface language, so the main process asks in it (leave-dialog). */
export const LANGUAGE_CHANNEL = 'lactasim-language';

/** A menu item's effect inside the window: go to a route, or list the keys. */
export type MenuCommand = { kind: 'navigate'; hash: string } | { kind: 'show-keys' };

/** A bundle file opened with the app (double-click, Open with, the command line). */
export interface OpenedFile {
  /** The file's name without its folder, shown in the import preview. */
  name: string;
  text: string;
}

/** `window.lactasimDesktop` in the desktop app; each returns a function that unsubscribes. */
export interface DesktopBridge {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  onOpenFile(listener: (file: OpenedFile) => void): () => void;
  setLanguage(language: Language): void;
}

/** The two bundle kinds, and the extensions a file of each kind may have. */
export type BundleKind = 'cases' | 'lesson';

export const BUNDLE_EXTENSIONS: Record<BundleKind, readonly string[]> = {
  // `.lactasim.json` and `.lactasim-lesson.json` are what LactaSim 0.1 wrote; they still import.
  cases: ['.lactasim', '.lactasim.json'],
  lesson: ['.lactasim-lesson', '.lactasim-lesson.json'],
};

/** The kind a file name says it holds, or null for any other file. */
export function bundleKindOf(fileName: string): BundleKind | null {
  const name = fileName.toLowerCase();
  for (const kind of ['lesson', 'cases'] as const) {
    if (BUNDLE_EXTENSIONS[kind].some((ext) => name.endsWith(ext))) return kind;
  }
  return null;
}

/** A file input's `accept` for either kind of bundle. */
export const BUNDLE_ACCEPT = [
  ...BUNDLE_EXTENSIONS.cases,
  ...BUNDLE_EXTENSIONS.lesson,
  '.json',
].join(',');
