// The application menu as data: standard roles for what every app has, our items for the rest.
// Items that change the page send a MenuCommand to the window (main.ts) instead of running script
// in it. Built from plain inputs so the tests check every platform's menu without Electron.
import type { MenuItemConstructorOptions } from 'electron';

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
}

export function menuTemplate(
  inputs: MenuInputs,
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  const mac = inputs.platform === 'darwin';
  const go = (label: string, hash: string, accelerator: string): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => actions.navigate(hash),
  });
  return [
    // macOS: About, Services, Hide, Quit under the app's name.
    ...(mac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        {
          label: 'Import bundle…',
          accelerator: 'CmdOrCtrl+O',
          click: () => actions.importBundle(),
        },
        { type: 'separator' },
        mac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        go('Home', '#/', 'CmdOrCtrl+1'),
        go('Case library', '#/cases', 'CmdOrCtrl+2'),
        go('Simulation', '#/sim', 'CmdOrCtrl+3'),
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
      label: 'Lessons',
      submenu: [
        go('All lessons', '#/lessons', 'CmdOrCtrl+4'),
        { type: 'separator' },
        ...inputs.lessons.map(({ id, title }): MenuItemConstructorOptions => ({
          label: `Present “${title}”`,
          click: () => actions.navigate(`#/present/${encodeURIComponent(id)}`),
        })),
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        { label: 'LactaSim guide', click: () => actions.openGuide() },
        {
          label: 'Keyboard shortcuts',
          accelerator: 'CmdOrCtrl+/',
          click: () => actions.showKeys(),
        },
        { type: 'separator' },
        { label: 'Show library folder', click: () => actions.showLibraryFolder() },
        { label: 'Show logs', click: () => actions.showLogs() },
        // macOS has About in the app menu.
        ...(mac ? [] : [{ type: 'separator' as const }, { role: 'about' as const }]),
      ],
    },
  ];
}
