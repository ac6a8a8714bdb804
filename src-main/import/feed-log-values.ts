// The cells of a feed log, one kind at a time, as families' apps and spreadsheets write them in
// English and Spanish: numbers with a decimal point or comma, durations, amounts in mL or
// ounces, sides and activities. Each reader returns null for a cell it cannot read.
// Units: minutes for durations, mL for volumes.

export type Side = 'left' | 'right';
export type Activity = 'breast' | 'pump' | 'bottle' | 'other';

/** US fluid ounce in mL (what tracker apps mean by "oz"). */
export const ML_PER_OZ = 29.5735;

/** Lower-case, accents off: "Duración" and "duracion" are the same word. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();
}

/** "12", "12.5" or "12,5" (a decimal comma, as Spanish and most European locales write it). */
export function parseNumber(text: string): number | null {
  const s = text.trim().replace(/^(\d+),(\d+)$/, '$1.$2');
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(s)) return null;
  return Number(s);
}

/**
 * How "a:b" in a duration column is meant: minutes and seconds (most trackers), or hours and
 * minutes (Huckleberry's "0:09"). "auto" decides per column from the values (durationClock).
 */
export type ClockReading = 'ms' | 'hm';

/** Minutes from "15", "12,5 min", "1:05:00", "15m 30s", "1 h 5 min" or "a:b" read as `clock`. */
export function parseDuration(text: string, clock: ClockReading): number | null {
  const s = fold(text);
  const n = parseNumber(s.replace(/\s*(m|min|mins|minutes|minutos)\.?$/, ''));
  if (n !== null) return n;
  let m = /^(\d+):(\d{1,2})$/.exec(s);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    return clock === 'hm' ? a * 60 + b : a + b / 60;
  }
  m = /^(\d+):(\d{2}):(\d{2})$/.exec(s);
  if (m) return Number(m[1]) * 60 + Number(m[2]) + Number(m[3]) / 60;
  m = /^(?:(\d+)\s*h\w*)?\s*(?:(\d+)\s*m\w*)?\s*(?:(\d+)\s*s\w*)?$/.exec(s);
  if (m && (m[1] || m[2] || m[3]))
    return Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0) + Number(m[3] ?? 0) / 60;
  return null;
}

/**
 * Reads a column's "a:b" values as hours:minutes when that makes more of them a feed's length
 * (a few minutes to a few hours) than minutes:seconds does: "0:09" is 9 min, "12:30" 12.5 min.
 */
export function durationClock(texts: string[], plausible: (min: number) => boolean): ClockReading {
  let hm = 0;
  let ms = 0;
  for (const t of texts) {
    if (!/^\s*\d+:\d{1,2}\s*$/.test(t)) continue;
    if (plausible(parseDuration(t, 'hm') ?? -1)) hm++;
    if (plausible(parseDuration(t, 'ms') ?? -1)) ms++;
  }
  return hm > ms ? 'hm' : 'ms';
}

/** Volume in mL from "60", "60 ml", "2 oz", "2,5 onzas"; a bare number is in `unit`. */
export function parseVolume(text: string, unit: 'ml' | 'oz'): number | null {
  const s = fold(text).replace(/\s+/g, ' ');
  const m = /^(\d+(?:[.,]\d+)?) ?(ml|cc|oz|fl oz|fl\. oz\.?|oz\.|onzas?)?$/.exec(s);
  if (!m) return null;
  const n = parseNumber(m[1]!);
  if (n === null) return null;
  const inOz = m[2] ? m[2].includes('oz') || m[2].startsWith('onza') : unit === 'oz';
  return inOz ? n * ML_PER_OZ : n;
}

const SIDE_WORDS: Record<string, Side | 'both'> = {
  l: 'left',
  left: 'left',
  'left breast': 'left',
  'left side': 'left',
  izquierdo: 'left',
  izquierda: 'left',
  izq: 'left',
  i: 'left',
  r: 'right',
  right: 'right',
  'right breast': 'right',
  'right side': 'right',
  derecho: 'right',
  derecha: 'right',
  der: 'right',
  d: 'right',
  b: 'both',
  both: 'both',
  'both breasts': 'both',
  'both sides': 'both',
  'l+r': 'both',
  'r+l': 'both',
  lr: 'both',
  rl: 'both',
  'left and right': 'both',
  'right and left': 'both',
  ambos: 'both',
  ambas: 'both',
  'ambos pechos': 'both',
  'ambos lados': 'both',
  'izquierdo y derecho': 'both',
  'derecho e izquierdo': 'both',
};

export function parseSide(text: string): Side | 'both' | null {
  return SIDE_WORDS[fold(text).replace(/\s+/g, ' ')] ?? null;
}

/**
 * What a row records, from the words of its type, method or location cells: a bottle (of
 * formula or of expressed milk) is never a breastfeed, whatever milk it held.
 */
export function parseActivity(words: string[]): Activity {
  const s = fold(words.join(' '));
  if (/bottle|biberon|formula|mamadera/.test(s)) return 'bottle';
  if (/pump|express|extrac|sacaleche/.test(s)) return 'pump';
  if (s === '' || /breast|nurs|feed|latch|pecho|lactan|toma|amamant|teta/.test(s)) return 'breast';
  return 'other';
}
