// The simulation view's note on feed counts rests on the busiest whole day of a run, counted as a
// family counts feeds (both breasts of one feed are one feed).
import { describe, expect, it } from 'vitest';
import { busiestDayFeeds, MOST_FEEDS_PER_DAY } from '../../../src-main/walkthrough/quantities';
import { builtinScenario, cachedRun } from '../../fixtures/model-runs';

const latch = (atSeconds: number) => ({ kind: 'latch', atSeconds });
const DAY = 86_400;

describe('busiestDayFeeds', () => {
  it('counts the second breast of a feed once and takes the busiest whole day', () => {
    const events = [
      latch(3_600),
      latch(3_600 + 20 * 60), // the second breast of the same feed
      latch(5 * 3_600),
      { kind: 'sessionEnd', atSeconds: 6 * 3_600 },
      latch(DAY + 3_600),
      latch(DAY + 4 * 3_600),
      latch(DAY + 8 * 3_600),
    ];
    expect(busiestDayFeeds(events, 2 * DAY)).toBe(3);
  });

  it('leaves out a day the run does not complete, and a run shorter than a day has none', () => {
    const events = [latch(3_600), latch(DAY + 3_600), latch(DAY + 4 * 3_600)];
    expect(busiestDayFeeds(events, 1.5 * DAY)).toBe(1);
    expect(busiestDayFeeds(events, 0.5 * DAY)).toBe(0);
  });

  it('is past the most any baby was counted in the built-in Sheehan case, not in the typical one', () => {
    const sheehan = cachedRun(builtinScenario('sheehan-syndrome')).trace;
    expect(busiestDayFeeds(sheehan.events, sheehan.durationSec)).toBeGreaterThan(
      MOST_FEEDS_PER_DAY,
    );
    const typical = cachedRun(builtinScenario('progestin-only-6-weeks')).trace;
    expect(busiestDayFeeds(typical.events, typical.durationSec)).toBeLessThanOrEqual(
      MOST_FEEDS_PER_DAY,
    );
  });
});
