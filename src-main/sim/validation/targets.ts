// Validation: calibration targets (a parameter was fitted to them — parameters.ts names which)
// and independent checks (never used in fitting), each run over 20 seeds and reported as
// mean ± SD against the central literature value. Units per target.
// A seed is a run's random source, not a different mother: every run has the same average mother
// and baby, and the seed varies only the timing and height of oxytocin pulses, the delay to the
// first, the hunger at which each on-demand feed is cued and the baby's hunger at the start. The
// milk-coming-in targets also draw 100 different mothers a group, dealt over the seeds
// (`onsetMothers`), and the population checks a cohort of different mothers and babies
// (`cohort.ts`).
import { drawIndividual } from '../config';
import { PARAMETERS as P } from '../parameters';
import type { Condition, Scenario } from '../scenario';
import { runModel } from '../simulate';
import { cohort, pairBreastfeedsPerDay, POPULATION_SIZE, type Pair } from './cohort';
import {
  breastfeedVolumes,
  breastfeedsPerDay,
  ejectionDurations,
  interFeedRates,
  mean,
  median,
  prolactinPeaksAfterFeedEnd,
  pulsesBy2MinSampling,
  removedPerDayAtEnd,
  removedPerDayBetween,
  rSquared,
  meanStorageCapacityAsMeasured,
  type Run,
} from './measure';

export type TargetKind = 'calibration' | 'independent';

interface TargetBase {
  id: string;
  kind: TargetKind;
  quantity: string;
  /** Central literature value the model is compared with (% difference from it). */
  value: number;
  /** For a limit rather than a central value: the model must stay below / above it. */
  bound?: { below?: number; above?: number };
  /** How the literature states it (with its spread). */
  literature: string;
  unit: string;
  source: string;
  digits: number;
}

export type Target = TargetBase &
  (
    | {
        /** One model value per seed's run; 20 seeds by default, reported as mean ± SD. */
        measure: (seed: number) => number;
        measureAll?: never;
        over?: never;
      }
    | {
        measure?: never;
        /**
         * A statistic of the whole group of seeds (a median, an odds ratio, a share of breasts):
         * one value with no SD, since it describes the group rather than one run.
         */
        measureAll: (seeds: number[]) => number;
        /** Who the one value is over, in the table's words ("100 first-time mothers"). */
        over: string;
      }
  );

export const SEEDS = 20;

/** What a target's runs change in the typical one: 48 h on demand from 6 weeks (1008 h). */
interface Setup {
  /** Hours after birth at the start. */
  fromHours?: number;
  /** Length of the run, hours. */
  hours?: number;
  birth?: Scenario['birth'];
  mother?: Scenario['mother'];
  infant?: Scenario['infant'];
  feeding?: Partial<Scenario['feeding']>;
}

/** The scenario of one seed's run of a target: the typical run with the set-up's changes. */
function scenario(
  seed: number,
  { fromHours = 1008, hours = 48, feeding, ...rest }: Setup,
): Scenario {
  return {
    schema: 'lactasim/scenario@1',
    name: 'validation',
    start: { postpartumHours: fromHours },
    durationHours: hours,
    ...rest,
    feeding: { plan: 'onDemand', seed, ...feeding },
  };
}

/** One seed's run of a target's set-up, with the mean mother (the onset targets draw their own). */
const run = (seed: number, setup: Setup = {}): Run => runModel(scenario(seed, setup));

/** Milk removed a day over a run's last `days` days (3 unless given), mL/day. */
const removedPerDay = (seed: number, setup: Setup, days = 3): number =>
  removedPerDayAtEnd(run(seed, setup), days);

/** The value kept in `cache` under `key`, made by `make` the first time it is asked for. */
function remembered<K, V>(cache: Map<K, V>, key: K, make: () => V): V {
  let v = cache.get(key);
  if (v === undefined) {
    v = make();
    cache.set(key, v);
  }
  return v;
}

/** A typical 48-h on-demand run at 6 weeks, one per seed, shared by several targets. */
const typicalCache = new Map<number, Run>();
const typical = (seed: number): Run => remembered(typicalCache, seed, () => run(seed));

/** A 20-min suckling or pumping session on a breast that last fed 3 h before (Ueda 1994, Kent 2008). */
function oneSession(
  seed: number,
  kind: 'latch' | 'pump',
  minutes: number,
  fromHours?: number,
): Run {
  return run(seed, {
    ...(fromHours !== undefined ? { fromHours } : {}),
    hours: 3.5,
    feeding: {
      plan: 'explicit',
      events: [
        kind === 'latch'
          ? { atMinutes: 0, kind: 'latch', side: 'left', durationMinutes: 12 }
          : { atMinutes: 0, kind: 'pump', side: 'both', durationMinutes: 15 },
        kind === 'latch'
          ? { atMinutes: 180, kind: 'latch', side: 'left', durationMinutes: minutes }
          : { atMinutes: 180, kind: 'pump', side: 'both', durationMinutes: minutes },
      ],
    },
  });
}

/** Mean prolactin peak of the feeds of one day on demand, `day` days after birth (ng/mL). */
const prolactinPeakAt = (seed: number, day: number): number =>
  mean(run(seed, { fromHours: day * 24, hours: 24 }).diagnostics.sessions.map((s) => s.prlPeak));

/**
 * The first 35 days from birth of de Carvalho 1983's two groups: fed on demand (their mothers
 * were encouraged to nurse frequently) or on a 3–4-hourly schedule (3.5 h here), one per seed.
 * They measured on days 15 and 35.
 */
const firstWeeksCache = new Map<string, Run>();
const firstWeeks = (seed: number, plan: 'onDemand' | 'scheduled'): Run =>
  remembered(firstWeeksCache, `${plan}:${seed}`, () =>
    run(seed, {
      fromHours: 0,
      hours: 35 * 24,
      feeding: plan === 'scheduled' ? { plan, intervalHours: 3.5 } : { plan },
    }),
  );

/** Milk taken on day `day` after birth (its 24 h ending `day` days after birth), mL. */
const takenOnDay = (r: Run, day: number): number =>
  removedPerDayBetween(r, (day - 1) * 86_400, day * 86_400);

/** Milk taken on day `day`, on demand over 3.5-hourly, in one seed's pair of runs. */
const onDemandOverScheduled = (seed: number, day: number): number =>
  ratio(
    takenOnDay(firstWeeks(seed, 'onDemand'), day),
    takenOnDay(firstWeeks(seed, 'scheduled'), day),
  );

/** Feeds (one or both breasts) starting between `fromDay` and `toDay` days after birth, a day. */
const feedsPerDayBetween = (r: Run, fromDay: number, toDay: number): number =>
  r.diagnostics.sessions.filter(
    (s) => s.kind === 'latch' && s.startSec >= fromDay * 86_400 && s.startSec < toDay * 86_400,
  ).length /
  (toDay - fromDay);

const onsetCache = new Map<string, number>();

/**
 * Mothers in each group of the milk-coming-in targets. With 20, one mother crossing 72 h moved
 * C10a's odds ratio from 3.32 to 5.83, and a share after 72 h could only be read in steps of 5 %.
 */
const ONSET_MOTHERS = 100;

/** One mother of the onset targets: her own threshold, and a seed for the run's timings. */
interface OnsetMother {
  seed: number;
  mother: number;
}

/** The onset targets' mothers, dealt over the seeds in turn (mother k takes seed k mod n). */
function onsetMothers(seeds: readonly number[], count = ONSET_MOTHERS): OnsetMother[] {
  return Array.from({ length: count }, (_, k) => ({
    seed: seeds[k % seeds.length] ?? 0,
    mother: k + 1,
  }));
}

/**
 * Fok 2019's intervention: pumping from within the first hour (here both breasts, 30 min after
 * birth) and regularly alongside breastfeeding (here 15 min after every breastfeed).
 */
export const PUMPING_FROM_THE_FIRST_HOUR: Partial<Scenario['feeding']> = {
  events: [{ atMinutes: 30, kind: 'pump', side: 'both', durationMinutes: 15 }],
  changes: [{ atMinutes: 0, pumpAfterFeedsMinutes: 15 }],
};

function newbornOnsetH(
  { seed, mother }: OnsetMother,
  over: {
    firstBirth?: boolean;
    mode?: 'vaginal' | 'caesarean';
    firstFeedAtHours?: number;
    /** The feeding from birth, over on demand. */
    feeding?: Partial<Scenario['feeding']>;
  },
): number {
  return remembered(onsetCache, JSON.stringify([seed, mother, over]), () => {
    const s = scenario(seed, {
      fromHours: 0,
      hours: 8 * 24,
      birth: {
        mode: over.mode ?? 'vaginal',
        ...(over.firstFeedAtHours === undefined ? {} : { firstFeedAtHours: over.firstFeedAtHours }),
      },
      mother: { firstBirth: over.firstBirth ?? false },
      ...(over.feeding === undefined ? {} : { feeding: over.feeding }),
    });
    const r = runModel(s, { individual: drawIndividual(mother) });
    return r.trace.summary.lactogenesisIIOnsetHours ?? 8 * 24;
  });
}

/** Hours to milk coming in for each of the onset targets' mothers, in one set-up. */
const onsets = (seeds: readonly number[], over: Parameters<typeof newbornOnsetH>[1]): number[] =>
  onsetMothers(seeds).map((m) => newbornOnsetH(m, over));

/**
 * Median hours to milk coming in over `count` mothers dealt over the 20 seeds, drawn as the onset
 * targets draw them (the claim tests ask with fewer mothers).
 */
export function medianOnsetH(over: Parameters<typeof newbornOnsetH>[1], count: number): number {
  const seeds = Array.from({ length: SEEDS }, (_, i) => i + 1);
  return median(onsetMothers(seeds, count).map((m) => newbornOnsetH(m, over)));
}

/** How many of a group's onsets (h) came after 72 h, the papers' line for a late onset. */
const lateOnsets = (hours: readonly number[]): number => hours.filter((h) => h > 72).length;

/** Odds ratio for onset after 72 h between two groups of simulated mothers. */
function oddsRatio(exposed: number[], reference: number[]): number {
  const p = (xs: number[]): number => {
    const k = lateOnsets(xs);
    // Half a mother in each cell keeps the odds finite in small groups (Haldane correction).
    return (k + 0.5) / (xs.length - k + 0.5);
  };
  return p(exposed) / p(reference);
}

function ratio(a: number, b: number): number {
  return b > 0 ? a / b : NaN;
}

function pumpingAfterFeedsRatio(seed: number): number {
  const hours = 14 * 24;
  const control = removedPerDay(seed, { hours });
  const pumped = removedPerDay(seed, {
    hours,
    feeding: { changes: [{ atMinutes: 0, pumpAfterFeedsMinutes: 10 }] },
  });
  return ratio(pumped, control);
}

/**
 * The population of the I22–I24 checks. What varies between pairs is drawn from other
 * measurements — the baby's age, sex and weight for age (WHO growth standard), each breast's
 * storage capacity (Kent 1999) — never from the spans checked. Need rises in proportion to weight,
 * a model assumption (needWeightExponent), so a span shows what weight alone explains.
 */
const POPULATION = `population of ${POPULATION_SIZE} mothers and babies on demand at 1–6 months`;

/**
 * The two ends of a range measured across the population: its lowest and highest value, each
 * graded against the same end of the published range.
 */
function populationRange(r: {
  ids: readonly [string, string];
  ends: readonly [string, string];
  what: string;
  range: readonly [number, number];
  /** The literature text after the range's two ends. */
  across: string;
  unit: string;
  digits: number;
  /** A pair's value, or one value per breast. */
  of: (p: Pair) => number | readonly number[];
  /** Whom the range is over, when not the pairs. */
  over?: string;
  source?: string;
}): Target[] {
  const common = {
    kind: 'independent',
    literature: `${r.range[0]}–${r.range[1]} ${r.across}`,
    unit: r.unit,
    source: r.source ?? 'Kent 2006; WHO Child Growth Standards 2006; Kent 1999',
    digits: r.digits,
  } as const;
  const values = (seeds: number[]) => cohort(seeds).flatMap(r.of);
  const over = r.over ?? `${POPULATION_SIZE} mothers and babies`;
  return [
    {
      id: r.ids[0],
      ...common,
      quantity: `${POPULATION}: ${r.ends[0]} ${r.what}`,
      value: r.range[0],
      measureAll: (seeds) => Math.min(...values(seeds)),
      over,
    },
    {
      id: r.ids[1],
      ...common,
      quantity: `${POPULATION}: ${r.ends[1]} ${r.what}`,
      value: r.range[1],
      measureAll: (seeds) => Math.max(...values(seeds)),
      over,
    },
  ];
}

/** r² of y against x over every item (breastfeed, breast) of the population's pairs, pooled. */
function populationRSquared<T>(
  items: (p: Pair) => readonly T[],
  x: (item: T) => number,
  y: (item: T) => number,
): (seeds: number[]) => number {
  return (seeds) => {
    const all = cohort(seeds).flatMap(items);
    return rSquared(all.map(x), all.map(y));
  };
}

export const TARGETS: readonly Target[] = [
  // --- Calibration targets -------------------------------------------------------------------
  {
    id: 'C1',
    kind: 'calibration',
    quantity: 'breastfeeds per 24 h, on demand at 6 weeks',
    value: 11,
    literature: '11 ± 3 (range 6–18)',
    unit: '/24 h',
    source: 'Kent 2006',
    digits: 1,
    measure: (seed) => breastfeedsPerDay(typical(seed)),
  },
  {
    id: 'C2',
    kind: 'calibration',
    quantity: 'milk per breastfeed (one breast)',
    value: 76,
    literature: '76.0 ± 12.6 g',
    unit: 'mL',
    source: 'Kent 2006',
    digits: 0,
    measure: (seed) => mean(breastfeedVolumes(typical(seed))),
  },
  {
    id: 'C3',
    kind: 'calibration',
    quantity: 'share of available milk removed per breastfeed',
    value: 67.3,
    literature: '67.3 ± 7.8 %',
    unit: '%',
    source: 'Kent 2006',
    digits: 0,
    measure: (seed) => (typical(seed).trace.summary.removedFractionPerFeed ?? NaN) * 100,
  },
  {
    id: 'C5',
    kind: 'calibration',
    quantity: 'oxytocin pulses in 20 min of suckling (plasma every 2 min)',
    value: 2.25,
    literature: '2.25 ± 0.71',
    unit: '/20 min',
    source: 'Ueda 1994',
    digits: 2,
    measure: (seed) =>
      pulsesBy2MinSampling(
        oneSession(seed, 'latch', 20),
        180 * 60,
        20,
        P.oxytocinBasalPgPerMl.value,
      ),
  },
  {
    id: 'C6a',
    kind: 'calibration',
    quantity: 'milk ejections per 15-min double pumping',
    value: 5.1,
    literature: '5.1 ± 2.0',
    unit: '',
    source: 'Prime 2011',
    digits: 1,
    measure: (seed) => {
      const r = oneSession(seed, 'pump', 15);
      return r.diagnostics.sessions[1]?.ejections ?? NaN;
    },
  },
  {
    id: 'C6b',
    kind: 'calibration',
    quantity: 'share of available milk removed by 15 min of pumping',
    value: 65.5,
    literature: '65.5 ± 4.1 %',
    unit: '%',
    source: 'Kent 2008',
    digits: 0,
    measure: (seed) => {
      const s = oneSession(seed, 'pump', 15).diagnostics.sessions[1];
      if (s === undefined) return NaN;
      const avail = (s.available.left ?? 0) + (s.available.right ?? 0);
      return (s.removedTotal / avail) * 100;
    },
  },
  {
    id: 'C7',
    kind: 'calibration',
    quantity: 'production after 2 weeks of pumping 10 min after every feed, vs without',
    value: 1.275,
    literature: '+15–40 % (ratio 1.15–1.40)',
    unit: '×',
    source: 'IOM 1991',
    digits: 2,
    measure: pumpingAfterFeedsRatio,
  },
  {
    id: 'C8',
    kind: 'calibration',
    quantity: 'milk ejections lasting 45 s – 3.5 min',
    value: 100,
    bound: { above: 90 },
    literature: 'each 45 s – 3.5 min',
    unit: '%',
    source: 'Gardner 2015 citing Ramsay 2004',
    digits: 0,
    measure: (seed) => {
      const d = ejectionDurations(typical(seed));
      return (d.filter((x) => x >= 45 && x <= 210).length / Math.max(1, d.length)) * 100;
    },
  },
  {
    id: 'C9',
    kind: 'calibration',
    quantity: 'median onset of milk coming in, first-time mothers',
    value: 68.9,
    literature: '68.9 h (44 % after 72 h)',
    unit: 'h',
    source: 'Nommsen-Rivers 2010',
    digits: 0,
    measureAll: (seeds) => median(onsets(seeds, { firstBirth: true })),
    over: `${ONSET_MOTHERS} first-time mothers`,
  },
  {
    id: 'C10a',
    kind: 'calibration',
    quantity: 'odds of onset after 72 h, first birth vs not',
    value: 3.16,
    literature: 'adjusted OR 3.16 (95 % CI 1.58–6.33)',
    unit: 'OR',
    source: 'Scott, Binns & Oddy 2007',
    digits: 2,
    measureAll: (seeds) => oddsRatio(onsets(seeds, { firstBirth: true }), onsets(seeds, {})),
    over: `${ONSET_MOTHERS} mothers a group`,
  },
  {
    id: 'C10b',
    kind: 'calibration',
    quantity: 'odds of onset after 72 h, caesarean vs vaginal birth',
    value: 2.4,
    literature: 'adjusted OR 2.40 (95 % CI 1.28–4.51)',
    unit: 'OR',
    source: 'Scott, Binns & Oddy 2007',
    digits: 2,
    over: `${ONSET_MOTHERS} first-time mothers a group`,
    measureAll: (seeds) =>
      oddsRatio(
        onsets(seeds, { mode: 'caesarean', firstBirth: true }),
        onsets(seeds, { firstBirth: true }),
      ),
  },
  {
    id: 'C11',
    kind: 'calibration',
    quantity: 'Sheehan syndrome 0.8: milk removed in 10 days vs without',
    value: 0,
    bound: { below: 20 },
    literature: 'failure to lactate (< 20 %)',
    unit: '%',
    source: 'Sheehan 1937',
    digits: 1,
    measure: (seed) => {
      const newborn = (conditions: Condition[]) =>
        run(seed, { fromHours: 0, hours: 240, mother: { conditions } });
      return (
        ratio(
          newborn([{ kind: 'sheehanSyndrome', severity: 0.8 }]).trace.summary.milkRemovedMl,
          newborn([]).trace.summary.milkRemovedMl,
        ) * 100
      );
    },
  },
  {
    id: 'C12',
    kind: 'calibration',
    quantity: 'retained placenta removed on day 6: milk comes in after removal',
    value: 24,
    literature: 'lactation began the day after removal',
    unit: 'h after',
    source: 'Neifert 1981 and later case reports',
    digits: 0,
    measure: (seed) => {
      const r = run(seed, {
        fromHours: 0,
        hours: 240,
        mother: { conditions: [{ kind: 'retainedPlacenta', removedAtHours: 144 }] },
      });
      return (r.trace.summary.lactogenesisIIOnsetHours ?? 240) - 144;
    },
  },
  {
    id: 'C13',
    kind: 'calibration',
    quantity: 'combined pill from 6 weeks: milk volume at 18 weeks vs progestin-only',
    value: (1 - 0.419) / (1 - 0.12),
    literature: '−41.9 % vs −12.0 % (ratio 0.66)',
    unit: '×',
    source: 'Tankeyoon 1984 (WHO Task Force)',
    digits: 2,
    measure: (seed) => {
      const pill = (type: 'combined' | 'progestinOnly'): Setup => ({
        hours: 18 * 7 * 24,
        mother: { conditions: [{ kind: 'hormonalContraception', type, startHours: 1008 }] },
      });
      return ratio(
        removedPerDay(seed, pill('combined'), 7),
        removedPerDay(seed, pill('progestinOnly'), 7),
      );
    },
  },
  {
    id: 'C14',
    kind: 'calibration',
    quantity: 'prolactin peak during a feed at 1 month',
    value: 286,
    literature: '~286 ng/mL',
    unit: 'ng/mL',
    source: 'Cox 1996',
    digits: 0,
    measure: (seed) => prolactinPeakAt(seed, 30),
  },
  {
    id: 'C14b',
    kind: 'calibration',
    quantity: 'prolactin peak during a feed at 6 months',
    value: 91,
    literature: '~91 ng/mL (~286 at 1 month)',
    unit: 'ng/mL',
    source: 'Cox 1996',
    digits: 0,
    measure: (seed) => prolactinPeakAt(seed, 180),
  },

  // --- Independent checks ----------------------------------------------------------------------
  {
    id: 'I1',
    kind: 'independent',
    quantity: 'milk ejections per breastfeed',
    value: 2.5,
    literature: '2.5 ± 1.5',
    unit: '',
    source: 'Ramsay 2004',
    digits: 1,
    measure: (seed) => typical(seed).trace.summary.ejectionsPerFeed ?? NaN,
  },
  {
    id: 'I2',
    kind: 'independent',
    quantity: 'short-term synthesis per breast between feeds',
    value: 23,
    literature: '23 mL/h (range < 5.8 – 90)',
    unit: 'mL/h',
    source: 'Cox 1996',
    digits: 1,
    measure: (seed) => mean(interFeedRates(typical(seed)).map((x) => x.rate)),
  },
  {
    id: 'I3',
    kind: 'independent',
    quantity: 'breasts that make milk faster after fuller emptying',
    value: 46,
    literature: '6 of 13 breasts (46 %)',
    unit: '%',
    source: 'Daly, Owens & Hartmann 1993',
    digits: 0,
    over: 'the 40 breasts of 20 runs',
    measureAll: (seeds) => {
      let faster = 0;
      let n = 0;
      for (const seed of seeds) {
        const rates = interFeedRates(typical(seed));
        for (const side of ['left', 'right'] as const) {
          const xs = rates.filter((r) => r.side === side).sort((a, b) => a.fullness - b.fullness);
          const half = Math.floor(xs.length / 2);
          if (half < 2) continue;
          n++;
          if (mean(xs.slice(0, half).map((x) => x.rate)) > mean(xs.slice(-half).map((x) => x.rate)))
            faster++;
        }
      }
      return (faster / Math.max(1, n)) * 100;
    },
  },
  {
    id: 'I4',
    kind: 'independent',
    quantity: '24-h production with 74 vs 382 mL storage, on demand',
    value: 1,
    literature: 'storage capacity does not limit 24-h production',
    unit: '×',
    source: 'Kent 1999; Daly & Hartmann 1995',
    digits: 2,
    measure: (seed) => {
      const cap = (ml: number): Setup => ({
        hours: 7 * 24,
        mother: { storageCapacityMl: { left: ml, right: ml } },
      });
      return ratio(removedPerDay(seed, cap(74), 2), removedPerDay(seed, cap(382), 2));
    },
  },
  {
    id: 'I5',
    kind: 'independent',
    quantity: 'breastfeeds a day with 74 vs 382 mL storage',
    value: 1,
    bound: { above: 1.05 },
    literature: 'smaller storage → more frequent feeds (P < .01); no size given',
    unit: '×',
    source: 'Kent 2006',
    digits: 2,
    measure: (seed) => {
      const cap = (ml: number) =>
        run(seed, { hours: 4 * 24, mother: { storageCapacityMl: { left: ml, right: ml } } });
      return ratio(breastfeedsPerDay(cap(74)), breastfeedsPerDay(cap(382)));
    },
  },
  {
    id: 'I6',
    kind: 'independent',
    quantity: 'prolactin fold rise over pre-feed',
    // The typical run covers days 42–44 after birth, the 7th week, so it is compared with Noel's
    // 7–28-week group (6.0×), not the first 6 weeks (8.5×, further from the model still). Cox
    // 1996, which the surge is fitted to (C14), implies far less (~286 over ~119 ng/mL at 1
    // month): the two papers disagree, and this check shows it.
    value: 6,
    literature:
      'mean at the end of the feed: 8.5× in the first 6 weeks, 6.0× at 7–28 weeks (6.0× used: the run is in week 7)',
    unit: '×',
    source: 'Noel 1974',
    digits: 2,
    measure: (seed) => typical(seed).trace.summary.prolactinFoldRise ?? NaN,
  },
  {
    id: 'I7',
    kind: 'independent',
    quantity: 'prolactin peak, minutes after the feed ends',
    value: 0,
    // Noel sampled plasma at intervals, so a peak "just after the termination of nursing" is the
    // first sample after the end: from the end itself to 10 min after counts as agreeing. The
    // model's release stops with suckling and has no lag, so its peak is at the end.
    bound: { above: -1, below: 10 },
    literature: 'just after the end of nursing (mean rose throughout suckling)',
    unit: 'min',
    source: 'Noel 1974',
    digits: 1,
    measure: (seed) => mean(prolactinPeaksAfterFeedEnd(typical(seed))),
  },
  {
    id: 'I8',
    kind: 'independent',
    quantity: 'stress (level 1): 24-h milk removed vs without',
    value: 1,
    literature: 'fewer oxytocin pulses, milk yield unchanged',
    unit: '×',
    source: 'Ueda 1994',
    digits: 2,
    measure: (seed) => {
      const stressed = run(seed, { mother: { conditions: [{ kind: 'stress', level: 1 }] } });
      return ratio(
        stressed.trace.summary.milkRemovedPer24hMl,
        typical(seed).trace.summary.milkRemovedPer24hMl,
      );
    },
  },
  {
    id: 'I9',
    kind: 'independent',
    quantity: 'twins fed on demand from birth: production at 3 months',
    value: 2000,
    literature: 'about 2 L/day (twins 0.84–2.16 kg)',
    unit: 'mL/day',
    source: 'Saint, Maggiore & Hartmann 1986 (via Neville)',
    digits: 0,
    measure: (seed) => removedPerDay(seed, { fromHours: 0, hours: 90 * 24, infant: { count: 2 } }),
  },
  {
    id: 'I10',
    kind: 'independent',
    quantity: 'triplets fed on demand from birth: production at 3 months',
    value: 3080,
    literature: '3.08 kg/day (one mother)',
    unit: 'mL/day',
    source: 'Saint, Maggiore & Hartmann 1986',
    digits: 0,
    measure: (seed) => removedPerDay(seed, { fromHours: 0, hours: 90 * 24, infant: { count: 3 } }),
  },
  {
    id: 'I11',
    kind: 'independent',
    quantity: 'exclusive pumping from 6 weeks (8 × 15 min double a day): production after 3 weeks',
    value: 792,
    literature:
      '792 mL/day (range 473–1420): a survey of parents who exclusively pump, not a measured study',
    unit: 'mL/day',
    source: 'exclusive-pumping parent survey (weak evidence)',
    digits: 0,
    measure: (seed) =>
      removedPerDay(seed, {
        hours: 21 * 24,
        feeding: { plan: 'exclusivePumping', intervalHours: 3, minutesPerBreast: 15 },
      }),
  },
  {
    id: 'I12',
    kind: 'independent',
    quantity: 'one-breast feeding for 3 weeks: milk the infant takes vs its need',
    value: 1,
    literature: 'one breast can feed a baby fully; the other stops making milk',
    unit: '×',
    source: 'La Leche League Canada; Kent 1999 (per-breast production up to ~850 g)',
    digits: 2,
    measure: (seed) => {
      const r = run(seed, { hours: 21 * 24, feeding: { pattern: 'leftOnly' } });
      return ratio(removedPerDayAtEnd(r, 3), r.trace.channels.needMlPerDay.at(-1) ?? NaN);
    },
  },
  {
    id: 'I13',
    kind: 'independent',
    quantity: 'growth spurt (+20 % appetite): days until intake meets the new need',
    value: 2.5,
    literature: '2–3 days of more frequent feeding (practice-based, no measured constant)',
    unit: 'days',
    source: 'clinical teaching (practice-based)',
    digits: 1,
    measure: (seed) => {
      const r = run(seed, {
        hours: 10 * 24,
        infant: { appetiteChanges: [{ atHours: 1008 + 24, factor: 1.2 }] },
      });
      // First day (after the change) whose 24-h intake reaches 95 % of the new need.
      const need = r.trace.channels.needMlPerDay.at(-1) ?? NaN;
      for (let d = 1; d <= 9; d++) {
        const sub = { ...r, trace: { ...r.trace, durationSec: (1 + d) * 86_400 } };
        if (removedPerDayAtEnd(sub, 1) >= 0.95 * need) return d;
      }
      return 10;
    },
  },
  {
    id: 'I14',
    kind: 'independent',
    quantity: 'weaning at 9 months: supply 2 weeks after the last feed, vs before',
    value: 0,
    bound: { below: 10 },
    literature: 'milk synthesis stops within days to weeks (traces may last longer)',
    unit: '%',
    source: 'Neville 2001; Kent 1999',
    digits: 0,
    measure: (seed) => {
      const r = run(seed, {
        fromHours: 270 * 24,
        hours: 16 * 24,
        feeding: { changes: [{ atMinutes: 48 * 60, stopFeeding: true }] },
      });
      const supply = r.trace.channels.supplyMlPerDay;
      const before = supply[Math.floor(supply.length * (47 / (16 * 24)))] ?? NaN;
      return ratio(supply.at(-1) ?? NaN, before) * 100;
    },
  },
  {
    id: 'I15',
    kind: 'independent',
    quantity: 'milk intake at 12 months with complementary foods',
    value: 593,
    literature: '593 mL/day (61 mL/kg)',
    unit: 'mL/day',
    source: 'Rios-Leyvraz & Yao 2023 (meta-analysis)',
    digits: 0,
    measure: (seed) => removedPerDay(seed, { fromHours: 300 * 24, hours: 65 * 24 }),
  },
  {
    id: 'I16',
    kind: 'independent',
    quantity: 'milk production at 15 months',
    // Not independent of the model's inputs: Kent's 2 × 208 g is also the 15-month point of the
    // default supply table (tables.ts `motherSupplyMlPerDay`), and the run's starting supply on
    // day 400 is read from that table. What the check tests is where removal takes supply from
    // there; the text says so wherever the check is shown, the kind stays for the ratchet.
    value: 416,
    literature:
      '208.0 ± 56.7 g per breast — not independent: the same figure is the 15-month point of the default supply table the run starts from',
    unit: 'mL/day',
    source: 'Kent 1999',
    digits: 0,
    measure: (seed) => removedPerDay(seed, { fromHours: 400 * 24, hours: 56 * 24 }),
  },
  {
    id: 'I17',
    kind: 'independent',
    quantity: 'odds of onset after 72 h, first feed at 3 h vs 45 min',
    value: 2.71,
    literature: 'OR 2.71 (95 % CI 1.12–6.53) for first breast contact ≥ 2 h vs ≤ 1 h',
    unit: 'OR',
    source: 'Mullen et al. 2022',
    digits: 2,
    over: `${ONSET_MOTHERS} first-time mothers a group`,
    measureAll: (seeds) =>
      oddsRatio(
        onsets(seeds, { firstBirth: true, firstFeedAtHours: 3 }),
        onsets(seeds, { firstBirth: true, firstFeedAtHours: 0.75 }),
      ),
  },
  {
    id: 'I18',
    kind: 'independent',
    quantity: 'mean fat of the milk removed',
    value: 41.1,
    literature: '41.1 ± 7.8 g/L',
    unit: 'g/L',
    source: 'Kent 2006',
    digits: 1,
    measure: (seed) => typical(seed).diagnostics.volumeWeightedFatGPerL ?? NaN,
  },
  {
    id: 'I19',
    kind: 'independent',
    quantity: 'mean fat of the milk a breast gives over 24 h (both breasts averaged)',
    value: 51.5,
    bound: { above: 37, below: 66 },
    literature: '37–66 g/L across nine breasts (range; no mean given)',
    unit: 'g/L',
    source: 'Daly, Di Rosso, Owens & Hartmann 1993',
    digits: 1,
    measure: (seed) => {
      // Daly measured each breast's milk over 24 h, so each breast is weighted by its own volume.
      const { left, right } = run(seed, { hours: 24 }).diagnostics;
      return mean([left.fatGPerL ?? NaN, right.fatGPerL ?? NaN]);
    },
  },
  {
    id: 'I20',
    kind: 'independent',
    quantity: 'one run on demand from birth: 24-h production at 6 months vs 1 month',
    // One run from birth, so neither month's supply is read from the default supply table (whose
    // 1- and 6-month points are both 800 mL/day): it is where removal has taken it. The baby's
    // need is an input (780 vs 800 mL/day on the intake curve), so this checks that production
    // follows it over five months, not why the need stays flat.
    value: 1,
    literature: 'within ±10 % (24-h intake unchanged from 1 to 6 months)',
    unit: '×',
    source: 'Kent 2013; Cox 1996',
    digits: 2,
    measure: (seed) => {
      const r = run(seed, { fromHours: 0, hours: 183 * 24 });
      // Mean of the 3 days ending at `day`, from the same run.
      const upTo = (day: number): number =>
        removedPerDayAtEnd({ ...r, trace: { ...r.trace, durationSec: day * 86_400 } }, 3);
      return ratio(upTo(183), upTo(33));
    },
  },
  {
    id: 'I21',
    kind: 'independent',
    quantity: 'milk ejections per 15-min double pumping at 12 months',
    // The same mothers as C6a's 5.1 had fewer at their 12-month visit; C6a was fitted at 6 weeks,
    // and nothing in the model's pulse generator depends on the months of lactation.
    value: 3.3,
    literature: '3.3 ± 1.2 (5.1 ± 2.0 in the same mothers in the first months)',
    unit: '',
    source: 'Prime 2011',
    digits: 1,
    measure: (seed) =>
      oneSession(seed, 'pump', 15, 365 * 24).diagnostics.sessions[1]?.ejections ?? NaN,
  },
  ...populationRange({
    ids: ['I22a', 'I22b'],
    ends: ['lowest', 'highest'],
    what: '24-h milk removed',
    range: [478, 1356],
    across: 'mL/day across 71 mothers (range)',
    unit: 'mL/day',
    digits: 0,
    of: (p) => p.removedPerDayMl,
  }),
  {
    id: 'I23',
    kind: 'independent',
    quantity: 'milk per breastfeed against milk ejections in it, r² over the population',
    // Ramsay pooled 57 breastfeeds of 24 mothers, so the check pools the breastfeeds of the last 3
    // days of every pair of the I22 population, and grades it in a band of ±0.15 around Ramsay's.
    value: 0.365,
    bound: { above: 0.215, below: 0.515 },
    literature: 'r² = 0.365 (57 breastfeeds, 24 mothers); graded within ±0.15',
    unit: '',
    source: 'Ramsay 2004',
    digits: 2,
    over: `the breastfeeds of ${POPULATION_SIZE} mothers and babies`,
    measureAll: populationRSquared(
      (p) => p.breastfeeds,
      (f) => f.ejections,
      (f) => f.intakeMl,
    ),
  },
  // Kent 2006 counted each breast as a breastfeed (its 76 g is per breast), as C1 does.
  ...populationRange({
    ids: ['I24a', 'I24b'],
    ends: ['fewest', 'most'],
    what: 'breastfeeds (one breast each) per 24 h',
    range: [6, 18],
    across: 'per 24 h across 71 mothers (range; mean 11 ± 3)',
    unit: '/24 h',
    digits: 1,
    of: pairBreastfeedsPerDay,
  }),
  {
    // C9's mothers again. No parameter is fitted to this share: the spread of onset times is set
    // by the odds ratios of C10 (parameters.ts, activationSpreadSd).
    id: 'I25',
    kind: 'independent',
    quantity: 'first-time mothers whose milk comes in after 72 h',
    value: 44,
    literature: '44 % (median 68.9 h)',
    unit: '%',
    source: 'Nommsen-Rivers 2010',
    digits: 0,
    over: `${ONSET_MOTHERS} first-time mothers`,
    measureAll: (seeds) => {
      const hours = onsets(seeds, { firstBirth: true });
      return (lateOnsets(hours) / hours.length) * 100;
    },
  },
  {
    id: 'I26',
    kind: 'independent',
    quantity: 'feeds (one or both breasts) per 24 h over the first 14 days, on demand from birth',
    value: 9.9,
    literature:
      '9.9 a day when mothers were encouraged to nurse frequently (7.3 on a 3–4-hourly schedule)',
    unit: '/24 h',
    source: 'de Carvalho 1983',
    digits: 1,
    measure: (seed) => feedsPerDayBetween(firstWeeks(seed, 'onDemand'), 0, 14),
  },
  {
    id: 'I27',
    kind: 'independent',
    quantity: 'milk taken on day 15, fed on demand from birth vs 3.5-hourly',
    value: 725 / 502,
    literature: '725 vs 502 mL/24 h (ratio 1.44), frequent vs 3–4-hourly nursing',
    unit: '×',
    source: 'de Carvalho 1983',
    digits: 2,
    measure: (seed) => onDemandOverScheduled(seed, 15),
  },
  {
    id: 'I28',
    kind: 'independent',
    quantity: 'feeds (one or both breasts) on day 35, on demand from birth',
    value: 9.8,
    literature:
      '9.8 a day when mothers were encouraged to nurse frequently (6.8 on a 3–4-hourly schedule)',
    unit: '/24 h',
    source: 'de Carvalho 1983',
    digits: 1,
    measure: (seed) => feedsPerDayBetween(firstWeeks(seed, 'onDemand'), 34, 35),
  },
  {
    id: 'I29',
    kind: 'independent',
    quantity: 'milk taken on day 35, fed on demand from birth vs 3.5-hourly',
    value: 1,
    literature:
      'not significantly different (the frequent group still fed 9.8 vs 6.8 times a day); no volumes given',
    unit: '×',
    source: 'de Carvalho 1983',
    digits: 2,
    measure: (seed) => onDemandOverScheduled(seed, 35),
  },
  {
    // A randomised trial after uncomplicated singleton births, parity not limited: the mean
    // mother's first-birth setting (not a first birth) and a vaginal birth, as C9's others.
    id: 'I30',
    kind: 'independent',
    quantity: 'hours sooner that milk comes in, pumping from the first hour and after feeds',
    value: 24,
    literature:
      'median day 3 against day 4 (IQR 1 day each; 31 vs 29 mothers, randomised): about a day sooner',
    unit: 'h',
    source: 'Fok et al. 2019',
    digits: 1,
    over: `${ONSET_MOTHERS} mothers a group`,
    measureAll: (seeds) =>
      median(onsets(seeds, {})) - median(onsets(seeds, { feeding: PUMPING_FROM_THE_FIRST_HOUR })),
  },
  {
    // The mean mother's storage capacity is Kent's 209.9 mL as an input, the most her alveoli can
    // hold; this measures what Kent measured, the day's swing of the breast's volume, in the
    // typical run's second day (the first starts from a set fill).
    id: 'I31',
    kind: 'independent',
    quantity: 'storage capacity measured as Kent did: largest minus smallest breast volume in 24 h',
    value: 209.9,
    literature:
      '209.9 ± 11.0 mL (SEM, 46 breasts, 1–6 months), breast volume before and after every feed',
    unit: 'mL',
    source: 'Kent 1999',
    digits: 0,
    measure: (seed) => {
      const r = typical(seed);
      return meanStorageCapacityAsMeasured(r, r.trace.durationSec - 86_400, r.trace.durationSec);
    },
  },
  {
    // Daly's 13 breasts of 7 mothers, storage capacity as the day's swing of each breast's volume
    // (I31's measure) against the milk its baby took from it that day; the model's over every
    // breast of the I22 population.
    id: 'I32',
    kind: 'independent',
    quantity:
      "storage capacity of a breast (measured as in I31) against the day's milk taken from it",
    value: 0.91,
    literature: 'r² = 0.91 (13 breasts of 7 mothers, P < 0.0001)',
    unit: '',
    source: 'Daly, Owens & Hartmann 1993',
    digits: 2,
    over: `the ${2 * POPULATION_SIZE} breasts of ${POPULATION_SIZE} mothers`,
    measureAll: populationRSquared(
      (p) => p.breasts,
      (b) => b.removedPerDayMl,
      (b) => b.measuredCapacityMl,
    ),
  },
  // The population's storage capacities as Kent measured them (I31's measure): its mothers are
  // drawn with capacities inside this range as inputs, so this checks what the model makes of them.
  ...populationRange({
    ids: ['I33a', 'I33b'],
    ends: ['smallest', 'largest'],
    what: 'storage capacity of a breast, measured as in I31',
    range: [74, 382],
    across: 'mL (range across mothers; up to 606)',
    unit: 'mL',
    digits: 0,
    of: (p) => p.breasts.map((b) => b.measuredCapacityMl),
    over: `the ${2 * POPULATION_SIZE} breasts of ${POPULATION_SIZE} mothers`,
    source: 'Kent 1999',
  }),
];
