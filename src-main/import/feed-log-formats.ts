// The feed-log layouts LactaSim reads, each recognised by its header: the exports of Huckleberry,
// Baby Tracker (nursing and pump files), Baby Connect and Baby Buddy, and a plain table with
// English or Spanish column names. Each turns one record into a RawRow: what the row records,
// when, which sides for how long, and how much — still as written, checked later by the reader
// (feed-log.ts) so that every layout gets the same checks and messages.
import type { DelimitedRecord } from './delimited';
import {
  fold,
  parseActivity,
  parseSide,
  type Activity,
  type ClockReading,
  type Side,
} from './feed-log-values';

export type FeedLogFormat =
  'huckleberry' | 'babyTrackerNursing' | 'babyTrackerPump' | 'babyConnect' | 'babyBuddy' | 'table';

/** One side of a feed as written: the side and, when the log says, its minutes. */
export interface WrittenSide {
  side: Side;
  minutes?: string;
}

export interface RawRow {
  line: number;
  activity: Activity;
  /** The words that named the activity, for messages about rows left out. */
  activityText: string;
  start: string;
  end?: string;
  duration?: string;
  /** Sides in the order fed; `sideText` when a single cell names them. */
  sides?: WrittenSide[];
  sideText?: string;
  /** Amounts to add up (a pump row may give one per side). */
  volume?: string[];
}

export interface Layout {
  format: FeedLogFormat;
  /** How "a:b" durations are written in this layout, or "auto" to decide from the column. */
  clock: ClockReading | 'auto';
  /** The unit of bare volume numbers. */
  volumeUnit: 'ml' | 'oz';
  read: (record: DelimitedRecord) => RawRow;
}

/** A header cell as a key: folded, units in brackets dropped, letters only. */
export const headerKey = (h: string) =>
  fold(h)
    .replace(/\(.*?\)/g, '')
    .replace(/[^a-z]/g, '');

type Cells = (key: string) => string;

function cellsOf(header: string[], record: DelimitedRecord): Cells {
  const index = new Map<string, number>();
  header.forEach((h, i) => {
    const k = headerKey(h);
    if (!index.has(k)) index.set(k, i);
  });
  return (key) => {
    const i = index.get(key);
    return i === undefined ? '' : (record.cells[i] ?? '').trim();
  };
}

/** "00:05R" (Huckleberry: hours:minutes on one side). */
function huckleberrySide(text: string): WrittenSide | null {
  const m = /^(\d+:\d{2})\s*([LR])$/i.exec(text.trim());
  if (!m) return null;
  return { side: m[2]!.toUpperCase() === 'L' ? 'left' : 'right', minutes: m[1]! };
}

/** Minutes per side in order from a sentence: "(14min right, 17min left)", "(9m left)". */
export function sidesInText(text: string): WrittenSide[] {
  const out: WrittenSide[] = [];
  const re = /(\d+(?:[.,]\d+)?)\s*m(?:in)?\w*\s+(left|right|izquierd\w*|derech\w*)/gi;
  for (const m of fold(text).matchAll(re)) {
    const side = parseSide(m[2]!);
    if (side === 'left' || side === 'right') out.push({ side, minutes: m[1]! });
  }
  return out;
}

/** The side a sentence names ("Ana nursed on the left"), or the sentence when it names none. */
function sideWordsIn(text: string): string {
  const t = fold(text);
  const left = /\bleft\b|izquierd/.test(t);
  const right = /\bright\b|derech/.test(t);
  if (/\bboth\b|ambos/.test(t) || (left && right)) return 'both';
  return left ? 'left' : right ? 'right' : text;
}

/** Both sides from per-side minute columns, starting with `first` when the log names it. */
function perSide(left: string, right: string, first: string): WrittenSide[] {
  const sides: WrittenSide[] = [];
  if (left !== '' && left !== '0') sides.push({ side: 'left', minutes: left });
  if (right !== '' && right !== '0') sides.push({ side: 'right', minutes: right });
  if (parseSide(first) === 'right') sides.reverse();
  return sides;
}

const has = (keys: Set<string>, ...names: string[]) => names.every((n) => keys.has(n));

/** Column names of a plain table, English and Spanish, as header keys. */
const TABLE_COLUMNS = {
  time: [
    'time',
    'start',
    'starttime',
    'startedat',
    'datetime',
    'timestamp',
    'begin',
    'hora',
    'inicio',
    'horainicio',
    'fechayhora',
    'fechahora',
    'comienzo',
  ],
  date: ['date', 'day', 'startdate', 'fecha', 'dia'],
  side: [
    'side',
    'breast',
    'startside',
    'startcondition',
    'sides',
    'lado',
    'pecho',
    'seno',
    'ladoinicial',
  ],
  duration: [
    'duration',
    'durationmin',
    'minutes',
    'length',
    'totalduration',
    'mins',
    'total',
    'duracion',
    'minutos',
    'duraciontotal',
    'tiempo',
  ],
  end: ['end', 'endtime', 'endedat', 'finish', 'fin', 'final', 'horafin'],
  volume: [
    'volume',
    'amount',
    'quantity',
    'amountml',
    'volumeml',
    'ml',
    'cantidad',
    'volumen',
    'oz',
  ],
  type: [
    'type',
    'activity',
    'kind',
    'event',
    'feedtype',
    'method',
    'tipo',
    'actividad',
    'metodo',
    'evento',
  ],
  left: [
    'left',
    'leftduration',
    'leftmin',
    'leftminutes',
    'izquierdo',
    'izquierda',
    'minutosizquierdo',
    'izquierdomin',
  ],
  right: [
    'right',
    'rightduration',
    'rightmin',
    'rightminutes',
    'derecho',
    'derecha',
    'minutosderecho',
    'derechomin',
  ],
} as const;

export type TableColumn = keyof typeof TABLE_COLUMNS;

/** Which plain-table columns a header has. */
export function tableColumns(header: string[]): Map<TableColumn, string> {
  const found = new Map<TableColumn, string>();
  for (const h of header) {
    const k = headerKey(h);
    for (const [col, names] of Object.entries(TABLE_COLUMNS) as [
      TableColumn,
      readonly string[],
    ][]) {
      if (!found.has(col) && names.includes(k)) found.set(col, k);
    }
  }
  return found;
}

/** Ounces when the header's amount column says so: "Amount (oz.)", "Cantidad (onzas)". */
const ouncesIn = (header: string[]) => header.some((h) => /\((fl\.? )?oz\.?\)|onza/i.test(h));

/** The layout of a file, from its header; null when it is not a feed log we know. */
export function layoutOf(header: string[]): Layout | null {
  const keys = new Set(header.map(headerKey));
  const volumeUnit = ouncesIn(header) ? 'oz' : 'ml';
  const at = (record: DelimitedRecord) => cellsOf(header, record);
  if (has(keys, 'type', 'start', 'startcondition', 'startlocation', 'endcondition')) {
    return {
      format: 'huckleberry',
      clock: 'hm',
      volumeUnit,
      read: (r) => {
        const c = at(r);
        const type = fold(c('type'));
        const base = { line: r.line, start: c('start'), end: c('end'), duration: c('duration') };
        if (type === 'pump') {
          // Pump rows hold the left amount under Start Condition and the right under End.
          const [left, right] = [c('startcondition'), c('endcondition')];
          return {
            ...base,
            activity: 'pump',
            activityText: c('type'),
            sideText: left && !right ? 'left' : right && !left ? 'right' : 'both',
            volume: [left, right].filter(Boolean),
          };
        }
        const activity: Activity =
          type === 'feed' ? parseActivity([c('startlocation') || 'breast']) : 'other';
        const sides = [huckleberrySide(c('startcondition')), huckleberrySide(c('endcondition'))];
        return {
          ...base,
          activity,
          activityText: [c('type'), c('startlocation')].filter(Boolean).join(' · '),
          sides: sides.filter((s): s is WrittenSide => s !== null),
          sideText: c('startcondition'),
        };
      },
    };
  }
  if (has(keys, 'time', 'startside', 'leftduration', 'rightduration')) {
    const pump = keys.has('leftamount') || !keys.has('baby');
    return {
      format: pump ? 'babyTrackerPump' : 'babyTrackerNursing',
      clock: 'ms',
      volumeUnit,
      read: (r) => {
        const c = at(r);
        const sides = perSide(c('leftduration'), c('rightduration'), c('startside'));
        return {
          line: r.line,
          activity: pump ? 'pump' : 'breast',
          activityText: pump ? 'Pump' : 'Nursing',
          start: c('time'),
          duration: c('totalduration'),
          sides,
          sideText: c('startside'),
          ...(pump ? { volume: [c('totalamount')] } : {}),
        };
      },
    };
  }
  if (has(keys, 'starttime', 'endtime', 'activity', 'text')) {
    return {
      format: 'babyConnect',
      clock: 'ms',
      volumeUnit,
      read: (r) => {
        const c = at(r);
        const activity = parseActivity([c('activity')]);
        const text = c('text');
        const sides = sidesInText(text);
        return {
          line: r.line,
          activity: fold(c('activity')) === 'nursing' ? 'breast' : activity,
          activityText: c('activity'),
          start: c('starttime'),
          end: c('endtime'),
          duration: c('duration'),
          sides,
          sideText: activity === 'pump' ? 'both' : sideWordsIn(text),
          ...(activity === 'pump' ? { volume: [c('quantity')] } : {}),
        };
      },
    };
  }
  if (has(keys, 'childid', 'start', 'end', 'type', 'method')) {
    return {
      format: 'babyBuddy',
      clock: 'ms',
      volumeUnit,
      read: (r) => {
        const c = at(r);
        return {
          line: r.line,
          activity: parseActivity([c('type'), c('method')]),
          activityText: [c('type'), c('method')].filter(Boolean).join(' · '),
          start: c('start'),
          end: c('end'),
          sideText: c('method'),
        };
      },
    };
  }
  const cols = tableColumns(header);
  if (!cols.has('time') && !cols.has('date')) return null;
  return {
    format: 'table',
    clock: 'auto',
    volumeUnit,
    read: (r) => {
      const c = at(r);
      const get = (col: TableColumn) => {
        const key = cols.get(col);
        return key === undefined ? '' : c(key);
      };
      const date = get('date');
      const time = get('time');
      // A separate date column, unless the time column already holds a date.
      const start = date && !/\d[/.-]\d|\d{4}/.test(time) ? `${date} ${time}`.trim() : time || date;
      // An end without a date is read against the start's day (feed-log.ts).
      const end = get('end');
      const sides = perSide(get('left'), get('right'), get('side'));
      return {
        line: r.line,
        activity: parseActivity([get('type')]),
        activityText: get('type'),
        start,
        end,
        duration: get('duration'),
        ...(sides.length > 0 ? { sides } : {}),
        sideText: get('side'),
        volume: [get('volume')],
      };
    },
  };
}

/** What a plain table lacks to be a feed log, as column kinds (for the header message). */
export function missingColumns(header: string[]): TableColumn[] {
  const cols = tableColumns(header);
  const missing: TableColumn[] = [];
  if (!cols.has('time') && !cols.has('date')) missing.push('time');
  if (!cols.has('side') && !(cols.has('left') || cols.has('right'))) missing.push('side');
  if (!cols.has('duration') && !cols.has('end') && !(cols.has('left') || cols.has('right')))
    missing.push('duration');
  return missing;
}
