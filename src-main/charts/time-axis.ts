// The shared time axis: minutes for spans up to three hours (one feed), hours up to three days,
// days beyond, so a 42-day supply run and a single feed both get readable ticks. Charts plot time
// from the run's start; the subtitle says where that start lies relative to birth.
import { localNumber, makeSay, type Say } from './chart-words';

export interface TimeAxis {
  unitSec: number;
  label: string;
}

const HOUR = 3600;
const DAY = 86_400;

export function timeAxisFor(durationSec: number): TimeAxis {
  if (durationSec <= 3 * HOUR) return { unitSec: 60, label: 'Time from start of run (min)' };
  return durationSec <= 72 * HOUR
    ? { unitSec: HOUR, label: 'Time from start of run (h)' }
    : { unitSec: DAY, label: 'Time from start of run (days)' };
}

/** "Starts 42 days after birth · 24 h run" */
export function describeRun(
  startPostpartumHours: number,
  durationSec: number,
  say: Say = makeSay(),
): string {
  const n = (v: number) => localNumber(Number.isInteger(v) ? String(v) : v.toFixed(1), say);
  const h = startPostpartumHours;
  const start =
    h < 0
      ? say('Starts {{hours}} h before birth', { hours: n(-h) })
      : h < 72
        ? say('Starts {{hours}} h after birth', { hours: n(h) })
        : say('Starts {{days}} days after birth', { days: n(h / 24) });
  const hours = durationSec / HOUR;
  const length =
    hours <= 72
      ? say('{{hours}} h run', { hours: n(hours) })
      : say('{{days}}-day run', { days: n(hours / 24) });
  return `${start} · ${length}`;
}
