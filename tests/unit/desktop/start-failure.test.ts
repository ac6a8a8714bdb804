// A start that throws after Electron is ready, with injected Electron APIs: the error is logged,
// a native message names the log file, and only then does the app quit (no windowless app).
import { describe, expect, it } from 'vitest';
import { reportStartFailure } from '../../../src-main/main/start-failure';
import { desktopWords } from '../../../src-main/main/words';

const LOG = '/home/ana/.config/LactaSim/logs/lactasim.log';

function fakes(language: 'en' | 'es' = 'en') {
  const steps: string[] = [];
  const logged: unknown[] = [];
  const boxes: { title: string; content: string }[] = [];
  return {
    steps,
    logged,
    boxes,
    deps: {
      words: desktopWords(language),
      logFile: LOG,
      log: (message: string, error: unknown) => {
        steps.push('log');
        logged.push(message, error);
      },
      showErrorBox: (title: string, content: string) => {
        steps.push('dialog');
        boxes.push({ title, content });
      },
      quit: () => void steps.push('quit'),
    },
  };
}

describe('a start that fails after the app is ready', () => {
  it('logs the error, names the log file in a dialog, then quits', () => {
    const f = fakes();
    const error = new Error('Cannot read properties of undefined (reading "lessons")');
    reportStartFailure(error, f.deps);
    expect(f.steps).toEqual(['log', 'dialog', 'quit']);
    expect(f.logged).toEqual(['LactaSim could not start', error]);
    const [box] = f.boxes;
    expect(box?.title).toBe('LactaSim could not start');
    expect(box?.content).toContain(error.message);
    expect(box?.content).toContain(`The log file says more: ${LOG}`);
  });

  it('says it in Spanish, and copes with a thrown value that is not an Error', () => {
    const f = fakes('es');
    reportStartFailure('menu template broken', f.deps);
    expect(f.steps).toEqual(['log', 'dialog', 'quit']);
    const [box] = f.boxes;
    expect(box?.title).toBe('LactaSim no pudo iniciarse');
    expect(box?.content).toContain('menu template broken');
    expect(box?.content).toContain(`El archivo de registro tiene más detalles: ${LOG}`);
  });
});
