// A beat's moment as the editor's moment picker changes it: snapped to whole minutes, its range
// moved along with it, and the steps of the picker's keys. Pure; model seconds and hours.
import type { LessonBeat } from '../../../src-main/contract/lessons';

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
