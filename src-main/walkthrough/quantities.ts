// The numbers the parent view and the handout say, each derived in one place from the run and
// rounded in one place, so a screen, a status line and a printed page never disagree: feeds a
// day (breastfeeds only; both breasts of one feed are one feed), pumping sessions a day, milk
// taken out per 24 h and what the body can make at the start and by the end (to 10 mL, as a
// parent would say it).
// Units: seconds for event times, mL and mL/day for volumes.
import type { Trace } from '../sim/trace';

/** Two latches closer than this are one feed (the second breast of the same feed). */
export const SAME_FEED_SEC = 45 * 60;

/** Rounds a volume the way a parent would say it: to 10 mL. */
export const roundMl = (ml: number): number => Math.round(ml / 10) * 10;

/** When each breastfeed among events starts (latches; a latch soon after another is the same feed). */
function feedStarts(events: readonly { kind: string; atSeconds: number }[]): number[] {
  const starts: number[] = [];
  let last = -Infinity;
  for (const e of events) {
    if (e.kind !== 'latch') continue;
    if (e.atSeconds - last > SAME_FEED_SEC) starts.push(e.atSeconds);
    last = e.atSeconds;
  }
  return starts;
}

/** Breastfeeds among events (latches; a latch soon after another is the same feed). */
export function countFeeds(events: readonly { kind: string; atSeconds: number }[]): number {
  return feedStarts(events).length;
}

/**
 * The most feeds a day Kent et al. 2006 saw in any baby, counted as a family counts them (one
 * feed, one or both breasts, as `countFeeds` does): their 6–18 breastfeeds a day, one breast
 * each, were taken as 4–13 meals a day (Kent 2007).
 * The model's baby feeds more often only when it is short of milk or carries a shortfall, and has
 * no sleep or supplements to stop it, so the count itself is not a number to give a family or a
 * class (README, Validation: "Known limit", I26).
 */
export const MOST_FEEDS_PER_DAY = 13;

/**
 * Feeds on the run's busiest whole day (days counted from the run's start; a run shorter than a
 * day has none, so 0).
 */
export function busiestDayFeeds(
  events: readonly { kind: string; atSeconds: number }[],
  durationSec: number,
): number {
  const days = Math.floor(durationSec / 86_400);
  const perDay = new Array<number>(days).fill(0);
  for (const at of feedStarts(events)) {
    const day = Math.floor(at / 86_400);
    if (day < days) perDay[day] = (perDay[day] ?? 0) + 1;
  }
  return Math.max(0, ...perDay);
}

/** A count over a run of `durationSec` as a whole number a day (at least one day counted). */
const perDay = (count: number, durationSec: number): number =>
  Math.round(count / Math.max(1, durationSec / 86_400));

/** Feeds a day over a run of `durationSec`. */
export function feedsPerDay(
  events: readonly { kind: string; atSeconds: number }[],
  durationSec: number,
): number {
  return perDay(countFeeds(events), durationSec);
}

/** Pumping sessions a day over a run of `durationSec`. */
export function pumpsPerDay(
  events: readonly { kind: string; atSeconds: number }[],
  durationSec: number,
): number {
  return perDay(events.filter((e) => e.kind === 'pumpStart').length, durationSec);
}

export interface ParentQuantities {
  feedsPerDay: number;
  pumpsPerDay: number;
  removedPer24hMl: number;
  supplyStartMlPerDay: number;
  supplyEndMlPerDay: number;
}

export function parentQuantities(trace: Trace): ParentQuantities {
  return {
    feedsPerDay: feedsPerDay(trace.events, trace.durationSec),
    pumpsPerDay: pumpsPerDay(trace.events, trace.durationSec),
    removedPer24hMl: roundMl(trace.summary.milkRemovedPer24hMl),
    supplyStartMlPerDay: roundMl(trace.summary.supplyStartMlPerDay),
    supplyEndMlPerDay: roundMl(trace.summary.supplyEndMlPerDay),
  };
}
