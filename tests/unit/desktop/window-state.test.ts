import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mainWindowOptions, presenterWindowOptions } from '../../../src-main/main/window-options';
import {
  arrangementKey,
  DEFAULT_SIZE,
  readWindowStates,
  rememberWindow,
  restoreWindow,
  writeWindowStates,
} from '../../../src-main/main/window-state';
import { SECURE_WEB_PREFERENCES } from '../../../src-main/main/security';
import { laptop, projector } from '../../fixtures/displays';

const onProjector = { bounds: { x: 1500, y: 40, width: 1600, height: 1000 }, maximized: false };

describe('remembering the window per arrangement of displays', () => {
  it('restores the place saved for the same displays, and not for another arrangement', () => {
    const states = rememberWindow({}, [laptop, projector], onProjector);
    expect(restoreWindow(states, [projector, laptop])).toEqual(onProjector);
    expect(restoreWindow(states, [laptop])).toBeNull();
    expect(arrangementKey([laptop])).not.toBe(arrangementKey([laptop, projector]));
  });

  it('drops a place no longer on any screen, and keeps a window inside a smaller display', () => {
    const off = { bounds: { x: 5000, y: 0, width: 1000, height: 700 }, maximized: false };
    expect(restoreWindow(rememberWindow({}, [laptop], off), [laptop])).toBeNull();
    const big = { bounds: { x: 300, y: 100, width: 2000, height: 1400 }, maximized: true };
    expect(restoreWindow(rememberWindow({}, [laptop], big), [laptop])).toEqual({
      bounds: { x: 0, y: 25, width: 1440, height: 875 },
      maximized: true,
    });
  });

  it('reads back what it wrote; a missing or broken file is an empty one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lactasim-window-'));
    const file = join(dir, 'window-state.json');
    expect(readWindowStates(file)).toEqual({});
    const states = rememberWindow({}, [laptop, projector], onProjector);
    writeWindowStates(file, states);
    expect(readWindowStates(file)).toEqual(states);
    writeFileSync(file, '{ not json');
    expect(readWindowStates(file)).toEqual({});
    writeFileSync(file, '[1,2]');
    expect(readWindowStates(file)).toEqual({});
  });

  it('leaves out saved places without numeric bounds, keeping the good ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lactasim-window-'));
    const file = join(dir, 'window-state.json');
    const good = rememberWindow({}, [laptop, projector], onProjector);
    writeFileSync(
      file,
      JSON.stringify({
        ...good,
        [arrangementKey([laptop])]: { maximized: false },
        nullBounds: { bounds: null, maximized: true },
        textWidth: { bounds: { x: 0, y: 0, width: '1200', height: 800 }, maximized: false },
        missingY: { bounds: { x: 0, width: 1200, height: 800 }, maximized: false },
        notAPlace: 42,
      }),
    );
    expect(readWindowStates(file)).toEqual(good);
    // The laptop's own entry had no bounds: it opens at the default place instead of throwing.
    expect(restoreWindow(readWindowStates(file), [laptop])).toBeNull();
  });

  it('opens at the saved place or the default size, always with the secure preferences', () => {
    expect(mainWindowOptions(onProjector)).toMatchObject(onProjector.bounds);
    expect(mainWindowOptions(null)).toMatchObject(DEFAULT_SIZE);
    expect(mainWindowOptions(null).webPreferences).toMatchObject(SECURE_WEB_PREFERENCES);
    expect(mainWindowOptions(null).webPreferences?.preload).toMatch(
      /out[/\\]preload[/\\]index\.cjs$/,
    );
  });

  it('titles a presenter window in the language of the window that opened it', () => {
    const bounds = projector.workArea;
    expect(presenterWindowOptions(bounds, 'es')).toMatchObject({
      ...bounds,
      title: 'Presentando · LactaSim',
    });
    expect(presenterWindowOptions(bounds, 'en').title).toBe('Presenting · LactaSim');
    expect(presenterWindowOptions(bounds, 'en').webPreferences).toMatchObject(
      SECURE_WEB_PREFERENCES,
    );
  });
});
