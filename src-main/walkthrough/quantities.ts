// The numbers the parent view and the handout say, each derived in one place from the run and
// rounded in one place, so a screen, a status line and a printed page never disagree: feeds a
// day (breastfeeds only; both breasts of one feed are one feed), milk taken out per 24 h and
// what the body can make at the start and by the end (to 10 mL, as a parent would say it).
// Units: seconds for event times, mL and mL/day for volumes.
import type { Trace } from '../sim/trace';

/** Two latches closer than this are one feed (the second breast of the same feed). */
export const SAME_FEED_SEC = 45 * 60;

/** Rounds a volume the way a parent would say it: to 10 mL. */
export const roundMl = (ml: number): number => Math.round(ml / 10) * 10;

/** Breastfeeds among events (latches; a latch soon after another is the same feed). */
export function countFeeds(events: readonly { kind: string; atSeconds: number }[]): number {
  let feeds = 0;
  let last = -Infinity;
  for (const e of events) {
    if (e.kind !== 'latch') continue;
    if (e.atSeconds - last > SAME_FEED_SEC) feeds += 1;
    last = e.atSeconds;
  }
  return feeds;
}

/** Feeds a day over a run of `durationSec`, as a whole number (at least one day counted). */
export function feedsPerDay(
  events: readonly { kind: string; atSeconds: number }[],
  durationSec: number,
): number {
  return Math.round(countFeeds(events) / Math.max(1, durationSec / 86_400));
}

export interface ParentQuantities {
  feedsPerDay: number;
  removedPer24hMl: number;
  supplyStartMlPerDay: number;
  supplyEndMlPerDay: number;
}

export function parentQuantities(trace: Trace): ParentQuantities {
  return {
    feedsPerDay: feedsPerDay(trace.events, trace.durationSec),
    removedPer24hMl: roundMl(trace.summary.milkRemovedPer24hMl),
    supplyStartMlPerDay: roundMl(trace.summary.supplyStartMlPerDay),
    supplyEndMlPerDay: roundMl(trace.summary.supplyEndMlPerDay),
  };
}
