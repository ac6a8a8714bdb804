// A beat's moment as the editor's moment picker changes it: snapped to whole minutes, its range
// moved along with it, the steps of the picker's keys, and the short day-and-clock name of a
// moment in the interface language. Model seconds and hours.
import type { LessonBeat } from '../../../src-main/contract/lessons';
import { tr } from '../../app/i18n';
import { formatPostpartum } from '../../lib/format';

const MINUTE = 60;

/** The beat's moment (and range) moved to `sec`, snapped to the minute. */
export function movedTo(
  beat: Pick<LessonBeat, 'atHours' | 'untilHours'>,
  sec: number,
  durationSec: number,
): { atHours: number; untilHours?: number } {
  const minutes = (s: number) => Math.round(s / MINUTE);
  const at = Math.min(Math.floor(durationSec / MINUTE), Math.max(0, minutes(sec)));
  if (beat.untilHours === undefined) return { atHours: at / 60 };
  const length = Math.max(1, minutes((beat.untilHours - beat.atHours) * 3600));
  return { atHours: at / 60, untilHours: (at + length) / 60 };
}

/** Keys on the slider: minutes with the arrows, ten with Shift, hours and days with the page keys. */
export function keyDeltaSec(key: string, shift: boolean): number | null {
  const sign = key === 'ArrowRight' || key === 'ArrowUp' || key === 'PageUp' ? 1 : -1;
  if (key.startsWith('Arrow')) return sign * (shift ? 10 : 1) * MINUTE;
  if (key === 'PageUp' || key === 'PageDown') return sign * (shift ? 24 : 1) * 3600;
  return null;
}

const pad = (n: number) => String(Math.floor(n)).padStart(2, '0');

/**
 * A moment as day and clock time after birth without saying "after birth" ("day 42, 08:15"),
 * where the strip already says so; a moment before birth says so in full.
 */
export function formatDayClock(startPostpartumHours: number, sec: number): string {
  const hours = startPostpartumHours + sec / 3600;
  if (hours < 0) return formatPostpartum(startPostpartumHours, sec);
  const day = Math.floor(hours / 24);
  const minutes = (hours - day * 24) * 60;
  return tr('lessons', 'moment.dayClock', {
    day,
    clock: `${pad(minutes / 60)}:${pad(minutes % 60)}`,
  });
}
