// Formatting of model time and quantities for labels, narration and readouts, in the interface
// language (decimal comma in Spanish).
import { tr, uiLocale } from '../app/i18n';

const pad = (n: number) => String(Math.floor(n)).padStart(2, '0');

/** Seconds as h:mm:ss (or m:ss under an hour). */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}

/** Age after birth at model time `t`, e.g. "day 42, 08:15" or "3 h before birth". */
export function formatPostpartum(startPostpartumHours: number, t: number): string {
  const hours = startPostpartumHours + t / 3600;
  if (hours < 0) {
    const before = -hours;
    return before >= 48
      ? tr('common', 'time.daysBeforeBirth', { days: Math.floor(before / 24) })
      : tr('common', 'time.hoursBeforeBirth', { hours: Math.ceil(before) });
  }
  const day = Math.floor(hours / 24);
  const rest = (hours - day * 24) * 60;
  return tr('common', 'time.dayClockAfterBirth', {
    day,
    clock: `${pad(rest / 60)}:${pad(rest % 60)}`,
  });
}

// One formatter per locale and number of decimals: toLocaleString builds a new one per call, which
// showed up as the most expensive function of a played frame.
const formatters = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, digits = 0): string {
  const locale = uiLocale();
  const key = `${locale}/${digits}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formatters.set(key, f);
  }
  return f.format(value);
}
