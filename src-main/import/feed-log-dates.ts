// Dates and times in a feed log: ISO, "3/1/2025 6:05 PM", "1.3.2025 18:05", "6/2/25, 00:57",
// "01/03/2025 6:05 p. m.". Whether 01/03 is the 1st of March or January 3rd is decided once for
// the whole file from its data (a first number above 12 is a day; otherwise the reading that
// keeps consecutive rows close in time), or by the user when the data cannot tell.
// Clocks are wall clocks without a zone: minutes since 1970 as if UTC, only compared to each
// other. The two clock changes of a year are known by their rule dates (US and EU).

export type DateOrder = 'dayFirst' | 'monthFirst';

/** A date and time as written; `a`/`b` are the first two numbers of a d/m or m/d date. */
export interface WrittenDateTime {
  iso: boolean;
  year: number;
  a: number;
  b: number;
  minuteOfDay: number | null;
  /** An ISO time with a zone offset: the exact moment, in minutes since 1970. */
  exactMin: number | null;
}

const TIME = String.raw`(\d{1,2})[:.h](\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(?:([ap])\.?\s?m\.?)?`;
const ISO = new RegExp(
  String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ,]+${TIME}\s*(Z|[+-]\d{2}:?\d{2})?)?$`,
  'i',
);
const DMY = new RegExp(
  String.raw`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:[ ,T]+${TIME})?$`,
  'i',
);
const TIME_ONLY = new RegExp(String.raw`^${TIME}$`, 'i');

function clock(h?: string, m?: string, s?: string, ampm?: string): number | null {
  let hour = Number(h ?? 0);
  const minute = Number(m ?? 0);
  if (ampm) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (ampm.toLowerCase() === 'p' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || Number(s ?? 0) > 59) return null;
  return hour * 60 + minute + Number(s ?? 0) / 60;
}

/** Reads a written date and time (or only a time of day: year 0). */
export function readDateTime(text: string): WrittenDateTime | null {
  const s = text.trim().replace(/\s+/g, ' ');
  let m = ISO.exec(s);
  if (m) {
    const minuteOfDay = m[4] === undefined ? null : clock(m[4], m[5], m[6], m[7]);
    if (m[4] !== undefined && minuteOfDay === null) return null;
    const written: WrittenDateTime = {
      iso: true,
      year: Number(m[1]),
      a: Number(m[3]),
      b: Number(m[2]),
      minuteOfDay,
      exactMin: null,
    };
    const zone = m[8];
    if (zone && minuteOfDay !== null) {
      const local = wallMinutes(written, 'dayFirst');
      const offset =
        zone.toUpperCase() === 'Z'
          ? 0
          : (zone.startsWith('-') ? -1 : 1) *
            (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
      if (local !== null) written.exactMin = local - offset;
    }
    return written;
  }
  m = DMY.exec(s);
  if (m) {
    const minuteOfDay = m[4] === undefined ? null : clock(m[4], m[5], m[6], m[7]);
    if (m[4] !== undefined && minuteOfDay === null) return null;
    const y = Number(m[3]);
    return {
      iso: false,
      year: m[3]!.length === 2 ? 2000 + y : y,
      a: Number(m[1]),
      b: Number(m[2]),
      minuteOfDay,
      exactMin: null,
    };
  }
  m = TIME_ONLY.exec(s);
  if (m) {
    const minuteOfDay = clock(m[1], m[2], m[3], m[4]);
    return minuteOfDay === null
      ? null
      : { iso: true, year: 0, a: 0, b: 0, minuteOfDay, exactMin: null };
  }
  return null;
}

/** Day and month of a written date in the given order (ISO dates have one order). */
export function dayMonth(w: WrittenDateTime, order: DateOrder): { day: number; month: number } {
  return w.iso || order === 'dayFirst' ? { day: w.a, month: w.b } : { day: w.b, month: w.a };
}

/** Minutes since 1970 of the wall-clock time, or null for a date that does not exist. */
export function wallMinutes(w: WrittenDateTime, order: DateOrder): number | null {
  const { day, month } = dayMonth(w, order);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const ms = Date.UTC(w.year, month - 1, day);
  // Date.UTC rolls 31 February over into March; a real date survives the round trip.
  if (new Date(ms).getUTCDate() !== day) return null;
  return ms / 60_000 + (w.minuteOfDay ?? 0);
}

/** Gaps longer than this between neighbouring rows count against a date reading. */
const JUMP_MIN = 2 * 1440;

/**
 * The file's date order from its data: a number above 12 can only be a day; failing that, the
 * order under which neighbouring rows (in file order) jump less. Null when nothing tells.
 */
export function decideDateOrder(dates: WrittenDateTime[]): DateOrder | null {
  const written = dates.filter((d) => !d.iso);
  let dayFirst = 0;
  let monthFirst = 0;
  for (const d of written) {
    if (d.a > 12 && d.b <= 12) dayFirst++;
    if (d.b > 12 && d.a <= 12) monthFirst++;
  }
  if (dayFirst !== monthFirst) return dayFirst > monthFirst ? 'dayFirst' : 'monthFirst';
  const jumps = (order: DateOrder) => {
    let n = 0;
    let prev: number | null = null;
    for (const d of written) {
      const t = wallMinutes(d, order);
      if (t === null) continue;
      if (prev !== null && Math.abs(t - prev) > JUMP_MIN) n++;
      prev = t;
    }
    return n;
  };
  const [df, mf] = [jumps('dayFirst'), jumps('monthFirst')];
  if (df !== mf) return df < mf ? 'dayFirst' : 'monthFirst';
  // Every date reads the same either way (5/5, 7/7…): the order does not matter.
  return written.every((d) => d.a === d.b) ? 'dayFirst' : null;
}

/** Day of month of the n-th (1-based; -1 = last) Sunday of a month. */
function sunday(year: number, month: number, n: number): number {
  if (n > 0) {
    const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
    return 1 + ((7 - first) % 7) + (n - 1) * 7;
  }
  const lastDay = new Date(Date.UTC(year, month, 0));
  return lastDay.getUTCDate() - lastDay.getUTCDay();
}

/** +1 on a day the clocks go forward (US or EU rule), −1 on a day they go back, else 0. */
function clockChange(dayStartMin: number): -1 | 0 | 1 {
  const d = new Date(dayStartMin * 60_000);
  const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
  if (m === 3 && (day === sunday(y, 3, 2) || day === sunday(y, 3, -1))) return 1;
  if ((m === 11 && day === sunday(y, 11, 1)) || (m === 10 && day === sunday(y, 10, -1))) return -1;
  return 0;
}

/** The night hours in which the clocks change (01:00 in the UK to 04:00 in eastern Europe). */
const CHANGE_FROM_MIN = 60;
const CHANGE_TO_MIN = 4 * 60;

/**
 * The real length of a feed whose start and end were read off a wall clock, when the clocks
 * changed during it: forward, the wall clock gained an hour (a 15-min feed reads 75 min); back,
 * it lost one (the end reads before the start). Null when no change explains the reading.
 */
export function acrossClockChange(startMin: number, wallLengthMin: number): number | null {
  const dayStart = Math.floor(startMin / 1440) * 1440;
  const change = clockChange(dayStart);
  const at = startMin - dayStart;
  if (at >= CHANGE_TO_MIN || at + wallLengthMin < CHANGE_FROM_MIN) return null;
  if (change === 1 && wallLengthMin > 60) {
    const endAt = at + wallLengthMin;
    // The interval must contain the o'clock at which the skipped hour ends.
    for (let h = 2 * 60; h <= CHANGE_TO_MIN; h += 60)
      if (at < h && endAt >= h) return wallLengthMin - 60;
  }
  if (change === -1 && wallLengthMin < 0 && wallLengthMin >= -60) return wallLengthMin + 60;
  return null;
}
