// A cohort of simulated mother–infant pairs for the population checks (I22a/b, I23, I24a/b):
// what varies between pairs is drawn from measurements other than 24-h milk production itself, so
// the span of production the cohort gives is a prediction, not a fit. Units: days, kg, mL, mL/day.
import { mulberry32, normal, uniform, type Random } from '../prng';
import { runModel } from '../simulate';
import { removedPerDayAtEnd, storageCapacityAsMeasured, type Run } from './measure';

/** WHO weight-for-age L, M (kg), S by completed month, 0–6 months. */
type Lms = readonly [month: number, l: number, m: number, s: number];

/** WHO Child Growth Standards 2006, weight-for-age, boys and girls (0–6 months). */
const WEIGHT_FOR_AGE: Record<'boys' | 'girls', readonly Lms[]> = {
  boys: [
    [0, 0.3487, 3.3464, 0.14602],
    [1, 0.2297, 4.4709, 0.13395],
    [2, 0.197, 5.5675, 0.12385],
    [3, 0.1738, 6.3762, 0.11727],
    [4, 0.1553, 7.0023, 0.11316],
    [5, 0.1395, 7.5105, 0.1108],
    [6, 0.1257, 7.934, 0.10958],
  ],
  girls: [
    [0, 0.3809, 3.2322, 0.14171],
    [1, 0.1714, 4.1873, 0.13724],
    [2, 0.0962, 5.1282, 0.13],
    [3, 0.0402, 5.8458, 0.12619],
    [4, -0.005, 6.4237, 0.12402],
    [5, -0.043, 6.8985, 0.12274],
    [6, -0.0756, 7.297, 0.12204],
  ],
};

const DAYS_PER_MONTH = 365.25 / 12;

/** Weight (kg) at z-score `z` for age `ageDays` by the LMS method, L, M, S read between months. */
export function weightAtZ(sex: 'boys' | 'girls', ageDays: number, z: number): number {
  const table = WEIGHT_FOR_AGE[sex];
  const month = Math.min(6, Math.max(0, ageDays / DAYS_PER_MONTH));
  const i = Math.min(5, Math.floor(month));
  const [, l0, m0, s0] = table[i] as Lms;
  const [, l1, m1, s1] = table[i + 1] as Lms;
  const f = month - i;
  const l = l0 + (l1 - l0) * f;
  const m = m0 + (m1 - m0) * f;
  const s = s0 + (s1 - s0) * f;
  return Math.abs(l) < 1e-9 ? m * Math.exp(s * z) : m * Math.pow(1 + l * s * z, 1 / l);
}

/**
 * Storage capacity per breast at 1–6 months (Kent 1999): 209.9 ± 11.0 mL (SEM, 46 breasts), so
 * SD 11.0 × √46 ≈ 74.6 mL, held to the 74–382 mL range measured.
 */
const CAPACITY_MEAN_ML = 209.9;
const CAPACITY_SD_ML = 11.0 * Math.sqrt(46);

function drawCapacity(rand: Random): number {
  return Math.min(382, Math.max(74, normal(rand, CAPACITY_MEAN_ML, CAPACITY_SD_ML)));
}

/** As many pairs as Kent 2006 measured mothers, so a range is over as many individuals. */
export const POPULATION_SIZE = 71;

/** Days at the end of each run over which production and feeds are measured: Kent 2006
 * test-weighed each mother's breastfeeds over one 24-h period. */
const MEASURED_DAYS = 1;

export interface Breastfeed {
  /** Milk the infant took from the breast, mL. */
  intakeMl: number;
  /** Milk ejections that began while the infant was on that breast. */
  ejections: number;
}

export interface Pair {
  /** 24-h milk removed over the measured days, mL/day. */
  removedPerDayMl: number;
  /** Each breastfeed (one breast) of the measured days. */
  breastfeeds: Breastfeed[];
  /**
   * Each breast over the measured days: its storage capacity as Kent 1999 and Daly 1993 measured
   * it (the swing of its volume) and the milk taken from it a day, mL.
   */
  breasts: { measuredCapacityMl: number; removedPerDayMl: number }[];
}

/** A pair's breastfeeds (one breast each) per 24 h over the measured days. */
export const pairBreastfeedsPerDay = (p: Pair): number => p.breastfeeds.length / MEASURED_DAYS;

/**
 * Breastfeeds from `fromSec` on, each one breast of a session, with the milk ejections that began
 * while the infant was on it (an ejection is counted for the breast being suckled, as Ramsay 2004
 * counted them during the breastfeed).
 */
export function breastfeedsOf(run: Run, fromSec: number): Breastfeed[] {
  const { events } = run.trace;
  const out: Breastfeed[] = [];
  for (const s of run.diagnostics.sessions) {
    if (s.kind !== 'latch' || s.startSec < fromSec || s.endSec === null) continue;
    const end = s.endSec;
    const second = events.find(
      (e) =>
        e.kind === 'latch' &&
        e.detail === 'Second breast' &&
        e.atSeconds >= s.startSec &&
        e.atSeconds <= end,
    );
    const sides = (['left', 'right'] as const).filter((side) => s.available[side] !== null);
    for (const side of sides) {
      const isSecond = second !== undefined && second.side === side;
      const from = isSecond ? second.atSeconds : s.startSec;
      const to = second !== undefined && !isSecond ? second.atSeconds : end;
      const ejections = events.filter(
        (e) =>
          e.kind === 'ejectionStart' && e.side === side && e.atSeconds >= from && e.atSeconds < to,
      ).length;
      out.push({ intakeMl: s.removed[side], ejections });
    }
  }
  return out;
}

function drawPair(seed: number): Pair {
  const rand = mulberry32(seed);
  // Kent 2006's mothers had infants of 1 to 6 months.
  const ageDays = uniform(rand, 30, 183);
  const sex = rand() < 0.5 ? 'boys' : 'girls';
  const z = normal(rand, 0, 1);
  const capacityMl = { left: drawCapacity(rand), right: drawCapacity(rand) };
  // Each pair is fed on demand from birth, as Kent's mothers had fed their babies, so her supply
  // has followed this baby's need for its whole life. A scenario's weight is the baby's at the
  // start of the run (here its birth weight), and the need follows that centile as it grows.
  const run = runModel({
    schema: 'lactasim/scenario@1',
    name: 'validation cohort',
    start: { postpartumHours: 0 },
    durationHours: ageDays * 24,
    mother: { storageCapacityMl: capacityMl },
    infant: { weightKg: weightAtZ(sex, 0, z) },
    feeding: { plan: 'onDemand', seed },
  });
  const from = run.trace.durationSec - MEASURED_DAYS * 86_400;
  return {
    removedPerDayMl: removedPerDayAtEnd(run, MEASURED_DAYS),
    breastfeeds: breastfeedsOf(run, from),
    breasts: (['left', 'right'] as const).map((side) => ({
      measuredCapacityMl: storageCapacityAsMeasured(run, side, from, run.trace.durationSec),
      removedPerDayMl:
        run.diagnostics.sessions
          .filter((s) => s.startSec >= from)
          .reduce((ml, s) => ml + s.removed[side], 0) / MEASURED_DAYS,
    })),
  };
}

const cache = new Map<number, Pair>();

/**
 * The cohort's POPULATION_SIZE pairs, dealt over the validation seeds in turn (pair k takes seed
 * k mod n and is that seed's ⌊k / n⌋-th draw), cached.
 */
export function cohort(seeds: readonly number[]): Pair[] {
  return Array.from({ length: POPULATION_SIZE }, (_, k) => {
    const id = (seeds[k % seeds.length] ?? 0) * 1000 + Math.floor(k / seeds.length);
    let p = cache.get(id);
    if (p === undefined) {
      p = drawPair(id);
      cache.set(id, p);
    }
    return p;
  });
}
