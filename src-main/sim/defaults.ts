// The documented defaults of the scenario document (design/scenario-format.md): every section but
// schema, name, start, durationHours and feeding may be left out. The library stores what the user
// wrote; the engine and the views read it through withDefaults.
// Units as in the scenario: hours, minutes, mL, mL/day.
import { PARAMETERS as P } from './parameters';
import type { Condition, Scenario, SidePattern } from './scenario';

export interface ResolvedScenario {
  name: string;
  startPostpartumHours: number;
  durationHours: number;
  birth: {
    placentaDeliveredAtHours: number;
    mode: 'vaginal' | 'caesarean';
    firstFeedAtHours: number;
  };
  mother: {
    storageCapacityMl: { left: number; right: number };
    /** Null: taken from the mother's typical capacity at this postpartum age (tables.ts). */
    supplyMlPerDay: number | null;
    firstBirth: boolean;
    diabetes: 'none' | 'type1';
    bmi: number | null;
    conditions: Condition[];
  };
  infant: {
    count: number;
    /** Null: the WHO median weight for age. */
    weightKg: number | null;
    maxIntakeMlPerMin: number | null;
    /** Null: the need curve as it is (tables.ts); a value rescales it to pass through this. */
    appetiteMlPerDay: number | null;
    appetiteChanges: { atHours: number; factor: number; durationHours: number | null }[];
  };
  feeding: {
    plan: Scenario['feeding']['plan'];
    intervalHours: number;
    pattern: SidePattern;
    blockHours: number;
    minutesPerBreast: number;
    events: NonNullable<Scenario['feeding']['events']>;
    changes: NonNullable<Scenario['feeding']['changes']>;
    seed: number;
  };
}

export const DEFAULTS = {
  placentaDeliveredAtHours: P.placentaDeliveredAtH.value,
  birthMode: 'vaginal',
  firstFeedAtHours: P.firstFeedAfterBirthMin.value / 60,
  storageCapacityMl: P.storageCapacityDefaultMl.value,
  firstBirth: false,
  diabetes: 'none',
  infantCount: 1,
  /** Kent 2006: about 8 meals a day. */
  intervalHours: 24 / P.mealsPerDay.value,
  pattern: 'alternate',
  blockHours: P.blockFeedingHours.value,
  minutesPerBreast: P.minutesPerBreastDefault.value,
  seed: 1,
} as const;

export function withDefaults(s: Scenario): ResolvedScenario {
  const m = s.mother;
  const inf = s.infant;
  const f = s.feeding;
  return {
    name: s.name,
    startPostpartumHours: s.start.postpartumHours,
    durationHours: s.durationHours,
    birth: {
      placentaDeliveredAtHours:
        s.birth?.placentaDeliveredAtHours ?? DEFAULTS.placentaDeliveredAtHours,
      mode: s.birth?.mode ?? DEFAULTS.birthMode,
      firstFeedAtHours: s.birth?.firstFeedAtHours ?? DEFAULTS.firstFeedAtHours,
    },
    mother: {
      storageCapacityMl: m?.storageCapacityMl ?? {
        left: DEFAULTS.storageCapacityMl,
        right: DEFAULTS.storageCapacityMl,
      },
      supplyMlPerDay: m?.supplyMlPerDay ?? null,
      firstBirth: m?.firstBirth ?? DEFAULTS.firstBirth,
      diabetes: m?.diabetes ?? DEFAULTS.diabetes,
      bmi: m?.bmi ?? null,
      conditions: m?.conditions ?? [],
    },
    infant: {
      count: inf?.count ?? DEFAULTS.infantCount,
      weightKg: inf?.weightKg ?? null,
      maxIntakeMlPerMin: inf?.maxIntakeMlPerMin ?? null,
      appetiteMlPerDay: inf?.appetiteMlPerDay ?? null,
      appetiteChanges: (inf?.appetiteChanges ?? []).map((c) => ({
        atHours: c.atHours,
        factor: c.factor,
        durationHours: c.durationHours ?? null,
      })),
    },
    feeding: {
      plan: f.plan,
      intervalHours: f.intervalHours ?? DEFAULTS.intervalHours,
      pattern: f.pattern ?? DEFAULTS.pattern,
      blockHours: f.blockHours ?? DEFAULTS.blockHours,
      minutesPerBreast: f.minutesPerBreast ?? DEFAULTS.minutesPerBreast,
      events: f.events ?? [],
      changes: f.changes ?? [],
      seed: f.seed ?? DEFAULTS.seed,
    },
  };
}
