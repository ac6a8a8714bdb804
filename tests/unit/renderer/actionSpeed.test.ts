import { describe, expect, it } from 'vitest';
import type { SimEvent } from '../../../src-main/sim/trace';
import { ACTION_FACTORS, actionSpeed } from '../../../src-renderer/features/timeline/actionSpeed';

// One feed from 1000 s to 2200 s: a second-breast latch inside it, an ejection on both breasts
// (left 1100–1200 s, right 1100–1250 s).
const events: SimEvent[] = [
  { atSeconds: 1000, kind: 'latch', side: 'left' },
  { atSeconds: 1100, kind: 'ejectionStart', side: 'left' },
  { atSeconds: 1100, kind: 'ejectionStart', side: 'right' },
  { atSeconds: 1200, kind: 'ejectionEnd', side: 'left' },
  { atSeconds: 1250, kind: 'ejectionEnd', side: 'right' },
  { atSeconds: 1600, kind: 'latch', side: 'right', detail: 'Second breast' },
  { atSeconds: 2200, kind: 'sessionEnd', side: 'left' },
];
const speed = actionSpeed(events, 10_000);
const { ejection, feed, between } = ACTION_FACTORS;

describe('speed that follows the action', () => {
  it('is close to real time in an ejection, brisk in the rest of a feed, fast between feeds', () => {
    expect(ejection).toBeLessThanOrEqual(2);
    expect(feed).toBeGreaterThan(ejection);
    expect(between).toBeGreaterThan(feed);
    expect(speed.factorAt(500)).toBe(between);
    expect(speed.factorAt(1050)).toBe(feed);
    expect(speed.factorAt(1150)).toBe(ejection);
    // Until the second breast's ejection ends; the second latch does not end the feed.
    expect(speed.factorAt(1240)).toBe(ejection);
    expect(speed.factorAt(1800)).toBe(feed);
    expect(speed.factorAt(2300)).toBe(between);
  });

  it('moves through each stretch at its own speed and never jumps over a feed', () => {
    // 1000 s of gap take 1000/3600 s; the rest of the second goes at the feed's speed.
    const wallToFeed = 1000 / between;
    expect(speed.advance(0, 1)).toBeCloseTo(1000 + (1 - wallToFeed) * feed, 6);
    // Even a long wall step stops inside the ejection it reaches.
    const afterFeedStart = 100 / feed;
    expect(speed.advance(1000, afterFeedStart + 3)).toBeCloseTo(1100 + 3 * ejection, 6);
  });

  it('ends at the end of the run', () => {
    expect(speed.advance(9990, 1)).toBe(10_000);
  });

  it('plays a run without events at the between-feeds speed', () => {
    const none = actionSpeed([], 600);
    expect(none.factorAt(10)).toBe(between);
    expect(none.advance(0, 0.1)).toBeCloseTo(0.1 * between, 6);
    expect(none.advance(0, 1)).toBe(600);
  });
});
