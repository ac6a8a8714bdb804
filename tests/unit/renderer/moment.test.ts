import { describe, expect, it } from 'vitest';
import { appI18n } from '../../../src-renderer/app/i18n';
import {
  formatDayClock,
  keyDeltaSec,
  movedTo,
} from '../../../src-renderer/features/lessons/moment';

describe('a beat’s moment in the editor', () => {
  it('snaps to the minute and stays inside the run', () => {
    expect(movedTo({ atHours: 0 }, 629, 86400)).toEqual({ atHours: 10 / 60 });
    expect(movedTo({ atHours: 0 }, -50, 86400)).toEqual({ atHours: 0 });
    expect(movedTo({ atHours: 0 }, 1e9, 86400)).toEqual({ atHours: 24 });
    expect(movedTo({ atHours: 0 }, 1e9, 86430).atHours).toBe(24);
  });

  it('moves a range with its moment, keeping its length, so it stays after the moment', () => {
    const moved = movedTo({ atHours: 0.12, untilHours: 0.14 }, 3600, 86400);
    expect(moved.atHours).toBe(1);
    expect((moved.untilHours! - moved.atHours) * 60).toBeCloseTo(1, 9);
    const longer = movedTo({ atHours: 0.19, untilHours: 0.26 }, 7200, 86400);
    expect(longer.untilHours! - longer.atHours).toBeCloseTo(4 / 60, 9);
  });

  it('steps a minute with the arrows, ten with Shift, an hour or a day with the page keys', () => {
    expect(keyDeltaSec('ArrowRight', false)).toBe(60);
    expect(keyDeltaSec('ArrowDown', true)).toBe(-600);
    expect(keyDeltaSec('PageUp', false)).toBe(3600);
    expect(keyDeltaSec('PageDown', true)).toBe(-86400);
    expect(keyDeltaSec('Home', false)).toBeNull();
  });

  it('names a moment by day and clock time in the interface language', async () => {
    // 6 weeks after birth plus 8 h 15 min; and 3 h before birth.
    expect(formatDayClock(42 * 24, 8.25 * 3600)).toBe('day 42, 08:15');
    expect(formatDayClock(-5, 2 * 3600)).toBe('3 h before birth');
    await appI18n.changeLanguage('es');
    try {
      expect(formatDayClock(42 * 24, 8.25 * 3600)).toBe('día 42, 08:15');
      expect(formatDayClock(-5, 2 * 3600)).toBe('3 h antes del parto');
    } finally {
      await appI18n.changeLanguage('en');
    }
  });
});
