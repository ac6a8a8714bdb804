// Reads a family's feed log (CSV, as baby-tracker apps export it) and turns it into explicit
// feeding events of a scenario. Every row is checked; each problem names its line (the header
// is line 1). Times are wall-clock times without a zone: they are only compared to each other.
// Units: minutes for durations and event times, mL for volumes.
import { csvParseRows } from 'd3-dsv';
import type { FeedLogImport, FeedLogProblem } from '../contract/parent';
import { SCENARIO_LIMITS, type FeedingEvent, type Scenario } from '../sim/scenario';
import { explicitPlan } from '../walkthrough/what-if';

type Column = 'time' | 'date' | 'side' | 'duration' | 'end' | 'volume' | 'type';

/** Header names of common tracker exports, lower-cased, spaces and units stripped. */
const ALIASES: Record<Column, string[]> = {
  time: ['time', 'start', 'starttime', 'startedat', 'datetime', 'timestamp', 'begin'],
  date: ['date', 'day', 'startdate'],
  side: ['side', 'breast', 'startside', 'startcondition', 'sides'],
  duration: ['duration', 'durationmin', 'minutes', 'length', 'totalduration', 'mins'],
  end: ['end', 'endtime', 'endedat', 'finish'],
  volume: ['volume', 'amount', 'quantity', 'amountml', 'volumeml', 'ml'],
  type: ['type', 'activity', 'kind', 'event', 'feedtype'],
};

const normalise = (h: string) =>
  h
    .toLowerCase()
    .replace(/\(.*?\)/g, '')
    .replace(/[^a-z]/g, '');

/** Longest log accepted: the scenario can run at most this many minutes. */
const MAX_SPAN_MIN = SCENARIO_LIMITS.durationHours.max * 60;
const { min: MIN_DURATION, max: MAX_DURATION } = SCENARIO_LIMITS.durationMinutes;
const MAX_VOLUME_ML = 1000;

interface Row {
  line: number;
  atMin: number;
  kind: 'latch' | 'pump';
  side: 'left' | 'right' | 'both';
  durationMin: number;
  volumeMl: number | null;
}

/** Minutes since 1970 of a date-time written as ISO, or as M/D/YYYY, with optional AM/PM. */
export function parseDateTime(text: string): number | null {
  const s = text.trim();
  const m =
    /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ,]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*([AaPp][Mm])?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(
      s,
    ) ??
    /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ ,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$/.exec(
      s,
    );
  if (!m) return null;
  const iso = s.includes('-');
  const year = Number(iso ? m[1] : m[3]);
  const month = Number(iso ? m[2] : m[1]);
  const day = Number(iso ? m[3] : m[2]);
  let hour = Number(m[4] ?? 0);
  const minute = Number(m[5] ?? 0);
  const second = Number(m[6] ?? 0);
  const ampm = m[7]?.toLowerCase();
  if (ampm) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (ampm === 'pm' ? 12 : 0);
  }
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59)
    return null;
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  // Date.UTC rolls 31 February over into March; a real date survives the round trip.
  if (new Date(ms).getUTCDate() !== day) return null;
  return ms / 60_000;
}

/** Minutes from "15", "15 min", "12.5", "15:30" (mm:ss), "1:05:00" (h:mm:ss) or "15m 30s". */
export function parseDuration(text: string): number | null {
  const s = text.trim().toLowerCase();
  let m = /^(\d+(?:\.\d+)?)\s*(?:m|min|mins|minutes)?$/.exec(s);
  if (m) return Number(m[1]);
  m = /^(\d+):(\d{2})$/.exec(s);
  if (m) return Number(m[1]) + Number(m[2]) / 60;
  m = /^(\d+):(\d{2}):(\d{2})$/.exec(s);
  if (m) return Number(m[1]) * 60 + Number(m[2]) + Number(m[3]) / 60;
  m = /^(?:(\d+)\s*h)?\s*(?:(\d+)\s*m(?:in)?)?\s*(?:(\d+)\s*s(?:ec)?)?$/.exec(s);
  if (m && (m[1] || m[2] || m[3]))
    return Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0) + Number(m[3] ?? 0) / 60;
  return null;
}

function parseSide(text: string): Row['side'] | null {
  const s = text.trim().toLowerCase();
  if (['l', 'left', 'left breast', 'izquierdo', 'izq', 'i'].includes(s)) return 'left';
  if (['r', 'right', 'right breast', 'derecho', 'der', 'd'].includes(s)) return 'right';
  if (['both', 'b', 'l+r', 'r+l', 'left and right', 'lr', 'ambos'].includes(s)) return 'both';
  return null;
}

/** A row's activity: a breastfeed, a pump session, or something that is not breast stimulation. */
function parseKind(text: string): 'latch' | 'pump' | 'other' {
  const s = text.trim().toLowerCase();
  if (s === '' || /breast|nurs|feed|latch|pecho|toma/.test(s))
    return s.includes('bottle') ? 'other' : 'latch';
  if (/pump|express|sacaleches/.test(s)) return 'pump';
  return 'other';
}

function parseVolume(text: string): number | null | 'bad' {
  const s = text
    .trim()
    .toLowerCase()
    .replace(/\s*ml$/, '');
  if (s === '') return null;
  const v = Number(s);
  return Number.isFinite(v) && v >= 0 && v <= MAX_VOLUME_ML ? v : 'bad';
}

export interface ParsedFeedLog {
  rows: number;
  used: Row[];
  problems: FeedLogProblem[];
  ignored: FeedLogProblem[];
}

/** Reads and checks every row; never throws on a bad file. */
export function parseFeedLog(csv: string): ParsedFeedLog {
  const records = csvParseRows(csv.replace(/^\uFEFF/, ''));
  const header = records[0];
  const problems: FeedLogProblem[] = [];
  const ignored: FeedLogProblem[] = [];
  if (!header || header.every((h) => h.trim() === '')) {
    return { rows: 0, used: [], problems: [{ line: 1, message: 'the file is empty' }], ignored };
  }
  const index = new Map<Column, number>();
  header.forEach((h, i) => {
    const n = normalise(h);
    for (const [col, names] of Object.entries(ALIASES) as [Column, string[]][]) {
      if (names.includes(n) && !index.has(col)) index.set(col, i);
    }
  });
  const missing: string[] = [];
  if (!index.has('time')) missing.push('a time column (Time or Start)');
  if (!index.has('side')) missing.push('a side column (Side or Breast)');
  if (!index.has('duration') && !index.has('end'))
    missing.push('a duration column (Duration, or End)');
  if (missing.length > 0) {
    return {
      rows: Math.max(0, records.length - 1),
      used: [],
      problems: [{ line: 1, message: `the header needs ${missing.join(', ')}` }],
      ignored,
    };
  }
  const cell = (r: string[], c: Column) => {
    const i = index.get(c);
    return i === undefined ? '' : (r[i] ?? '').trim();
  };
  const used: Row[] = [];
  let rows = 0;
  records.slice(1).forEach((r, i) => {
    const line = i + 2;
    if (r.every((c) => c.trim() === '')) return;
    rows += 1;
    const bad = (message: string) => problems.push({ line, message });
    const kind = parseKind(cell(r, 'type'));
    if (kind === 'other') {
      ignored.push({ line, message: `"${cell(r, 'type')}" is not a breastfeed or a pump session` });
      return;
    }
    const date = cell(r, 'date');
    const timeText =
      date && !/\d{4}|\d\/\d/.test(cell(r, 'time'))
        ? `${date} ${cell(r, 'time')}`
        : cell(r, 'time');
    const at = parseDateTime(timeText);
    if (at === null) return bad(`time "${timeText}" is not a date and time like 2025-03-01 14:30`);
    const sideText = cell(r, 'side');
    const side = parseSide(sideText);
    if (side === null) return bad(`side "${sideText}" must be Left, Right or Both`);
    let duration: number | null;
    const durationText = cell(r, 'duration');
    if (durationText !== '' || !index.has('end')) {
      duration = parseDuration(durationText);
      if (duration === null)
        return bad(`duration "${durationText}" must be minutes, like 15 or 12:30`);
    } else {
      const end = parseDateTime(
        cell(r, 'end').includes('-') || cell(r, 'end').includes('/')
          ? cell(r, 'end')
          : `${timeText.split(/[ T]/)[0]} ${cell(r, 'end')}`,
      );
      if (end === null) return bad(`end "${cell(r, 'end')}" is not a time`);
      duration = end >= at ? end - at : end + 24 * 60 - at;
    }
    if (duration < MIN_DURATION || duration > MAX_DURATION) {
      return bad(
        `duration ${round1(duration)} min must be between ${MIN_DURATION} and ${MAX_DURATION} min`,
      );
    }
    const volume = parseVolume(cell(r, 'volume'));
    if (volume === 'bad')
      return bad(`volume "${cell(r, 'volume')}" must be mL between 0 and ${MAX_VOLUME_ML}`);
    used.push({ line, atMin: at, kind, side, durationMin: duration, volumeMl: volume });
  });
  used.sort((a, b) => a.atMin - b.atMin || a.line - b.line);
  const first = used[0];
  const last = used[used.length - 1];
  if (first && last && last.atMin - first.atMin > MAX_SPAN_MIN) {
    problems.push({
      line: last.line,
      message: `the log spans more than ${MAX_SPAN_MIN / 1440} days`,
    });
  }
  if (rows === 0) problems.push({ line: 2, message: 'the file has no feeds' });
  problems.sort((a, b) => a.line - b.line);
  return { rows, used, problems, ignored };
}

const round1 = (v: number) => Math.round(v * 10) / 10;

/** Scenario feeding events from checked rows; "both" on a breastfeed is left then right. */
export function feedEvents(used: Row[]): FeedingEvent[] {
  const first = used[0];
  if (!first) return [];
  const events: FeedingEvent[] = [];
  for (const r of used) {
    const at = round1(r.atMin - first.atMin);
    const durationMinutes = round1(r.durationMin);
    if (r.kind === 'pump') {
      events.push({ atMinutes: at, kind: 'pump', side: r.side, durationMinutes });
    } else if (r.side === 'both') {
      const half = Math.max(MIN_DURATION, round1(r.durationMin / 2));
      events.push({ atMinutes: at, kind: 'latch', side: 'left', durationMinutes: half });
      events.push({
        atMinutes: round1(at + half),
        kind: 'latch',
        side: 'right',
        durationMinutes: half,
      });
    } else {
      events.push({ atMinutes: at, kind: 'latch', side: r.side, durationMinutes });
    }
  }
  return events;
}

/** The import: the case's mother and baby, fed as the log says, for the days the log covers. */
export function importFeedLog(
  scenario: Scenario,
  csv: string,
  skipBadRows: boolean,
): FeedLogImport {
  const parsed = parseFeedLog(csv);
  const events = feedEvents(parsed.used);
  const usable = events.length > 0 && (parsed.problems.length === 0 || skipBadRows);
  const spanMin = events.reduce((m, e) => Math.max(m, e.atMinutes + e.durationMinutes), 0);
  // Whole days, so a day's pattern repeats cleanly and "per day" means what it says.
  const days = Math.max(1, Math.ceil(spanMin / 1440));
  const feeds = parsed.used.filter((r) => r.kind === 'latch').length;
  const volumes = parsed.used.map((r) => r.volumeMl).filter((v): v is number => v !== null);
  return {
    scenario: usable
      ? {
          ...scenario,
          durationHours: Math.min(SCENARIO_LIMITS.durationHours.max, days * 24),
          feeding: explicitPlan(scenario.feeding, events),
        }
      : null,
    rows: parsed.rows,
    usedRows: parsed.used.length,
    problems: parsed.problems,
    ignored: parsed.ignored,
    days,
    feedsPerDay: Math.round(feeds / days),
    loggedVolumeMl: volumes.length > 0 ? Math.round(volumes.reduce((s, v) => s + v, 0)) : null,
  };
}
