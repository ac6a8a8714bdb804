// A family's feeding pattern as a scenario, and the "what if" alternatives shown beside it. Each
// alternative is the same mother and baby over the same days with one change to the plan, written
// as explicit sessions so both runs differ only in that change. Units: minutes for feeding
// events, hours for the scenario clock, mL/day for supply.
import type { FeedingPattern } from '../contract/parent';
import { SCENARIO_LIMITS, type FeedingEvent, type Scenario } from '../sim/scenario';
import type { Trace } from '../sim/trace';
import { feedsPerDay, pumpsPerDay, roundMl } from './quantities';

export const WHAT_IFS = ['moreFeeds', 'pumpAfterFeeds', 'blockFeeding'] as const;
export type WhatIf = (typeof WHAT_IFS)[number];

/**
 * The what-ifs that mean something for this pattern: with no feeds there is nothing to pump after
 * and no breast to keep for a block (block feeding would only stop her pumping).
 */
export function whatIfsFor(pattern: FeedingPattern | null): readonly WhatIf[] {
  return pattern !== null && pattern.feedsPerDay === 0 ? ['moreFeeds'] : WHAT_IFS;
}

/** Days each what-if runs: long enough for supply to follow removal (model.md, days). */
export const WHAT_IF_DAYS = 7;
/** Extra feeds a day in "more frequent feeds". */
const EXTRA_FEEDS = 3;
/** A pump session after a feed: both breasts, this long. */
const PUMP_MINUTES = 15;
/** Block feeding keeps one side for this long (evidence.md: practice-based, ~4 h). */
const BLOCK_HOURS = 4;

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** The pattern the case's run shows: feeds and pump sessions a day, sides, minutes per breast. */
export function patternOf(scenario: Scenario, trace: Trace): FeedingPattern {
  const explicit = (scenario.feeding.events ?? []).filter((e) => e.kind === 'latch');
  const minutes =
    scenario.feeding.minutesPerBreast ??
    (explicit.length > 0
      ? explicit.reduce((s, e) => s + e.durationMinutes, 0) / explicit.length
      : 15);
  return {
    feedsPerDay: clamp(feedsPerDay(trace.events, trace.durationSec), 0, 16),
    sides: scenario.feeding.pattern === 'bothSides' ? 'both' : 'one',
    minutesPerBreast: clamp(Math.round(minutes), 1, 60),
    pumpsPerDay: clamp(pumpsPerDay(trace.events, trace.durationSec), 0, 16),
  };
}

/** The what-if's pattern and whether its sides follow 4-hour blocks. */
export function applyWhatIf(
  pattern: FeedingPattern,
  whatIf: WhatIf,
): { pattern: FeedingPattern; block: boolean } {
  switch (whatIf) {
    case 'moreFeeds':
      return {
        pattern: { ...pattern, feedsPerDay: Math.min(16, pattern.feedsPerDay + EXTRA_FEEDS) },
        block: false,
      };
    case 'pumpAfterFeeds':
      // Sessions beyond the feeds already follow every feed: none is taken away.
      return {
        pattern: { ...pattern, pumpsPerDay: Math.max(pattern.pumpsPerDay, pattern.feedsPerDay) },
        block: false,
      };
    case 'blockFeeding':
      return { pattern: { ...pattern, sides: 'one', pumpsPerDay: 0 }, block: true };
  }
}

/** The scenario with its plan replaced by the pattern, as explicit sessions over `days` days. */
export function scenarioForPattern(
  scenario: Scenario,
  pattern: FeedingPattern,
  options: { days?: number; block?: boolean; name?: string } = {},
): Scenario {
  const days = options.days ?? WHAT_IF_DAYS;
  const intervalMin = (24 * 60) / pattern.feedsPerDay;
  const events: FeedingEvent[] = [];
  const pump = (atMinutes: number) =>
    events.push({ atMinutes, kind: 'pump', side: 'both', durationMinutes: PUMP_MINUTES });
  let side: 'left' | 'right' = 'left';
  for (let day = 0; day < days; day++) {
    /** When each of the day's feeds (and the pump after it) ends, and the next one starts. */
    const gaps: [number, number][] = [];
    for (let i = 0; i < pattern.feedsPerDay; i++) {
      const at = Math.round(day * 24 * 60 + i * intervalMin);
      const m = pattern.minutesPerBreast;
      if (options.block) side = Math.floor(at / (BLOCK_HOURS * 60)) % 2 === 0 ? 'left' : 'right';
      events.push({ atMinutes: at, kind: 'latch', side, durationMinutes: m });
      let end = at + m;
      if (pattern.sides === 'both') {
        const other = side === 'left' ? 'right' : 'left';
        events.push({ atMinutes: end, kind: 'latch', side: other, durationMinutes: m });
        end += m;
      }
      if (!options.block) side = side === 'left' ? 'right' : 'left';
      // Pumps follow the first feeds of the day, spread out when fewer than the feeds.
      const pumpEvery = pattern.pumpsPerDay > 0 ? pattern.feedsPerDay / pattern.pumpsPerDay : 0;
      if (pumpEvery > 0 && i % pumpEvery < 1 && i / pumpEvery < pattern.pumpsPerDay) {
        pump(end + 1);
        end += 1 + PUMP_MINUTES;
      }
      gaps.push([end, Math.round(day * 24 * 60 + (i + 1) * intervalMin)]);
    }
    // More pump sessions than feeds (or pumping alone): the rest spread evenly over the gaps
    // between feeds, or over the day.
    const extra = pattern.pumpsPerDay - pattern.feedsPerDay;
    if (gaps.length === 0) gaps.push([day * 24 * 60, (day + 1) * 24 * 60]);
    for (let k = 0; k < extra; k++) {
      const j = k % gaps.length;
      const inGap = Math.floor(extra / gaps.length) + (j < extra % gaps.length ? 1 : 0);
      const [from, to] = gaps[j] as [number, number];
      const q = Math.floor(k / gaps.length);
      // Pumping alone, the day's first session opens the day; between feeds, none touches a feed.
      const share = pattern.feedsPerDay === 0 ? q / inGap : (q + 1) / (inGap + 1);
      pump(Math.round(from + (to - from) * share));
    }
  }
  events.sort((a, b) => a.atMinutes - b.atMinutes);
  return {
    ...scenario,
    name: (options.name ?? scenario.name).slice(0, 200),
    durationHours: Math.min(SCENARIO_LIMITS.durationHours.max, days * 24),
    feeding: explicitPlan(scenario.feeding, events),
  };
}

export interface WhatIfDifference {
  /** Supply at the end of each run, mL/day, rounded to 10. */
  baseSupply: number;
  altSupply: number;
  /** alt − base, rounded to 10 mL/day. */
  supplyChange: number;
  days: number;
}

/** How much the what-if changes supply by the end of the run, in the words' units. */
export function whatIfDifference(base: Trace, alt: Trace): WhatIfDifference {
  return {
    baseSupply: roundMl(base.summary.supplyEndMlPerDay),
    altSupply: roundMl(alt.summary.supplyEndMlPerDay),
    supplyChange: roundMl(alt.summary.supplyEndMlPerDay - base.summary.supplyEndMlPerDay),
    days: Math.round(base.durationSec / 86_400),
  };
}

/** A feeding plan of exactly these sessions; only the seed of the old plan still means anything. */
export function explicitPlan(
  feeding: Scenario['feeding'],
  events: FeedingEvent[],
): Scenario['feeding'] {
  return {
    plan: 'explicit',
    events,
    ...(feeding.seed === undefined ? {} : { seed: feeding.seed }),
  };
}
