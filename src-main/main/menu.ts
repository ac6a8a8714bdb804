import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';

/** Routes are hash routes of the renderer; the menu moves the focused window between them. */
function go(win: BrowserWindow | undefined, route: string): void {
  void win?.webContents.executeJavaScript(`location.hash = ${JSON.stringify(route)}`);
}

export function buildMenu(): Menu {
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        {
          label: 'Home',
          accelerator: 'CmdOrCtrl+Shift+H',
          click: (_i, w) => go(w as BrowserWindow, '#/'),
        },
        {
          label: 'Case library',
          accelerator: 'CmdOrCtrl+L',
          click: (_i, w) => go(w as BrowserWindow, '#/cases'),
        },
        {
          label: 'Simulation',
          accelerator: 'CmdOrCtrl+M',
          click: (_i, w) => go(w as BrowserWindow, '#/sim'),
        },
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  ];
  return Menu.buildFromTemplate(template);
}
