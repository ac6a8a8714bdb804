// The presentation style's time axis, in the unit a clinician would say aloud about the stretch on
// screen: minutes from the start of the feed for a beat inside a feed, hours after birth in the
// first days, the time of day (with "day 43" at midnight) in an established day, and days after
// birth over weeks. The print style keeps its run-relative axis (time-axis.ts).
// The app's clock is time after birth with birth at 00:00 of day 0 (as in the timeline's read-out).
import type { EventKind, SimEvent } from '../sim/trace';
import { localNumber, makeSay, type Say } from './chart-words';

export interface NaturalTick {
  /** Model seconds. */
  sec: number;
  label: string;
}

export interface NaturalAxis {
  title: string;
  ticks: NaturalTick[];
}

export interface AxisInput {
  fromSec: number;
  toSec: number;
  /** Postpartum hours at model time 0. */
  startPostpartumHours: number;
  events: readonly SimEvent[];
  /** The moment the stretch is about (a beat's moment): its feed sets minute zero. */
  momentSec?: number | undefined;
  /** At most this many ticks fit the axis without their labels touching. */
  maxTicks: number;
}

const MIN = 60;
const HOUR = 3600;
const DAY = 86_400;
const FEED_STARTS: ReadonlySet<EventKind> = new Set(['latch', 'pumpStart']);
/** A latch within this long of the previous one is the second breast of the same feed. */
const SAME_FEED_SEC = 30 * MIN;

/** How long before a stretch its feed may have begun. */
const FEED_REACH_SEC = HOUR;
/** The stretches that read best in minutes (one feed and what leads up to it). */
const MINUTES_UP_TO = 3 * HOUR;
/** Beyond this the axis counts days. */
const HOURS_UP_TO = 72 * HOUR;
/** The first three days after birth are counted in hours after birth, not by the clock. */
const EARLY_DAYS_SEC = 72 * HOUR;

/** Minus sign, not a hyphen, for times before the origin. */
function signed(v: number): string {
  return v < 0 ? `−${-v}` : String(v);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The start of every feed: the first latch or pump start after a pause. */
export function feedStarts(events: readonly SimEvent[]): number[] {
  const starts: number[] = [];
  let last = -Infinity;
  for (const e of events) {
    if (!FEED_STARTS.has(e.kind)) continue;
    if (e.atSeconds - last > SAME_FEED_SEC) starts.push(e.atSeconds);
    last = e.atSeconds;
  }
  return starts;
}

/**
 * The feed the stretch is about: the last one begun by the moment, else the first one after. A
 * feed begun up to an hour before the stretch counts (a beat on its later ejections).
 */
function feedOf(input: AxisInput): number | null {
  const near = feedStarts(input.events).filter(
    (s) => s >= input.fromSec - FEED_REACH_SEC && s <= input.toSec,
  );
  const moment = input.momentSec ?? input.fromSec;
  const begun = near.filter((s) => s <= moment);
  return begun.at(-1) ?? near.find((s) => s >= input.fromSec) ?? null;
}

/** The smallest step from `steps` that keeps the tick count within `maxTicks`. */
function pickStep(span: number, steps: readonly number[], maxTicks: number): number {
  for (const s of steps) if (span / s + 1 <= maxTicks) return s;
  return steps.at(-1) as number;
}

/** Multiples of `step` (in the axis's own seconds, origin at `origin`) inside [from, to]. */
function multiples(from: number, to: number, origin: number, step: number): number[] {
  const out: number[] = [];
  for (let k = Math.ceil((from - origin) / step); origin + k * step <= to + 1e-6; k++) {
    out.push(origin + k * step);
  }
  return out;
}

export function naturalTimeAxis(input: AxisInput, say: Say = makeSay()): NaturalAxis {
  const { fromSec, toSec, maxTicks } = input;
  const span = toSec - fromSec;
  /** Model seconds of birth (00:00 of day 0). */
  const birth = -input.startPostpartumHours * HOUR;
  const feed = span <= MINUTES_UP_TO ? feedOf(input) : null;

  if (feed !== null) {
    const step = pickStep(
      span,
      [1, 2, 5, 10, 15, 20, 30, 60].map((m) => m * MIN),
      maxTicks,
    );
    // A pumping session is not a feed: a beat on one says so on its axis.
    const pumping = input.events.some((e) => e.kind === 'pumpStart' && e.atSeconds === feed);
    return {
      title: say(
        pumping ? 'Minutes from the start of pumping' : 'Minutes from the start of the feed',
      ),
      ticks: multiples(fromSec, toSec, feed, step).map((sec) => ({
        sec,
        label: signed(Math.round((sec - feed) / MIN)),
      })),
    };
  }

  if (span > HOURS_UP_TO) {
    const step = pickStep(
      span,
      [1, 2, 3, 5, 7, 10, 14, 28, 56].map((d) => d * DAY),
      maxTicks,
    );
    return {
      title: say('Days after birth'),
      ticks: multiples(fromSec, toSec, birth, step).map((sec) => ({
        sec,
        label: say('day {{day}}', { day: Math.round((sec - birth) / DAY) }),
      })),
    };
  }

  const stepsSec = [5, 10, 15, 30, 60, 120, 180, 240, 360, 720, 1440].map((m) => m * MIN);
  const step = pickStep(span, stepsSec, maxTicks);
  const ticks = multiples(fromSec, toSec, birth, step);
  if (fromSec - birth < EARLY_DAYS_SEC) {
    const hours = (sec: number) => Math.round(((sec - birth) / HOUR) * 100) / 100;
    return {
      title: say('Hours after birth'),
      ticks: ticks.map((sec) => ({ sec, label: localNumber(signed(hours(sec)), say) })),
    };
  }
  const day = (sec: number) => Math.floor((sec - birth) / DAY);
  const minuteOfDay = (sec: number) => Math.round((sec - birth) / MIN) % (24 * 60);
  const labelled = ticks.map((sec) => {
    const m = minuteOfDay(sec);
    return {
      sec,
      label:
        m === 0
          ? say('day {{day}}', { day: day(sec) })
          : `${pad(Math.floor(m / 60))}:${pad(m % 60)}`,
    };
  });
  // Ticks only at midnights say days, not times of day.
  const firstDay = day(fromSec);
  const title = labelled.every((t) => minuteOfDay(t.sec) === 0)
    ? say('Days after birth')
    : firstDay === day(toSec)
      ? say('Time of day, day {{day}}', { day: firstDay })
      : say('Time of day');
  return { title, ticks: labelled };
}
