// The shared time axis: minutes for spans up to three hours (one feed), hours up to three days,
// days beyond, so a 42-day supply run and a single feed both get readable ticks. Charts plot time
// from the run's start; the subtitle says where that start lies relative to birth.

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
export function describeRun(startPostpartumHours: number, durationSec: number): string {
  const h = startPostpartumHours;
  const start =
    h < 0
      ? `Starts ${fmtNumber(-h)} h before birth`
      : h < 72
        ? `Starts ${fmtNumber(h)} h after birth`
        : `Starts ${fmtNumber(h / 24)} days after birth`;
  const hours = durationSec / HOUR;
  const length = hours <= 72 ? `${fmtNumber(hours)} h run` : `${fmtNumber(hours / 24)}-day run`;
  return `${start} · ${length}`;
}

function fmtNumber(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(1);
}
