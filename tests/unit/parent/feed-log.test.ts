import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDelimited } from '../../../src-main/import/delimited';
import { decideDateOrder, readDateTime } from '../../../src-main/import/feed-log-dates';
import { importFeedLog, parseFeedLog } from '../../../src-main/import/feed-log';
import {
  durationClock,
  parseDuration,
  parseSide,
  parseVolume,
} from '../../../src-main/import/feed-log-values';
import { parseScenario, SCENARIO_LIMITS, type Scenario } from '../../../src-main/sim/scenario';
import { simulate } from '../../../src-main/sim/index';

const root = join(import.meta.dirname, '..', '..', '..');
const fixture = (name: string) =>
  readFileSync(join(root, 'tests', 'fixtures', 'feed-logs', name), 'utf8');
const builtin = (slug: string): Scenario => {
  const r = parseScenario(
    JSON.parse(readFileSync(join(root, 'resources', 'scenarios', `${slug}.json`), 'utf8')),
  );
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const base = builtin('typical-feed-6-weeks');
/** A row as "line kind sides" for compact expectations: "9 latch R12 L10". */
const brief = (log: ReturnType<typeof parseFeedLog>) =>
  log.used.map(
    (r) =>
      `${r.line} ${r.kind} ${r.sides
        .map(
          (s) =>
            `${s.side === 'both' ? 'B' : s.side[0]!.toUpperCase()}${Math.round(s.minutes * 10) / 10}`,
        )
        .join(' ')}`,
  );

describe('reading the cells', () => {
  it('counts lines as an editor does: quoted line breaks, CRLF, lone CR, sep= and blank lines', () => {
    const text = 'sep=;\r\nA;B\r\n"x\r\ny";1\r\r\n2;"say ""hi"""\r3;4';
    const { delimiter, records } = readDelimited(text);
    expect(delimiter).toBe(';');
    expect(records).toEqual([
      { line: 2, cells: ['A', 'B'] },
      { line: 3, cells: ['x\r\ny', '1'] },
      { line: 6, cells: ['2', 'say "hi"'] },
      { line: 7, cells: ['3', '4'] },
    ]);
    expect(readDelimited('a\tb\tc\n1\t2\t3').delimiter).toBe('\t');
  });

  it('reads durations as minutes, decimal commas, h:mm:ss and a:b by the column', () => {
    expect(parseDuration('15', 'ms')).toBe(15);
    expect(parseDuration('12,5 min', 'ms')).toBe(12.5);
    expect(parseDuration('12:30', 'ms')).toBe(12.5);
    expect(parseDuration('0:09', 'hm')).toBe(9);
    expect(parseDuration('1:05:00', 'ms')).toBe(65);
    expect(parseDuration('15m 30s', 'ms')).toBe(15.5);
    expect(parseDuration('abc', 'ms')).toBeNull();
    const plausible = (m: number) => m >= 1 && m <= 240;
    // "0:30" in a column of feeds is half an hour, not 30 seconds; "12:30" is 12.5 minutes.
    expect(durationClock(['0:30', '0:15', '0:20'], plausible)).toBe('hm');
    expect(durationClock(['12:30', '9:45', '15:00'], plausible)).toBe('ms');
  });

  it('reads amounts in mL or ounces and sides in English and Spanish', () => {
    expect(parseVolume('60', 'ml')).toBe(60);
    expect(parseVolume('60,5 ml', 'ml')).toBe(60.5);
    expect(parseVolume('2 oz', 'ml')).toBeCloseTo(59.15, 2);
    expect(parseVolume('2', 'oz')).toBeCloseTo(59.15, 2);
    expect(parseVolume('-20', 'ml')).toBeNull();
    expect(['Izquierdo', 'izquierda', 'Derecha', 'Ambos', 'both breasts'].map(parseSide)).toEqual([
      'left',
      'left',
      'right',
      'both',
      'both',
    ]);
  });

  it('decides day/month from the data, and says when the data cannot tell', () => {
    const order = (...texts: string[]) => decideDateOrder(texts.map((t) => readDateTime(t)!));
    expect(order('01/03/2025 06:00', '13/03/2025 06:00')).toBe('dayFirst');
    expect(order('3/1/2025 6:00 PM', '3/14/2025 6:00 PM')).toBe('monthFirst');
    // Consecutive rows a day apart read day first, a month apart month first.
    expect(order('01/03/2025 06:00', '02/03/2025 06:00', '03/03/2025 06:00')).toBe('dayFirst');
    expect(order('05/03/2025 06:00', '05/03/2025 09:00')).toBeNull();
    expect(readDateTime('01/03/2025 6:05 p. m.')?.minuteOfDay).toBe(18 * 60 + 5);
    expect(readDateTime('6/2/25, 00:57')).toMatchObject({ year: 2025, a: 6, b: 2 });
  });
});

describe('the exports of tracker apps, as families produce them', () => {
  it('Huckleberry: sides as "00:05R", h:mm durations, pumps per side, bottles and nappies out', () => {
    const log = parseFeedLog(fixture('huckleberry.csv'));
    expect(log.format).toBe('huckleberry');
    expect(log.problems).toEqual([]);
    // Newest first in the file; the quoted note over two lines puts the last feed on line 11.
    expect(brief(log)).toEqual([
      '11 latch L11 R9',
      '9 latch R12 L10',
      '8 latch L15',
      '5 latch R5 L3',
      '4 pump B15',
      '2 latch L10 R8',
    ]);
    expect(log.used.find((r) => r.kind === 'pump')?.volumeMl).toBe(115);
    expect(log.ignored.map((p) => [p.line, p.code])).toEqual([
      [3, 'other'],
      [6, 'bottle'],
      [7, 'other'],
    ]);
  });

  it('Baby Tracker nursing: "6/14/25, 00:57" read month first from the data, minutes per side', () => {
    const log = parseFeedLog(fixture('baby-tracker-nursing.csv'));
    expect(log.format).toBe('babyTrackerNursing');
    expect(log.problems).toEqual([]);
    expect(log.dateOrder).toMatchObject({ order: 'monthFirst', decidedBy: 'data' });
    expect(brief(log).slice(0, 3)).toEqual(['9 latch R10 L11', '8 latch L13', '7 latch R9 L8']);
    expect(log.used).toHaveLength(8);
  });

  it('Baby Tracker pump: amounts in ounces, the start side first', () => {
    const log = parseFeedLog(fixture('baby-tracker-pump.csv'));
    expect(log.format).toBe('babyTrackerPump');
    expect(brief(log)).toEqual(['4 pump L11 R11', '3 pump R12', '2 pump L10 R10']);
    expect(log.used[0]!.volumeMl).toBeCloseTo(4 * 29.5735, 3);
  });

  it('Baby Connect: sides only in the Text column, expressed milk as a pump session', () => {
    const log = parseFeedLog(fixture('baby-connect.csv'));
    expect(log.format).toBe('babyConnect');
    expect(log.problems).toEqual([]);
    expect(brief(log)).toEqual([
      '8 latch R10 L12',
      '7 latch L12',
      '5 latch L11 R9',
      '4 pump B15',
      '2 latch R14 L17',
    ]);
    expect(log.ignored.map((p) => p.code)).toEqual(['other', 'bottle']);
  });

  it('Baby Buddy: its export header, method words, "breast milk" by bottle left out, a feed across the clock change', () => {
    // The export of Baby Buddy's admin (id, the child's id and names, then the feeding's fields),
    // newest first, with CRLF line ends; a quoted note and quoted tags keep to their own cells.
    const log = parseFeedLog(fixture('baby-buddy-feeding.csv'));
    expect(log.format).toBe('babyBuddy');
    expect(log.problems).toEqual([]);
    expect(brief(log)).toEqual([
      '8 latch R16',
      '6 latch L16',
      '5 latch R15',
      '3 latch L14',
      '2 latch L9 R9',
    ]);
    expect(log.ignored.map((p) => [p.line, p.code, p.values?.['text']])).toEqual([
      [4, 'bottle', 'breast milk · bottle'],
      [7, 'bottle', 'formula · bottle'],
    ]);
    // 01:50 to 03:05 on the night the clocks went forward is a 15-min feed, and it says so.
    expect(log.notices).toEqual([
      expect.objectContaining({ line: 5, code: 'clockChange', values: { minutes: 15 } }),
    ]);
  });
});

describe('plain tables in other locales', () => {
  it('Spanish headers and words, semicolons, decimal commas, day-first dates, minutes per side', () => {
    const log = parseFeedLog(fixture('tabla-es.csv'));
    expect(log.format).toBe('table');
    expect(log.problems).toEqual([]);
    expect(log.dateOrder).toMatchObject({
      order: 'dayFirst',
      example: { text: '01/03/2025 6:05', year: 2025, month: 3, day: 1 },
    });
    expect(brief(log)).toEqual([
      '2 latch L12.5 R8',
      '3 latch R14',
      '4 pump L10 R10',
      '6 latch R9.5 L7',
      '7 latch L11',
      '8 latch L9 R9',
    ]);
    expect(log.used[2]!.volumeMl).toBe(60.5);
    expect(log.ignored).toEqual([expect.objectContaining({ line: 5, code: 'bottle' })]);
    // 13 March is twelve days after 1 March, not a month read the other way round.
    expect(log.used[4]!.atMin - log.used[0]!.atMin).toBe(12 * 1440 + 25);
    // Nothing logged from 1 March 15:00 to 13 March 6:30: said, and the rows kept as they are.
    expect(log.notices).toEqual([
      expect.objectContaining({ line: 7, code: 'gap', values: { days: 12 } }),
    ]);
  });

  it('says nothing of gaps in a log whose feeds are at most a day apart', () => {
    for (const name of ['huckleberry.csv', 'good-iso.csv', 'tab-ounces.tsv']) {
      expect(
        parseFeedLog(fixture(name)).notices.filter((n) => n.code === 'gap'),
        name,
      ).toEqual([]);
    }
  });

  it('tabs, ounces, 12-hour times and "0:30" as half an hour', () => {
    const log = parseFeedLog(fixture('tab-ounces.tsv'));
    expect(log.problems).toEqual([]);
    expect(brief(log)).toEqual([
      '2 latch L15 R15',
      '3 pump B15',
      '4 latch L20',
      '6 latch R25',
      '7 latch L18',
    ]);
    expect(log.used[1]!.volumeMl).toBeCloseTo(2.5 * 29.5735, 3);
    expect(log.used[4]!.atMin % 1440).toBe(23 * 60 + 55);
  });

  it('both clock changes of a year: forward gains an hour, back loses one', () => {
    const log = parseFeedLog(fixture('clock-changes.csv'));
    expect(log.problems).toEqual([]);
    expect(brief(log)).toEqual(['2 latch L15', '3 latch R20', '4 latch R15', '5 latch L14']);
    expect(log.notices.map((n) => [n.line, n.code])).toEqual([
      [2, 'clockChange'],
      [4, 'clockChange'],
      // March to November with nothing between: a gap, said at the first row after it.
      [4, 'gap'],
    ]);
  });

  it('asks once when the dates cannot tell, and reads them as answered', () => {
    const asked = importFeedLog(base, fixture('ask-dates.csv'), { skipBadRows: false });
    expect(asked.askDateOrder).toBe('05/03/2025 06:00');
    expect(asked.scenario).toBeNull();
    const answered = importFeedLog(base, fixture('ask-dates.csv'), {
      skipBadRows: false,
      dateOrder: 'dayFirst',
    });
    expect(answered.askDateOrder).toBeNull();
    expect(answered.dateOrder).toMatchObject({
      order: 'dayFirst',
      decidedBy: 'choice',
      example: { day: 5, month: 3 },
    });
    expect(answered.scenario?.feeding.events).toHaveLength(3);
  });
});

describe('checking rows', () => {
  it('reports every bad row by line number with what is wrong', () => {
    const log = parseFeedLog(fixture('bad-rows.csv'));
    expect(log.problems.map((p) => [p.line, p.code])).toEqual([
      [3, 'side'],
      [4, 'duration'],
      [5, 'notADate'],
      [6, 'volume'],
    ]);
    expect(log.problems[0]!.message).toBe('side "Middle" must be left, right or both');
    expect(log.used.map((r) => r.line)).toEqual([2, 7]);
  });

  it('counts the line of a bad row after a note that spans two lines', () => {
    const log = parseFeedLog(fixture('bad-lines.csv'));
    expect(log.problems).toEqual([
      {
        line: 4,
        code: 'side',
        values: { text: 'Rihgt' },
        message: 'side "Rihgt" must be left, right or both',
      },
    ]);
  });

  it('refuses garbage, a binary file and an empty one at line 1, naming what is missing', () => {
    expect(parseFeedLog(fixture('garbage.csv')).problems).toEqual([
      expect.objectContaining({
        line: 1,
        code: 'header',
        values: { missing: 'time, side, duration' },
      }),
    ]);
    expect(parseFeedLog(fixture('not-text.csv')).problems[0]).toMatchObject({
      line: 1,
      code: 'notText',
    });
    expect(parseFeedLog('').problems[0]).toMatchObject({ line: 1, code: 'empty' });
    expect(parseFeedLog('Time,Side,Duration\n').problems[0]).toMatchObject({
      line: 2,
      code: 'noRows',
    });
  });

  it('computes a duration from Date + Start + End columns, across midnight', () => {
    const log = parseFeedLog('Date,Start,End,Breast\n2025-03-01,23:50,00:05,L\n');
    expect(log.problems).toEqual([]);
    expect(log.used[0]!.sides).toEqual([{ side: 'left', minutes: 15 }]);
  });
});

describe('importFeedLog', () => {
  it('turns a good log into a valid explicit scenario that simulates', () => {
    const r = importFeedLog(base, fixture('good-iso.csv'), { skipBadRows: false });
    expect(r.problems).toEqual([]);
    expect(r.days).toBe(2);
    expect(r.feedsPerDay).toBe(8);
    expect(parseScenario(r.scenario).ok).toBe(true);
    const s = r.scenario!;
    expect(s.feeding.plan).toBe('explicit');
    expect(s.durationHours).toBe(48);
    expect(s.mother).toEqual(base.mother);
    // "Both" without minutes per side becomes left then right, each half the time.
    expect(s.feeding.events!.slice(2, 4)).toEqual([
      { atMinutes: 330, kind: 'latch', side: 'left', durationMinutes: 10 },
      { atMinutes: 340, kind: 'latch', side: 'right', durationMinutes: 10 },
    ]);
    const trace = simulate(s, { resolutionSec: 60 });
    expect(trace.events.filter((e) => e.kind === 'latch').length).toBe(18);
  });

  it('every tracker fixture gives a scenario the model accepts', () => {
    for (const name of [
      'huckleberry.csv',
      'baby-tracker-nursing.csv',
      'baby-tracker-pump.csv',
      'baby-connect.csv',
      'baby-buddy-feeding.csv',
      'tabla-es.csv',
      'tab-ounces.tsv',
    ]) {
      const r = importFeedLog(base, fixture(name), { skipBadRows: false });
      expect(parseScenario(r.scenario).ok, name).toBe(true);
    }
  });

  it('returns no scenario for a file with errors unless bad rows are skipped', () => {
    const strict = importFeedLog(base, fixture('bad-rows.csv'), { skipBadRows: false });
    expect(strict.scenario).toBeNull();
    expect(strict.usedRows).toBe(2);
    const skipped = importFeedLog(base, fixture('bad-rows.csv'), { skipBadRows: true });
    expect(skipped.scenario?.feeding.events).toHaveLength(2);
  });

  it('says so when a log has no breastfeed or pump row', () => {
    const r = importFeedLog(base, fixture('bottle-only.csv'), { skipBadRows: false });
    expect(r.noBreastRows).toBe(true);
    expect(r.scenario).toBeNull();
    expect(r.ignored).toHaveLength(2);
  });

  it('keeps the latest part of a log longer than the model runs, and says what was left out', () => {
    const maxDays = SCENARIO_LIMITS.atMinutes.max / 1440;
    const days = Math.ceil(maxDays) + 40;
    const rows = ['Time,Side,Duration'];
    for (let d = 0; d < days; d++) {
      const date = new Date(Date.UTC(2023, 0, 1 + d)).toISOString().slice(0, 10);
      for (const h of ['02', '08', '14', '20']) rows.push(`${date} ${h}:00,Left,15`);
    }
    const r = importFeedLog(base, rows.join('\n'), { skipBadRows: false });
    expect(r.trimmed).not.toBeNull();
    expect(r.usedRows + r.trimmed!.rows).toBe(days * 4);
    const events = r.scenario!.feeding.events!;
    expect(parseScenario(r.scenario).ok).toBe(true);
    expect(events[events.length - 1]!.atMinutes).toBeLessThanOrEqual(SCENARIO_LIMITS.atMinutes.max);
    // What is kept ends with the log's last day.
    const lastDay = new Date(Date.UTC(2023, 0, days)).toISOString().slice(0, 10);
    const firstKeptMs = Date.parse(r.trimmed!.firstKept);
    expect((Date.parse(lastDay) - firstKeptMs) / 86_400_000 + 1).toBe(r.trimmed!.days);
  });
});
