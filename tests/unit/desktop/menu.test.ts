import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src-main/contract/parent';
import { importDialogOptions, menuTemplate, type MenuActions } from '../../../src-main/main/menu';
import { InterfaceLanguage } from '../../../src-main/main/words';
import { repoRoot } from '../../fixtures/services';

type Platform = 'darwin' | 'win32' | 'linux';

/**
 * The accelerators Electron gives its roles, as in electron/electron
 * lib/browser/api/menu-item-roles.ts (`roleList`), by platform. Composite roles (appMenu,
 * editMenu, windowMenu…) are expanded to the roles they hold before this is looked up.
 */
function roleAccelerator(role: string, platform: Platform): string | undefined {
  const mac = platform === 'darwin';
  const table: Record<string, string | undefined> = {
    close: 'CommandOrControl+W',
    copy: 'CommandOrControl+C',
    cut: 'CommandOrControl+X',
    forcereload: 'Shift+CmdOrCtrl+R',
    hide: 'Command+H',
    hideothers: 'Command+Alt+H',
    minimize: 'CommandOrControl+M',
    paste: 'CommandOrControl+V',
    pasteandmatchstyle: mac ? 'Cmd+Option+Shift+V' : 'Shift+CommandOrControl+V',
    quit: platform === 'win32' ? undefined : 'CommandOrControl+Q',
    redo: platform === 'win32' ? 'Control+Y' : 'Shift+CommandOrControl+Z',
    reload: 'CmdOrCtrl+R',
    resetzoom: 'CommandOrControl+0',
    selectall: 'CommandOrControl+A',
    toggledevtools: mac ? 'Alt+Command+I' : 'Ctrl+Shift+I',
    togglefullscreen: mac ? 'Control+Command+F' : 'F11',
    undo: 'CommandOrControl+Z',
    zoomin: 'CommandOrControl+Plus',
    zoomout: 'CommandOrControl+-',
  };
  return table[role.toLowerCase()];
}

/** The roles a composite role puts in the menu (the same source), by platform. */
function expandRole(role: string, platform: Platform): string[] {
  const mac = platform === 'darwin';
  const parts: Record<string, string[]> = {
    appmenu: ['about', 'services', 'hide', 'hideOthers', 'unhide', 'quit'],
    editmenu: [
      ...['undo', 'redo', 'cut', 'copy', 'paste'],
      ...(mac
        ? ['pasteAndMatchStyle', 'delete', 'selectAll', 'startSpeaking', 'stopSpeaking']
        : ['delete', 'selectAll']),
    ],
    windowmenu: ['minimize', 'zoom', ...(mac ? ['front'] : ['close'])],
  };
  return parts[role.toLowerCase()] ?? [role];
}

/**
 * Keys the system keeps for itself on macOS whatever the app's menu says: Help's search field
 * (Cmd+?), the emoji picker, window cycling, and Preferences by convention.
 */
const MAC_SYSTEM = ['Shift+Cmd+/', 'Ctrl+Cmd+Space', 'Cmd+`', 'Cmd+,'];

/** One spelling per key chord: Electron's aliases resolved for the platform, modifiers sorted. */
function chord(accelerator: string, platform: Platform): string {
  const mac = platform === 'darwin';
  const alias: Record<string, string> = {
    commandorcontrol: mac ? 'cmd' : 'ctrl',
    cmdorctrl: mac ? 'cmd' : 'ctrl',
    command: 'cmd',
    control: 'ctrl',
    option: 'alt',
  };
  const keys = accelerator.toLowerCase().split('+');
  const key = keys.pop()!;
  return [...keys.map((k) => alias[k] ?? k).sort(), key].join('+');
}

function recorder() {
  const calls: string[] = [];
  const actions: MenuActions = {
    navigate: (hash) => calls.push(`navigate ${hash}`),
    showKeys: () => calls.push('keys'),
    importBundle: () => calls.push('import'),
    openGuide: () => calls.push('guide'),
    showLogs: () => calls.push('logs'),
    showLibraryFolder: () => calls.push('folder'),
  };
  return { calls, actions };
}

function items(template: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? items(item.submenu) : []),
  ]);
}

const lessons = [{ id: 'lb_let-down-reflex', title: 'The let-down reflex, step by step' }];
const build = (platform: NodeJS.Platform, developer = false, language: Language = 'en') => {
  const r = recorder();
  return { ...r, all: items(menuTemplate({ platform, lessons, developer, language }, r.actions)) };
};
const click = (item: MenuItemConstructorOptions | undefined) => (item!.click as () => void)();

describe('the application menu', () => {
  for (const platform of ['darwin', 'win32', 'linux'] as const) {
    it(`on ${platform}: standard roles, About and Help, no accelerator used twice or taken from a role`, () => {
      const { all } = build(platform, true);
      const roles = all.map((i) => i.role).filter((r) => r !== undefined);
      expect(roles).toEqual(
        expect.arrayContaining(['editMenu', 'windowMenu', 'help', 'togglefullscreen']),
      );
      // macOS puts About and Quit in the app menu; the others in Help and File.
      if (platform === 'darwin')
        expect(roles).toEqual(expect.arrayContaining(['appMenu', 'close']));
      else expect(roles).toEqual(expect.arrayContaining(['about', 'quit']));
      const mine = all.flatMap((i) =>
        typeof i.accelerator === 'string' ? [chord(i.accelerator, platform)] : [],
      );
      expect(mine.length).toBeGreaterThanOrEqual(6);
      expect(new Set(mine).size).toBe(mine.length);
      const taken = roles
        .flatMap((role) => expandRole(role, platform))
        .flatMap((role) => roleAccelerator(role, platform) ?? [])
        .map((a) => chord(a, platform));
      // Minimize is there on every platform: the old Ctrl+M for the simulation clashed with it.
      expect(taken).toContain(chord('CommandOrControl+M', platform));
      if (platform === 'darwin') taken.push(...MAC_SYSTEM.map((a) => chord(a, platform)));
      for (const accelerator of mine) expect(taken).not.toContain(accelerator);
    });
  }

  it('navigates by a message to the window, never by running script in it', () => {
    const { all, calls } = build('linux');
    click(all.find((i) => i.label === 'Case library'));
    click(all.find((i) => i.label === 'All lessons'));
    click(all.find((i) => i.label === 'Present “The let-down reflex, step by step”'));
    click(all.find((i) => i.label === 'Keyboard shortcuts'));
    expect(calls).toEqual([
      'navigate #/cases',
      'navigate #/lessons',
      'navigate #/present/lb_let-down-reflex',
      'keys',
    ]);
    const source = readFileSync(join(repoRoot, 'src-main/main/menu.ts'), 'utf8');
    expect(source).not.toContain('executeJavaScript');
  });

  it('has Help items for the guide, the keys, the library folder and the logs', () => {
    const { all, calls } = build('win32');
    const help = all.find((i) => i.role === 'help')!.submenu as MenuItemConstructorOptions[];
    for (const label of ['LactaSim guide', 'Show library folder', 'Show logs']) {
      click(help.find((i) => i.label === label));
    }
    click(all.find((i) => i.label === 'Import bundle…'));
    expect(calls).toEqual(['guide', 'folder', 'logs', 'import']);
    expect(help.at(-1)?.role).toBe('about');
  });

  it('keeps reload and developer tools out of a packaged app', () => {
    expect(build('linux', false).all.map((i) => i.role)).not.toContain('toggleDevTools');
    expect(build('linux', true).all.map((i) => i.role)).toContain('toggleDevTools');
  });

  it('in Spanish: our labels are Spanish, the roles keep the labels Electron gives them', () => {
    const { all, calls } = build('win32', false, 'es');
    const labels = all.flatMap((i) => (i.label === undefined ? [] : [i.label]));
    expect(labels).toEqual([
      'Archivo',
      'Importar paquete…',
      'Ver',
      'Inicio',
      'Biblioteca de casos',
      'Simulación',
      'Lecciones',
      'Todas las lecciones',
      'Presentar «The let-down reflex, step by step»',
      'Ayuda',
      'Guía de LactaSim',
      'Atajos de teclado',
      'Mostrar carpeta de la biblioteca',
      'Mostrar registros',
    ]);
    // Help is the one role we name, so its menu reads Ayuda; the rest carry no label of ours.
    expect(
      all.filter((i) => i.role !== undefined && i.label !== undefined).map((i) => i.role),
    ).toEqual(['help']);
    // The same items, in the same places, with the same keys as in English.
    const english = build('win32', false, 'en').all;
    expect(all.map((i) => [i.role, i.accelerator])).toEqual(
      english.map((i) => [i.role, i.accelerator]),
    );
    click(all.find((i) => i.label === 'Atajos de teclado'));
    expect(calls).toEqual(['keys']);
    expect(importDialogOptions('es')).toMatchObject({
      title: 'Importar un paquete de LactaSim',
      filters: [{ name: 'Paquetes de LactaSim' }],
    });
  });

  it('is rebuilt when a window says the interface changed language, and only then', () => {
    const language = new InterfaceLanguage();
    const built: string[] = [];
    const rebuild = (lang: Language) => {
      const file = build('linux', false, lang).all.find((i) => i.submenu !== undefined);
      built.push(String(file?.label));
    };
    rebuild(language.get());
    language.onChange(rebuild);
    for (const said of ['en', 'es', 'es', 'fr', 'en', undefined, 'es']) language.said(said);
    // English at start; Spanish; the same again changes nothing; anything else is English.
    expect(built).toEqual(['File', 'Archivo', 'File', 'Archivo']);
    expect(language.get()).toBe('es');
  });
});
