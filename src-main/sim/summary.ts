// Per-session bookkeeping and the run summary of scenario-format.md.
// Units: seconds, mL, ng/mL, g/L; summary fields carry their unit in the name.
import type { EngineConfig } from './config';
import type { Side, Summary } from './trace';

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
  fatEnd: number | null = null;
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
    this.fatEnd = fat;
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
  }

  get removedTotal(): number {
    return this.removed.left + this.removed.right;
  }
}

export interface BreastBalance {
  synthesizedMl: number;
  removedMl: number;
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
    milkRemovedPer24hMl: hours > 0 ? (input.removedMl * 24) / hours : 0,
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
