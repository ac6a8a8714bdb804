// Help → LactaSim guide with injected Electron APIs: opened by the system when it can, otherwise
// a native message (in the interface's language) that names the file and the system's reason and
// can show the file in its folder.
import type { MessageBoxOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { openGuide } from '../../../src-main/main/guide';
import { desktopWords } from '../../../src-main/main/words';

const GUIDE = '/opt/LactaSim/resources/README.md';

function fakes(openResult: string, response = 0) {
  const opened: string[] = [];
  const shown: string[] = [];
  const boxes: MessageBoxOptions[] = [];
  return {
    opened,
    shown,
    boxes,
    shell: {
      openPath: (path: string) => {
        opened.push(path);
        return Promise.resolve(openResult);
      },
      showItemInFolder: (path: string) => void shown.push(path),
    },
    dialog: {
      showMessageBox: (options: MessageBoxOptions) => {
        boxes.push(options);
        return Promise.resolve({ response });
      },
    },
  };
}

describe('the guide from the Help menu', () => {
  it('opens the guide in the system viewer and says nothing more when that works', async () => {
    const f = fakes('');
    await openGuide(GUIDE, desktopWords('en'), f.shell, f.dialog);
    expect(f.opened).toEqual([GUIDE]);
    expect(f.boxes).toEqual([]);
    expect(f.shown).toEqual([]);
  });

  it('says where the guide is and why it did not open, and shows the file when asked', async () => {
    const reason = 'Failed to open path: no application is associated with .md files';
    const f = fakes(reason, 0);
    await openGuide(GUIDE, desktopWords('en'), f.shell, f.dialog);
    const [box] = f.boxes;
    expect(box?.message).toBe('LactaSim could not open its guide.');
    expect(box?.detail).toContain(`The guide is the file ${GUIDE}.`);
    expect(box?.detail).toContain(reason);
    expect(box?.buttons).toEqual(['Show the file', 'Close']);
    expect(f.shown).toEqual([GUIDE]);
  });

  it('leaves the folder closed when the message is closed', async () => {
    const f = fakes('no viewer', 1);
    await openGuide(GUIDE, desktopWords('en'), f.shell, f.dialog);
    expect(f.boxes).toHaveLength(1);
    expect(f.boxes[0]?.cancelId).toBe(1);
    expect(f.shown).toEqual([]);
  });

  it('speaks Spanish when the interface is in Spanish', async () => {
    const f = fakes('sin visor', 1);
    await openGuide(GUIDE, desktopWords('es'), f.shell, f.dialog);
    expect(f.boxes[0]?.message).toBe('LactaSim no pudo abrir su guía.');
    expect(f.boxes[0]?.detail).toContain(`La guía es el archivo ${GUIDE}.`);
    expect(f.boxes[0]?.buttons).toEqual(['Mostrar el archivo', 'Cerrar']);
  });
});
