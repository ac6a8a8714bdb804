// The infant: appetite and sucking strength by age.
// Units: mL/day for appetite, mL/min for intake, days of age.
import { AGE_TABLES, fromTable } from './parameters';

const APPETITE = AGE_TABLES.appetiteMlPerDay;
const INTAKE = AGE_TABLES.maxIntakeMlPerMin;

export interface InfantSettings {
  appetiteScale: number;
  maxIntakeFixed: number | null;
}

/** Appetite grows with age (Neville 1988; Kent 2006); a given value rescales the curve. */
export function appetiteMlPerDay(settings: InfantSettings, ageDays: number): number {
  if (ageDays < 0) return 0;
  return fromTable(APPETITE, ageDays) * settings.appetiteScale;
}

export function maxIntakeMlPerMin(settings: InfantSettings, ageDays: number): number {
  if (settings.maxIntakeFixed !== null) return settings.maxIntakeFixed;
  return fromTable(INTAKE, Math.max(0, ageDays));
}

/** The scale that makes the appetite curve pass through the given value at the run's age. */
export function appetiteScaleFor(given: number | undefined, startAgeDays: number): number {
  if (given === undefined) return 1;
  const ref = fromTable(APPETITE, Math.max(14, startAgeDays));
  return given / ref;
}
