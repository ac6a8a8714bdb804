import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  importFeedLog,
  parseDateTime,
  parseDuration,
  parseFeedLog,
} from '../../../src-main/import/feed-log';
import { parseScenario, type Scenario } from '../../../src-main/sim/scenario';
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

describe('feed-log fields', () => {
  it('reads ISO and US date-times with AM/PM, and refuses impossible dates', () => {
    expect(parseDateTime('2025-03-01 06:30')).toBe(Date.UTC(2025, 2, 1, 6, 30) / 60_000);
    expect(parseDateTime('2025-03-01T18:30:00')).toBe(Date.UTC(2025, 2, 1, 18, 30) / 60_000);
    expect(parseDateTime('3/1/2025 6:30 PM')).toBe(Date.UTC(2025, 2, 1, 18, 30) / 60_000);
    expect(parseDateTime('3/1/2025 12:05 AM')).toBe(Date.UTC(2025, 2, 1, 0, 5) / 60_000);
    expect(parseDateTime('2025-02-30 10:00')).toBeNull();
    expect(parseDateTime('2025-03-01 25:00')).toBeNull();
    expect(parseDateTime('yesterday')).toBeNull();
  });

  it('reads durations as minutes, mm:ss, h:mm:ss and 15m 30s', () => {
    expect(parseDuration('15')).toBe(15);
    expect(parseDuration('12.5 min')).toBe(12.5);
    expect(parseDuration('12:30')).toBe(12.5);
    expect(parseDuration('1:05:00')).toBe(65);
    expect(parseDuration('15m 30s')).toBe(15.5);
    expect(parseDuration('abc')).toBeNull();
    expect(parseDuration('')).toBeNull();
  });
});

describe('parseFeedLog', () => {
  it('accepts a plain Time/Side/Duration log with Both sides and mm:ss durations', () => {
    const log = parseFeedLog(fixture('good-iso.csv'));
    expect(log.problems).toEqual([]);
    expect(log.rows).toBe(16);
    expect(log.used).toHaveLength(16);
    expect(log.used[1]).toMatchObject({ line: 3, side: 'right', durationMin: 12.5, kind: 'latch' });
  });

  it('reads tracker-app columns, keeps pump sessions and leaves bottle feeds out on purpose', () => {
    const log = parseFeedLog(fixture('good-tracker.csv'));
    expect(log.problems).toEqual([]);
    expect(log.ignored).toEqual([
      { line: 5, message: '"Bottle" is not a breastfeed or a pump session' },
    ]);
    expect(log.used.filter((r) => r.kind === 'pump')).toEqual([
      expect.objectContaining({ line: 4, side: 'both', durationMin: 15, volumeMl: 60 }),
    ]);
    expect(log.used).toHaveLength(9);
  });

  it('reports every bad row by line number with what is wrong', () => {
    const log = parseFeedLog(fixture('bad-rows.csv'));
    expect(log.problems.map((p) => p.line)).toEqual([3, 4, 5, 6]);
    expect(log.problems[0]!.message).toBe('side "Middle" must be Left, Right or Both');
    expect(log.problems[1]!.message).toMatch(/^duration "abc"/);
    expect(log.problems[2]!.message).toMatch(/^time "2025-02-30 14:10"/);
    expect(log.problems[3]!.message).toMatch(/^volume "-20"/);
    expect(log.used.map((r) => r.line)).toEqual([2, 7]);
  });

  it('names the missing columns when the header is not a feed log', () => {
    const log = parseFeedLog(fixture('bad-header.csv'));
    expect(log.problems).toHaveLength(1);
    expect(log.problems[0]!.line).toBe(1);
    expect(log.problems[0]!.message).toMatch(/time column.*side column.*duration column/);
  });

  it('reports an empty file and a file with only a header', () => {
    expect(parseFeedLog('').problems).toEqual([{ line: 1, message: 'the file is empty' }]);
    expect(parseFeedLog('Time,Side,Duration\n').problems).toEqual([
      { line: 2, message: 'the file has no feeds' },
    ]);
  });

  it('computes a duration from Date + Start + End columns, across midnight', () => {
    const log = parseFeedLog('Date,Start,End,Breast\n2025-03-01,23:50,00:05,L\n');
    expect(log.problems).toEqual([]);
    expect(log.used[0]!.durationMin).toBe(15);
  });
});

describe('importFeedLog', () => {
  const base = builtin('typical-feed-6-weeks');

  it('turns a good log into a valid explicit scenario that simulates', () => {
    const r = importFeedLog(base, fixture('good-iso.csv'), false);
    expect(r.problems).toEqual([]);
    expect(r.days).toBe(2);
    expect(r.feedsPerDay).toBe(8);
    const parsed = parseScenario(r.scenario);
    expect(parsed.ok).toBe(true);
    const s = r.scenario!;
    expect(s.feeding.plan).toBe('explicit');
    expect(s.durationHours).toBe(48);
    expect(s.mother).toEqual(base.mother);
    // "Both" becomes left then right, each half the time.
    expect(s.feeding.events!.slice(2, 4)).toEqual([
      { atMinutes: 330, kind: 'latch', side: 'left', durationMinutes: 10 },
      { atMinutes: 340, kind: 'latch', side: 'right', durationMinutes: 10 },
    ]);
    const trace = simulate(s, { resolutionSec: 60 });
    expect(trace.events.filter((e) => e.kind === 'latch').length).toBe(18);
  });

  it('returns no scenario for a file with errors unless bad rows are skipped', () => {
    const strict = importFeedLog(base, fixture('bad-rows.csv'), false);
    expect(strict.scenario).toBeNull();
    expect(strict.problems).toHaveLength(4);
    const skipped = importFeedLog(base, fixture('bad-rows.csv'), true);
    expect(skipped.scenario?.feeding.events).toHaveLength(2);
    expect(skipped.usedRows).toBe(2);
  });

  it('sums the logged volumes', () => {
    expect(importFeedLog(base, fixture('good-tracker.csv'), false).loggedVolumeMl).toBe(60);
  });
});
