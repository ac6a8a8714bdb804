// Per-session bookkeeping and the run summary of scenario-format.md.
// Units: seconds, mL, ng/mL, g/L; summary fields carry their unit in the name.
import type { EngineConfig } from './config';
import type { ChannelName, Side, Summary, Trace } from './trace';

export class SessionStats {
  endSec: number | null = null;
  prlPeak: number;
  prlPeakSec: number;
  firstEjectionSec: number | null = null;
  ejections = 0;
  /** Breasts fed one after the other in this session (a second breast counts as a second
   * breastfeed, as in Kent 2006 and Ramsay 2004); simultaneous double pumping counts once. */
  breastfeeds = 1;
  available: Record<Side, number | null> = { left: null, right: null };
  removed: Record<Side, number> = { left: 0, right: 0 };
  fatStart: number | null = null;
  /** The fat of the session's last removal, set when it ends (from #lastFat). */
  fatEnd: number | null = null;
  /**
   * The fat of the latest removal, noted at every step of a feed. A number-only field: a fraction
   * stored in a field that may also hold null is boxed anew at each store, which cost a tenth of
   * a long run. Private (#), so the stats read and serialise as before.
   */
  #lastFat = 0;
  endStored: Record<Side, number> = { left: 0, right: 0 };

  constructor(
    readonly startSec: number,
    readonly prlStart: number,
    readonly kind: 'latch' | 'pump',
  ) {
    this.prlPeak = prlStart;
    this.prlPeakSec = startSec;
  }

  noteAvailable(side: Side, ml: number | null): void {
    if (ml !== null && this.available[side] === null) this.available[side] = ml;
  }

  noteRemoval(side: Side, ml: number, fat: number): void {
    if (side === 'left') this.removed.left += ml;
    else this.removed.right += ml;
    if (this.fatStart === null) this.fatStart = fat;
    this.#lastFat = fat;
  }

  noteEjection(t: number): void {
    this.ejections++;
    if (this.firstEjectionSec === null) this.firstEjectionSec = t;
  }

  notePrl(t: number, prl: number): void {
    if (prl > this.prlPeak) {
      this.prlPeak = prl;
      this.prlPeakSec = t;
    }
  }

  end(t: number, left: number, right: number): void {
    this.endSec = t;
    this.endStored = { left, right };
    if (this.fatStart !== null) this.fatEnd = this.#lastFat;
  }

  get removedTotal(): number {
    return this.removed.left + this.removed.right;
  }
}

export interface BreastBalance {
  synthesizedMl: number;
  removedMl: number;
  /** Volume-weighted fat of the milk removed from this breast; null when none was. */
  fatGPerL: number | null;
  initialMl: number;
  finalMl: number;
  capacityMl: number;
  supplyMlPerDay: number;
}

/** What validation and tests read beyond the trace: per-session statistics and milk balances. */
export interface Diagnostics {
  sessions: SessionStats[];
  /** Volume-weighted fat of all milk removed. */
  volumeWeightedFatGPerL: number | null;
  sessionCount: number;
  left: BreastBalance;
  right: BreastBalance;
  /** Milk each infant took from the breast. */
  infantIntakeMl: number[];
  config: EngineConfig;
}

function mean(values: number[]): number | null {
  if (values.length === 0) return null;
  let s = 0;
  for (const v of values) s += v;
  return s / values.length;
}

/** A volume over `hours` as a volume per 24 h (0 for an empty window). */
export function per24h(ml: number, hours: number): number {
  return hours > 0 ? (ml * 24) / hours : 0;
}

/** A cumulative channel at `timeSec`: exact at a sample, linear between two. */
function cumulativeAt(trace: Trace, channel: ChannelName, timeSec: number): number {
  const times = trace.timesSec;
  const values = trace.channels[channel];
  let lo = 0;
  let hi = times.length - 1;
  if (hi < 0 || timeSec <= (times[0] as number)) return values[0] ?? 0;
  if (timeSec >= (times[hi] as number)) return values[hi] as number;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((times[mid] as number) <= timeSec) lo = mid;
    else hi = mid;
  }
  const t0 = times[lo] as number;
  const t1 = times[hi] as number;
  const v0 = values[lo] as number;
  return v0 + (((values[hi] as number) - v0) * (timeSec - t0)) / (t1 - t0);
}

export interface RemovedWindow {
  removedMl: number;
  removedPer24hMl: number;
  /** Volume-weighted fat of the milk removed in the window; null when none was. */
  fatWeightedGPerL: number | null;
  hours: number;
}

/**
 * Milk removed (both breasts, infant and pump) from `fromSec` to the end of the run, read from
 * the engine's cumulative channels. From 0 it is the summary's milk removed: the fork table, the
 * report and the parent view say the same number because they read it here.
 */
export function removedAfter(trace: Trace, fromSec = 0): RemovedWindow {
  const end = trace.durationSec;
  const from = Math.min(Math.max(0, fromSec), end);
  const removedMl =
    cumulativeAt(trace, 'removedCumulativeMl', end) -
    cumulativeAt(trace, 'removedCumulativeMl', from);
  const fatG =
    cumulativeAt(trace, 'removedFatCumulativeG', end) -
    cumulativeAt(trace, 'removedFatCumulativeG', from);
  const hours = (end - from) / 3600;
  return {
    removedMl,
    removedPer24hMl: per24h(removedMl, hours),
    fatWeightedGPerL: removedMl > 0 ? (fatG * 1000) / removedMl : null,
    hours,
  };
}

export function buildSummary(input: {
  sessions: SessionStats[];
  durationSec: number;
  removedMl: number;
  synthesizedMl: number;
  lactogenesisOnsetH: number | null;
  supplyStart: number;
  supplyEnd: number;
}): Summary {
  const { sessions, durationSec } = input;
  const hours = durationSec / 3600;
  const fractions: number[] = [];
  for (const s of sessions) {
    for (const side of ['left', 'right'] as const) {
      const avail = s.available[side];
      if (avail !== null && avail > 1) fractions.push(Math.min(1, s.removed[side] / avail));
    }
  }
  const withEjection = sessions.filter((s) => s.firstEjectionSec !== null);
  return {
    milkRemovedMl: input.removedMl,
    milkRemovedPer24hMl: per24h(input.removedMl, hours),
    feeds: sessions.length,
    // Per breastfeed (one breast), as Ramsay 2004 counted them; double pumping per session.
    ejectionsPerFeed: mean(sessions.map((s) => s.ejections / s.breastfeeds)),
    firstEjectionLatencySec: mean(withEjection.map((s) => (s.firstEjectionSec ?? 0) - s.startSec)),
    prolactinPeakMinutesAfterFeedStart: mean(sessions.map((s) => (s.prlPeakSec - s.startSec) / 60)),
    prolactinFoldRise: mean(
      sessions.filter((s) => s.prlStart > 0).map((s) => s.prlPeak / s.prlStart),
    ),
    meanSynthesisRateMlPerHour: hours > 0 ? input.synthesizedMl / hours : 0,
    fatStartGPerL: mean(sessions.flatMap((s) => (s.fatStart === null ? [] : [s.fatStart]))),
    fatEndGPerL: mean(sessions.flatMap((s) => (s.fatEnd === null ? [] : [s.fatEnd]))),
    removedFractionPerFeed: mean(fractions),
    lactogenesisIIOnsetHours: input.lactogenesisOnsetH,
    supplyStartMlPerDay: input.supplyStart,
    supplyEndMlPerDay: input.supplyEnd,
  };
}
