// Reads a family's feed log as their app or spreadsheet saved it (feed-log-formats.ts names the
// layouts) and turns it into explicit feeding events of a scenario. Every row is checked; each
// problem names its line as an editor counts lines. Bottle feeds and other records (nappies,
// sleep) are left out on purpose and counted. Times are wall-clock times without a zone, only
// compared to each other. A log longer than the model's longest run keeps its latest part.
// Units: minutes for durations and event times, mL for volumes.
import type { DateOrder, FeedLogFormat, FeedLogImport, FeedLogProblem } from '../contract/parent';
import { SCENARIO_LIMITS, type FeedingEvent, type Scenario } from '../sim/scenario';
import { feedsPerDay } from '../walkthrough/quantities';
import { explicitPlan } from '../walkthrough/what-if';
import { readDelimited } from './delimited';
import {
  acrossClockChange,
  dayMonth,
  decideDateOrder,
  readDateTime,
  wallMinutes,
  type WrittenDateTime,
} from './feed-log-dates';
import { layoutOf, missingColumns, type Layout, type RawRow } from './feed-log-formats';
import {
  durationClock,
  parseDuration,
  parseSide,
  parseVolume,
  type ClockReading,
  type Side,
} from './feed-log-values';

const { min: MIN_DURATION, max: MAX_DURATION } = SCENARIO_LIMITS.durationMinutes;
const MAX_VOLUME_ML = 1000;
/** The longest log the model runs: its event clock and its run length, in whole days. */
const MAX_DAYS = Math.floor(
  Math.min(SCENARIO_LIMITS.atMinutes.max, SCENARIO_LIMITS.durationHours.max * 60) / 1440,
);
/** Most events a scenario holds (both sides of a feed are two). */
const MAX_EVENTS = 20_000;

/** One checked row: a breastfeed or a pump session, its sides in order with their minutes. */
export interface FeedRow {
  line: number;
  atMin: number;
  kind: 'latch' | 'pump';
  sides: { side: Side | 'both'; minutes: number }[];
  volumeMl: number | null;
}

export interface ParsedFeedLog {
  format: FeedLogFormat | null;
  rows: number;
  used: FeedRow[];
  problems: FeedLogProblem[];
  ignored: FeedLogProblem[];
  notices: FeedLogProblem[];
  dateOrder: FeedLogImport['dateOrder'];
  askDateOrder: string | null;
}

const MESSAGES: Record<string, (v: Record<string, string | number>) => string> = {
  empty: () => 'the file is empty',
  notText: () => 'the file is not text; save the log as CSV',
  header: (v) => `the header needs ${String(v['missing'])} columns`,
  noRows: () => 'the file has no rows under its header',
  time: (v) => `time "${v['text']}" is not a date and time like 2025-03-01 14:30`,
  noDate: (v) => `time "${v['text']}" has no date`,
  notADate: (v) =>
    `date "${v['text']}" is not a real date${v['order'] ? ` when read ${v['order']}` : ''}`,
  side: (v) => `side "${v['text']}" must be left, right or both`,
  duration: (v) => `duration "${v['text']}" must be minutes, like 15 or 12:30`,
  noDuration: () => 'the row has no duration and no end time',
  endBeforeStart: (v) => `end "${v['text']}" is before the start`,
  durationRange: (v) =>
    `duration ${v['minutes']} min must be between ${MIN_DURATION} and ${MAX_DURATION} min`,
  volume: (v) => `amount "${v['text']}" must be mL or oz between 0 and ${MAX_VOLUME_ML} mL`,
  bottle: (v) => `"${v['text']}" is a bottle feed, left out on purpose`,
  other: (v) => `"${v['text']}" is not a breastfeed or a pump session`,
  clockChange: (v) => `the clocks changed during this feed; counted as ${v['minutes']} min`,
  gap: (v) =>
    `no feeds logged in the ${v['days']} days before this one; the run treats them as days without feeds`,
};

function note(line: number, code: string, values: Record<string, string | number> = {}) {
  return { line, code, values, message: (MESSAGES[code] ?? (() => code))(values) };
}

const round1 = (v: number) => Math.round(v * 10) / 10;

/** Longer than this between the starts of two logged feeds is worth a word (a whole day). */
const GAP_MIN = 24 * 60;
const plausible = (min: number) => min >= 1 && min <= MAX_DURATION;

/** Reads and checks every row; never throws on a bad file. */
export function parseFeedLog(text: string, chosenOrder?: DateOrder): ParsedFeedLog {
  const empty = (problem: FeedLogProblem, rows = 0): ParsedFeedLog => ({
    format: null,
    rows,
    used: [],
    problems: [problem],
    ignored: [],
    notices: [],
    dateOrder: null,
    askDateOrder: null,
  });
  // A spreadsheet or an image saved under a .csv name: NUL bytes do not occur in text.
  if (text.includes('\u0000')) return empty(note(1, 'notText'));
  const { records } = readDelimited(text);
  const [headerRecord, ...body] = records;
  if (!headerRecord) return empty(note(1, 'empty'));
  const header = headerRecord.cells;
  const layout = layoutOf(header);
  const missing = layout?.format === 'table' || !layout ? missingColumns(header) : [];
  if (!layout || missing.length > 0) {
    return empty(
      note(headerRecord.line, 'header', {
        missing: (missing.length > 0 ? missing : ['time', 'side', 'duration']).join(', '),
      }),
      body.length,
    );
  }
  const raw = body.map((r) => layout.read(r));
  return checkRows(layout, raw, headerRecord.line, chosenOrder);
}

function checkRows(
  layout: Layout,
  raw: RawRow[],
  headerLine: number,
  chosenOrder: DateOrder | undefined,
): ParsedFeedLog {
  const problems: FeedLogProblem[] = [];
  const ignored: FeedLogProblem[] = [];
  const notices: FeedLogProblem[] = [];
  const feeds = raw.filter((r) => {
    if (r.activity === 'breast' || r.activity === 'pump') return true;
    ignored.push(note(r.line, r.activity, { text: r.activityText || '?' }));
    return false;
  });
  const written = new Map<RawRow, WrittenDateTime>();
  for (const r of feeds) {
    const w = readDateTime(r.start);
    if (w === null) problems.push(note(r.line, 'time', { text: r.start }));
    else if (w.year === 0) problems.push(note(r.line, 'noDate', { text: r.start }));
    else written.set(r, w);
  }
  const dates = [...written.values()];
  const fromData = decideDateOrder(dates);
  const order: DateOrder = chosenOrder ?? fromData ?? 'monthFirst';
  const firstWritten = [...written.entries()].find(([, w]) => !w.iso);
  const askDateOrder =
    chosenOrder === undefined && fromData === null && firstWritten ? firstWritten[0].start : null;
  const clock: ClockReading =
    layout.clock === 'auto'
      ? durationClock(
          feeds.map((r) => r.duration ?? ''),
          plausible,
        )
      : layout.clock;
  const used: FeedRow[] = [];
  for (const r of feeds) {
    const w = written.get(r);
    if (!w) continue;
    const bad = (code: string, values: Record<string, string | number> = {}) =>
      problems.push(note(r.line, code, values));
    const at = w.exactMin ?? wallMinutes(w, order);
    if (at === null) {
      const read = order === 'dayFirst' ? 'day first' : 'month first';
      bad('notADate', { text: r.start, order: w.iso ? '' : read });
      continue;
    }
    const length = feedLength(r, w, at, clock, order);
    if ('code' in length) {
      bad(length.code, length.values);
      continue;
    }
    if (length.clockChanged)
      notices.push(note(r.line, 'clockChange', { minutes: round1(length.minutes) }));
    const sides = sidesOf(r, length.minutes, clock);
    if (sides === null) {
      bad('side', { text: r.sideText ?? '' });
      continue;
    }
    if (length.minutes < MIN_DURATION || length.minutes > MAX_DURATION) {
      bad('durationRange', { minutes: round1(length.minutes) });
      continue;
    }
    const volume = volumeOf(r, layout.volumeUnit);
    if (volume === 'bad') {
      bad('volume', { text: (r.volume ?? []).join(' + ') });
      continue;
    }
    used.push({
      line: r.line,
      atMin: at,
      kind: r.activity === 'pump' ? 'pump' : 'latch',
      sides,
      volumeMl: volume,
    });
  }
  if (raw.length === 0) problems.push(note(headerLine + 1, 'noRows'));
  problems.sort((a, b) => a.line - b.line);
  used.sort((a, b) => a.atMin - b.atMin || a.line - b.line);
  // A day with no feed at all is not a breastfed baby's day: most likely days are missing from
  // the log, and the run would read them as days of no milk removal. Said, not changed.
  used.forEach((r, i) => {
    const before = used[i - 1];
    if (before !== undefined && r.atMin - before.atMin > GAP_MIN) {
      notices.push(note(r.line, 'gap', { days: Math.round((r.atMin - before.atMin) / 1440) }));
    }
  });
  notices.sort((a, b) => a.line - b.line);
  let dateOrder: FeedLogImport['dateOrder'] = null;
  if (firstWritten && askDateOrder === null) {
    const [row, w] = firstWritten;
    dateOrder = {
      order,
      decidedBy: chosenOrder === undefined ? 'data' : 'choice',
      example: { text: row.start, year: w.year, ...dayMonth(w, order) },
    };
  }
  return {
    format: layout.format,
    rows: raw.length,
    used,
    problems,
    ignored,
    notices,
    dateOrder,
    askDateOrder,
  };
}

type Length =
  | { minutes: number; clockChanged: boolean }
  | { code: string; values: Record<string, string | number> };

/** A row's length: its sides' minutes, its duration, or its end time minus its start. */
function feedLength(
  r: RawRow,
  start: WrittenDateTime,
  at: number,
  clock: ClockReading,
  order: DateOrder,
): Length {
  const perSide = r.sides?.filter((s) => s.minutes !== undefined) ?? [];
  if (perSide.length > 0) {
    let total = 0;
    for (const s of perSide) {
      const m = parseDuration(s.minutes!, clock);
      if (m === null) return { code: 'duration', values: { text: s.minutes! } };
      total += m;
    }
    return { minutes: total, clockChanged: false };
  }
  if (r.duration) {
    const m = parseDuration(r.duration, clock);
    return m === null
      ? { code: 'duration', values: { text: r.duration } }
      : { minutes: m, clockChanged: false };
  }
  if (!r.end) return { code: 'noDuration', values: {} };
  const endWritten = readDateTime(r.end);
  if (endWritten === null) return { code: 'time', values: { text: r.end } };
  if (start.exactMin !== null && endWritten.exactMin !== null) {
    return { minutes: endWritten.exactMin - start.exactMin, clockChanged: false };
  }
  // An end without a date is on the start's day, or the next if it reads earlier.
  const timeOnly = endWritten.year === 0;
  const startOfDay = Math.floor(at / 1440) * 1440;
  const end = timeOnly
    ? startOfDay + (endWritten.minuteOfDay ?? 0)
    : wallMinutes(endWritten, order);
  if (end === null) return { code: 'time', values: { text: r.end } };
  const wall = end - at;
  const changed = acrossClockChange(at, wall);
  if (changed !== null) return { minutes: changed, clockChanged: true };
  if (wall >= 0) return { minutes: wall, clockChanged: false };
  if (timeOnly) return { minutes: wall + 1440, clockChanged: false };
  return { code: 'endBeforeStart', values: { text: r.end } };
}

/** The sides in the order fed with their minutes; a feed on both without minutes is halved. */
function sidesOf(r: RawRow, minutes: number, clock: ClockReading): FeedRow['sides'] | null {
  const listed = r.sides ?? [];
  if (listed.length > 0 && listed.every((s) => s.minutes !== undefined)) {
    return listed.map((s) => ({ side: s.side, minutes: parseDuration(s.minutes!, clock) ?? 0 }));
  }
  const side = listed.length === 1 ? listed[0]!.side : parseSide(r.sideText ?? '');
  if (side === null) return null;
  if (side === 'both' && r.activity === 'breast') {
    return [
      { side: 'left', minutes: minutes / 2 },
      { side: 'right', minutes: minutes / 2 },
    ];
  }
  return [{ side, minutes }];
}

function volumeOf(r: RawRow, unit: 'ml' | 'oz'): number | null | 'bad' {
  const texts = (r.volume ?? []).filter((t) => t.trim() !== '');
  if (texts.length === 0) return null;
  let total = 0;
  for (const t of texts) {
    const v = parseVolume(t, unit);
    if (v === null) return 'bad';
    total += v;
  }
  return total <= MAX_VOLUME_ML ? total : 'bad';
}

/** Scenario feeding events from checked rows, in order, each side after the one before. */
export function feedEvents(used: FeedRow[]): FeedingEvent[] {
  const first = used[0];
  if (!first) return [];
  const events: FeedingEvent[] = [];
  for (const r of used) {
    let at = r.atMin - first.atMin;
    for (const s of r.sides) {
      if (s.minutes < MIN_DURATION) continue;
      const common = { atMinutes: round1(at), durationMinutes: round1(s.minutes) };
      if (r.kind === 'pump') events.push({ ...common, kind: 'pump', side: s.side });
      else events.push({ ...common, kind: 'latch', side: s.side === 'both' ? 'left' : s.side });
      at += s.minutes;
    }
  }
  return events;
}

/**
 * The latest part of the log that the model can run: whole days back from the last feed, and
 * no more events than a scenario holds.
 */
export function latestPart(used: FeedRow[]): {
  kept: FeedRow[];
  trimmed: FeedLogImport['trimmed'];
} {
  const last = used[used.length - 1];
  if (!last) return { kept: used, trimmed: null };
  const cutoff = Math.floor(last.atMin / 1440) * 1440 - (MAX_DAYS - 1) * 1440;
  let kept = used.filter((r) => r.atMin >= cutoff);
  while (feedEvents(kept).length > MAX_EVENTS) kept = kept.slice(Math.ceil(kept.length / 100));
  if (kept.length === used.length) return { kept, trimmed: null };
  const firstKept = new Date(kept[0]!.atMin * 60_000).toISOString().slice(0, 10);
  return {
    kept,
    trimmed: { rows: used.length - kept.length, firstKept, days: MAX_DAYS },
  };
}

/** The import: the case's mother and baby, fed as the log says, for the days the log covers. */
export function importFeedLog(
  scenario: Scenario,
  text: string,
  options: { skipBadRows: boolean; dateOrder?: DateOrder | undefined },
): FeedLogImport {
  const parsed = parseFeedLog(text, options.dateOrder);
  const { kept, trimmed } = latestPart(parsed.used);
  const events = feedEvents(kept);
  const usable =
    events.length > 0 &&
    parsed.askDateOrder === null &&
    (parsed.problems.length === 0 || options.skipBadRows);
  const spanMin = events.reduce((m, e) => Math.max(m, e.atMinutes + e.durationMinutes), 0);
  // Whole days, so a day's pattern repeats cleanly and "per day" means what it says.
  const days = Math.max(1, Math.ceil(spanMin / 1440));
  const volumes = kept.map((r) => r.volumeMl).filter((v): v is number => v !== null);
  return {
    scenario: usable
      ? {
          ...scenario,
          durationHours: Math.min(SCENARIO_LIMITS.durationHours.max, days * 24),
          feeding: explicitPlan(scenario.feeding, events),
        }
      : null,
    format: parsed.format,
    rows: parsed.rows,
    usedRows: kept.length,
    problems: parsed.problems,
    ignored: parsed.ignored,
    notices: parsed.notices,
    dateOrder: parsed.dateOrder,
    askDateOrder: parsed.askDateOrder,
    trimmed,
    noBreastRows: parsed.rows > 0 && parsed.used.length === 0 && parsed.problems.length === 0,
    days,
    // Counted as the run counts them, so this line and the walkthrough say the same number.
    feedsPerDay: feedsPerDay(
      events.map((e) => ({ kind: e.kind, atSeconds: e.atMinutes * 60 })),
      days * 86_400,
    ),
    loggedVolumeMl: volumes.length > 0 ? Math.round(volumes.reduce((s, v) => s + v, 0)) : null,
  };
}
