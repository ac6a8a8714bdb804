import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario, simulate, type Scenario } from '../../../src-main/sim/index';
import { repoRoot } from '../../fixtures/charts/fixture';

const doc = JSON.parse(
  readFileSync(join(repoRoot, 'resources/scenarios/typical-feed-6-weeks.json'), 'utf8'),
) as Scenario;

function withChanges(changes: unknown): ReturnType<typeof parseScenario> {
  return parseScenario({ ...doc, feeding: { ...doc.feeding, changes } });
}

function run(changes: unknown[]) {
  const parsed = withChanges(changes);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const trace = simulate(parsed.value);
  // First latch of each feed (a second-breast latch carries a detail).
  const feeds = trace.events.filter((e) => e.kind === 'latch' && e.detail === undefined);
  return { trace, feeds, pumps: trace.events.filter((e) => e.kind === 'pumpStart') };
}

const SIX_H = 6 * 3600;

describe('feeding.changes: the plan changed from a moment on', () => {
  const base = run([]);

  it('leaves the run before the change exactly as without it', () => {
    for (const changes of [
      [{ atMinutes: 360, pattern: 'block', blockHours: 4 }],
      [{ atMinutes: 360, pumpAfterFeedsMinutes: 10 }],
      [{ atMinutes: 360, noFeedsForHours: 6 }],
    ]) {
      const before = (t: { atSeconds: number }) => t.atSeconds < SIX_H;
      expect(run(changes).trace.events.filter(before)).toEqual(base.trace.events.filter(before));
    }
  });

  it('block feeding from 6 h: every later feed starts on the side of its 4-hour block', () => {
    const { feeds } = run([{ atMinutes: 360, pattern: 'block', blockHours: 4 }]);
    const later = feeds.filter((e) => e.atSeconds >= SIX_H);
    expect(later.length).toBeGreaterThan(4);
    for (const e of later) {
      expect(e.side).toBe(Math.floor(e.atSeconds / (4 * 3600)) % 2 === 0 ? 'left' : 'right');
    }
    // Block feeding keeps to one breast: no second-breast latch after the change.
    const secondBreast = run([{ atMinutes: 360, pattern: 'block', blockHours: 4 }]).trace.events;
    expect(
      secondBreast.filter((e) => e.detail === 'Second breast' && e.atSeconds >= SIX_H),
    ).toEqual([]);
  });

  it('pumping after every feed from 6 h: a double pump session follows each later breastfeed', () => {
    const { trace, feeds, pumps } = run([{ atMinutes: 360, pumpAfterFeedsMinutes: 10 }]);
    expect(base.pumps).toHaveLength(0);
    const ends = trace.events.filter((e) => e.kind === 'sessionEnd');
    const laterFeeds = feeds.filter((e) => e.atSeconds >= SIX_H);
    // Feeds that end before the run does are each followed by a pump session at their end.
    expect(pumps.length).toBeGreaterThanOrEqual(laterFeeds.length - 1);
    for (const p of pumps) {
      expect(p.atSeconds).toBeGreaterThanOrEqual(SIX_H);
      expect(ends.some((e) => Math.abs(e.atSeconds - p.atSeconds) < 1e-6)).toBe(true);
    }
    expect(trace.summary.milkRemovedMl!).toBeGreaterThan(base.trace.summary.milkRemovedMl!);
  });

  it('no feeds for 6 h from 6 h on (a missed night feed), then feeding resumes', () => {
    const { feeds, trace } = run([{ atMinutes: 360, noFeedsForHours: 6 }]);
    expect(feeds.filter((e) => e.atSeconds >= SIX_H && e.atSeconds < 2 * SIX_H)).toEqual([]);
    expect(base.feeds.filter((e) => e.atSeconds >= SIX_H && e.atSeconds < 2 * SIX_H).length).toBe(
      2,
    );
    expect(feeds.some((e) => e.atSeconds >= 2 * SIX_H)).toBe(true);
    expect(trace.summary.feeds).toBeLessThan(base.trace.summary.feeds!);
  });

  it('misses scheduled feeds in a feed-free stretch instead of moving them', () => {
    const scheduled = { ...doc, feeding: { plan: 'scheduled', intervalHours: 3 } };
    const feedsOf = (changes?: unknown[]) => {
      const p = parseScenario({ ...scheduled, feeding: { ...scheduled.feeding, changes } });
      if (!p.ok) throw new Error(p.error.message);
      return simulate(p.value)
        .events.filter((e) => e.kind === 'latch' && e.detail === undefined)
        .map((e) => e.atSeconds / 3600);
    };
    const all = feedsOf();
    const skipped = feedsOf([{ atMinutes: 300, noFeedsForHours: 5 }]);
    expect(all.filter((h) => h >= 5 && h < 10).length).toBeGreaterThan(0);
    expect(skipped.filter((h) => h >= 5 && h < 10)).toEqual([]);
    expect(skipped.filter((h) => h >= 10)).toEqual(all.filter((h) => h >= 10));
  });

  it('refuses a change that changes nothing, an out-of-range value and unknown keys', () => {
    const cases: [unknown, RegExp][] = [
      [[{ atMinutes: 5 }], /feeding\.changes\[0\]: must change something/],
      [[{ atMinutes: 5, noFeedsForHours: 30 }], /noFeedsForHours: must be between 0\.5 and 12 h/],
      [[{ atMinutes: 5, pumpAfterFeedsMinutes: -1 }], /pumpAfterFeedsMinutes: must be between 0/],
      [[{ atMinutes: 5, pattern: 'sideways' }], /pattern: must be one of/],
      [[{ atMinutes: 5, pattern: 'block', extra: 1 }], /feeding\.changes\[0\]/],
      ['block', /feeding\.changes: must be an array of plan changes/],
    ];
    for (const [changes, message] of cases) {
      const r = withChanges(changes);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).toMatch(message);
    }
  });
});
