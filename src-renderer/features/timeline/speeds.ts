// Playback speeds (model seconds per wall-clock second), from real time for one feed up to a
// day per second for weeks, and the zoom spans of the timeline. Labels in words are getters, so
// each read is in the interface language of the moment.
import { tr } from '../../app/i18n';

export interface Speed {
  label: string;
  factor: number;
}

export const SPEEDS: readonly Speed[] = [
  {
    get label() {
      return tr('timeline', 'speeds.realTime');
    },
    factor: 1,
  },
  { label: '5×', factor: 5 },
  { label: '20×', factor: 20 },
  { label: '1 min/s', factor: 60 },
  { label: '10 min/s', factor: 600 },
  { label: '1 h/s', factor: 3600 },
  { label: '6 h/s', factor: 21600 },
  {
    get label() {
      return tr('timeline', 'speeds.dayPerSecond');
    },
    factor: 86400,
  },
];

/** The fixed speed closest to a factor (on a log scale). */
function nearestSpeedIndex(factor: number): number {
  let best = 0;
  SPEEDS.forEach((s, i) => {
    const gap = Math.abs(Math.log(s.factor / factor));
    if (gap < Math.abs(Math.log((SPEEDS[best]?.factor ?? 1) / factor))) best = i;
  });
  return best;
}

/**
 * The fixed speed one step faster or slower (− / +): from a speed that follows the action, a
 * step from the fixed speed nearest to the current one.
 */
export function steppedSpeedIndex(
  playback: { follow?: { on: boolean; factor: number }; speedIndex: number },
  by: 1 | -1,
): number {
  const { follow, speedIndex } = playback;
  return (follow?.on ? nearestSpeedIndex(follow.factor) : speedIndex) + by;
}

/** The speed a clock plays at now: the one that follows the action, else its fixed speed. */
export function currentFactor(playback: {
  follow?: { on: boolean; factor: number };
  speedIndex: number;
}): number {
  return playback.follow?.on ? playback.follow.factor : (SPEEDS[playback.speedIndex]?.factor ?? 1);
}

/** A speed in words: the fixed speed's label when it is one, else N× / N min/s / N h/s. */
export function speedLabel(factor: number): string {
  const fixed = SPEEDS.find((s) => s.factor === factor);
  if (fixed) return fixed.label;
  if (factor < 60) return `${factor}×`;
  return factor < 3600 ? `${factor / 60} min/s` : `${factor / 3600} h/s`;
}

/**
 * Runs up to this long play at the speed that follows the action by default; in longer runs
 * feeds are below the resolution of the trace and a fixed speed shows the weeks better.
 */
export const FOLLOW_ACTION_MAX_SEC = 7 * 86400;

/** A sensible starting speed: a single feed plays in about a minute, a day in ~2.5 minutes. */
export function defaultSpeedIndex(durationSec: number): number {
  if (durationSec <= 2 * 3600) return 2;
  if (durationSec <= 3 * 86400) return 4;
  return 6;
}

export interface ZoomLevel {
  label: string;
  spanSec: number;
}

/** A zoom span whose label is read from the timeline catalog (`zooms.<key>`). */
function zoom(key: string, spanSec: number): ZoomLevel {
  return {
    get label() {
      return tr('timeline', `zooms.${key}`);
    },
    spanSec,
  };
}

export const ZOOMS: readonly ZoomLevel[] = [
  zoom('feed', 1800),
  zoom('twoHours', 7200),
  zoom('twelveHours', 43200),
  zoom('day', 86400),
  zoom('week', 7 * 86400),
  zoom('fourWeeks', 28 * 86400),
];

/** The visible window of the timeline: the zoom span, paged so the playhead stays inside. */
export function timelineWindow(
  t: number,
  durationSec: number,
  spanSec: number,
): { start: number; end: number } {
  if (spanSec >= durationSec) return { start: 0, end: durationSec };
  const page = Math.floor(t / (spanSec * 0.8));
  const start = Math.min(durationSec - spanSec, Math.max(0, page * spanSec * 0.8 - spanSec * 0.1));
  return { start, end: start + spanSec };
}

/** One arrow-key step: a hundredth of the visible window (at least a second). */
export function keyStepSec(window: { start: number; end: number }): number {
  return Math.max(1, (window.end - window.start) / 100);
}
