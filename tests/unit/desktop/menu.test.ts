import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuTemplate, type MenuActions } from '../../../src-main/main/menu';
import { repoRoot } from '../../fixtures/services';

/** Accelerators the standard roles already take (macOS and the others). */
const ROLE_ACCELERATORS = [
  'CmdOrCtrl+Z',
  'Shift+CmdOrCtrl+Z',
  'CmdOrCtrl+Y',
  'CmdOrCtrl+X',
  'CmdOrCtrl+C',
  'CmdOrCtrl+V',
  'CmdOrCtrl+A',
  'CmdOrCtrl+0',
  'CmdOrCtrl+Plus',
  'CmdOrCtrl+=',
  'CmdOrCtrl+-',
  'CmdOrCtrl+M',
  'CmdOrCtrl+W',
  'CmdOrCtrl+H',
  'Alt+CmdOrCtrl+H',
  'CmdOrCtrl+Q',
  'Ctrl+CmdOrCtrl+F',
  'F11',
  'CmdOrCtrl+R',
  'Shift+CmdOrCtrl+R',
  'Alt+CmdOrCtrl+I',
  'Ctrl+Shift+I',
  'CmdOrCtrl+,',
].map((a) => a.toLowerCase());

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
const build = (platform: NodeJS.Platform, developer = false) => {
  const r = recorder();
  return { ...r, all: items(menuTemplate({ platform, lessons, developer }, r.actions)) };
};
const click = (item: MenuItemConstructorOptions | undefined) => (item!.click as () => void)();

describe('the application menu', () => {
  for (const platform of ['darwin', 'win32', 'linux'] as const) {
    it(`on ${platform}: standard roles, About and Help, no accelerator used twice or taken from a role`, () => {
      const { all } = build(platform, true);
      const roles = all.map((i) => i.role).filter(Boolean);
      expect(roles).toEqual(
        expect.arrayContaining(['editMenu', 'windowMenu', 'help', 'togglefullscreen']),
      );
      // macOS puts About and Quit in the app menu; the others in Help and File.
      if (platform === 'darwin')
        expect(roles).toEqual(expect.arrayContaining(['appMenu', 'close']));
      else expect(roles).toEqual(expect.arrayContaining(['about', 'quit']));
      const mine = all.flatMap((i) =>
        typeof i.accelerator === 'string' ? [i.accelerator.toLowerCase()] : [],
      );
      expect(new Set(mine).size).toBe(mine.length);
      for (const accelerator of mine) expect(ROLE_ACCELERATORS).not.toContain(accelerator);
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
});
