// The infants: milk need by age (and weight), hunger that starts an on-demand feed and satiety
// that ends it, sucking strength by age. One state per infant (twins, triplets).
// Units: mL/day for need, mL for hunger (the deficit), mL/s for intake, days of age.
import { DAY, appetiteFactorAt, type EngineConfig } from './config';
import { PARAMETERS as P } from './parameters';
import { uniform } from './prng';
import type { EngineState, InfantState } from './state';
import { AGE_TABLES, fromTable } from './tables';

/** The infant's milk need now (mL/day): age curve × weight/appetite scale × timed changes. */
export function needMlPerDay(c: EngineConfig, t: number): number {
  if (t < c.birthSec) return 0;
  const ageDays = (c.startPP * 3600 + t) / DAY;
  return fromTable(AGE_TABLES.needMlPerDay, ageDays) * c.needScale * appetiteFactorAt(c, t);
}

/** Milk transfer while an ejection fills the ducts (mL/s). */
export function maxIntakePerSec(c: EngineConfig, t: number): number {
  if (c.maxIntakeFixedMlPerMin !== null) return c.maxIntakeFixedMlPerMin / 60;
  const ageDays = Math.max(0, (c.startPP * 3600 + t) / DAY);
  return fromTable(AGE_TABLES.maxIntakeMlPerMin, ageDays) / 60;
}

/** A typical meal at this need: need spread over the meals of a day (Kent 2006: ~8). */
export function mealMl(c: EngineConfig, needPerDay: number): number {
  return (needPerDay * c.intervalSec) / DAY;
}

/** The hunger at which the next on-demand feed is cued, varied per meal (seeded). */
export function drawTrigger(st: EngineState, meal: number): number {
  const j = P.feedTriggerJitter.value;
  return meal * uniform(st.rand, 1 - j, 1 + j);
}

export function makeInfant(st: EngineState, meal: number, bornBeforeStart: boolean): InfantState {
  return {
    deficit: bornBeforeStart ? meal * st.rand() : 0,
    trigger: drawTrigger(st, meal),
    cueAt: null,
    lastMealEnd: -Infinity,
    lastFirstSide: null,
    session: null,
    intakeTotal: 0,
    intakeFlow: 0,
  };
}

/**
 * Hunger grows with need (mL/s: the loop divides the daily need once a minute, not every step);
 * an underfed infant's hunger is capped at a few meals.
 */
export function stepHunger(inf: InfantState, needPerSec: number, meal: number, dt: number): void {
  if (needPerSec <= 0) return;
  inf.deficit += needPerSec * dt;
  const cap = P.hungerCapMeals.value * meal;
  if (inf.deficit > cap) inf.deficit = cap;
}
