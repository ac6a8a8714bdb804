import { describe, expect, it } from 'vitest';
import {
  bundlePathsFromArgv,
  claimSingleInstance,
  type InstanceApp,
} from '../../../src-main/main/single-instance';

/** Electron's app as far as the lock goes: the lock's answer, and the events it would send. */
function fakeApp(lock: boolean) {
  const listeners: ((event: unknown, argv: string[], cwd: string) => void)[] = [];
  let quit = 0;
  const app: InstanceApp = {
    requestSingleInstanceLock: () => lock,
    quit: () => void (quit += 1),
    on: (_event, listener) => listeners.push(listener),
  };
  return {
    app,
    secondLaunch: (argv: string[], cwd: string) => listeners.forEach((l) => l({}, argv, cwd)),
    quits: () => quit,
    listening: () => listeners.length,
  };
}

describe('one LactaSim at a time', () => {
  it('a second launch hands its bundle files to the first, made absolute', () => {
    const fake = fakeApp(true);
    const received: string[][] = [];
    expect(claimSingleInstance(fake.app, (paths) => received.push(paths))).toBe(true);
    fake.secondLaunch(
      [
        '/opt/LactaSim/lactasim',
        '--allow-file-access',
        'cases/Sheehan.lactasim',
        '/home/ann/Let-down.lactasim-lesson',
        'old.lactasim.json',
        'notes.txt',
      ],
      '/home/ann',
    );
    fake.secondLaunch(['/opt/LactaSim/lactasim'], '/');
    expect(received).toEqual([
      [
        '/home/ann/cases/Sheehan.lactasim',
        '/home/ann/Let-down.lactasim-lesson',
        '/home/ann/old.lactasim.json',
      ],
      [],
    ]);
    expect(fake.quits()).toBe(0);
  });

  it('quits when another copy holds the lock, and listens for nothing', () => {
    const fake = fakeApp(false);
    expect(claimSingleInstance(fake.app, () => undefined)).toBe(false);
    expect(fake.quits()).toBe(1);
    expect(fake.listening()).toBe(0);
  });

  it('reads the first launch’s own command line the same way', () => {
    expect(bundlePathsFromArgv(['.', 'A.LACTASIM', '-x', 'b.json'], '/w')).toEqual([
      '/w/A.LACTASIM',
    ]);
  });
});
