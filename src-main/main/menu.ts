// The application menu as data: standard roles for what every app has, our items for the rest.
// Items that change the page send a MenuCommand to the window (main.ts) instead of running script
// in it. Built from plain inputs so the tests check every platform's menu without Electron. Our
// labels follow the interface language; the roles keep the labels Electron and the system give.
import type { MenuItemConstructorOptions, OpenDialogOptions } from 'electron';
import type { Language } from '../contract/parent';
import { desktopWords } from './words';

export interface MenuActions {
  /** Send the focused window to a hash route, e.g. `#/cases`. */
  navigate(hash: string): void;
  showKeys(): void;
  importBundle(): void;
  openGuide(): void;
  showLogs(): void;
  showLibraryFolder(): void;
}

export interface MenuInputs {
  platform: NodeJS.Platform;
  /** Built-in lessons, each with a Present item. */
  lessons: readonly { id: string; title: string }[];
  /** Reload and developer tools, for development builds only. */
  developer: boolean;
  language: Language;
}

export function menuTemplate(
  inputs: MenuInputs,
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  const mac = inputs.platform === 'darwin';
  const word = desktopWords(inputs.language).menu;
  const go = (label: string, hash: string, accelerator: string): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => actions.navigate(hash),
  });
  return [
    // macOS: About, Services, Hide, Quit under the app's name.
    ...(mac ? [{ role: 'appMenu' as const }] : []),
    {
      label: word('file'),
      submenu: [
        {
          label: word('importBundle'),
          accelerator: 'CmdOrCtrl+O',
          click: () => actions.importBundle(),
        },
        { type: 'separator' },
        mac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: word('view'),
      submenu: [
        go(word('home'), '#/', 'CmdOrCtrl+1'),
        go(word('caseLibrary'), '#/cases', 'CmdOrCtrl+2'),
        go(word('simulation'), '#/sim', 'CmdOrCtrl+3'),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(inputs.developer
          ? [
              { type: 'separator' as const },
              { role: 'reload' as const },
              { role: 'toggleDevTools' as const },
            ]
          : []),
      ],
    },
    {
      label: word('lessons'),
      submenu: [
        go(word('allLessons'), '#/lessons', 'CmdOrCtrl+4'),
        { type: 'separator' },
        ...inputs.lessons.map(({ id, title }): MenuItemConstructorOptions => ({
          label: word('present', { title }),
          click: () => actions.navigate(`#/present/${encodeURIComponent(id)}`),
        })),
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      label: word('help'),
      submenu: [
        { label: word('guide'), click: () => actions.openGuide() },
        {
          label: word('keys'),
          accelerator: 'CmdOrCtrl+/',
          click: () => actions.showKeys(),
        },
        { type: 'separator' },
        { label: word('libraryFolder'), click: () => actions.showLibraryFolder() },
        { label: word('logs'), click: () => actions.showLogs() },
        // macOS has About in the app menu.
        ...(mac ? [] : [{ type: 'separator' as const }, { role: 'about' as const }]),
      ],
    },
  ];
}

/** File → Import bundle…'s open dialog, in the interface language. */
export function importDialogOptions(language: Language): OpenDialogOptions {
  const word = desktopWords(language).menu;
  return {
    title: word('importTitle'),
    filters: [{ name: word('bundles'), extensions: ['lactasim', 'lactasim-lesson', 'json'] }],
    properties: ['openFile', 'multiSelections'],
  };
}
