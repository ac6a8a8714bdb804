// Hormone levels that do not need state: prolactin baseline, progesterone before/after the
// placenta, and the permissive and inhibitory terms acting on the lactocytes.
// Units: ng/mL for prolactin and progesterone, days or hours as named.
import { AGE_TABLES, PARAMETERS, fromTable } from './parameters';

const P = PARAMETERS;
const PRL_TABLE = AGE_TABLES.prolactinBaselineNgPerMl;
const HILL = P.prolactinPermissiveHill.value;
const HILL_K = Math.pow(P.prolactinPermissiveHalfNgPerMl.value, HILL);
const P4_K = P.progesteroneInhibitionHalfNgPerMl.value;

const GESTATION_DAYS = 280;

/** Prolactin baseline by postpartum day; in pregnancy it climbs to the term level. */
export function prolactinStageBaseline(ppDay: number): number {
  if (ppDay >= 0) return fromTable(PRL_TABLE, ppDay);
  const gestFraction = Math.max(0, Math.min(1, (GESTATION_DAYS + ppDay) / GESTATION_DAYS));
  const lo = P.prolactinNonPregnantNgPerMl.value;
  return lo + (P.prolactinTermNgPerMl.value - lo) * gestFraction;
}

/** Pregnancy progesterone, rising from the second trimester to term (model.md §6). */
export function progesteronePregnancy(ppDay: number): number {
  const term = P.progesteroneTermNgPerMl.value;
  const early = P.progesteroneEarlyNgPerMl.value;
  const weeksBefore = Math.max(0, -ppDay / 7);
  // Linear from 12 weeks' gestation (28 weeks before term) to term.
  const frac = Math.max(0, Math.min(1, 1 - weeksBefore / 28));
  return early + (term - early) * frac;
}

/** Permissive prolactin action: flat in the lactating range (Cox 1996), collapsing below. */
export function prolactinPermissive(exposureNgPerMl: number): number {
  const e = exposureNgPerMl > 0 ? exposureNgPerMl : 0;
  const en = HILL === 5 ? e * e * e * e * e : Math.pow(e, HILL);
  return en / (en + HILL_K);
}

/** Progesterone's hold on secretory activation: 1 = no hold, 0 = fully held (pregnancy). */
export function progesteroneRelease(p4NgPerMl: number): number {
  const r = p4NgPerMl / P4_K;
  return 1 / (1 + r * r);
}

const ACT_K4 = Math.pow(P.prolactinActivationHalfNgPerMl.value, 4);

/** Prolactin needed to drive secretory activation (higher than to maintain secretion). */
export function prolactinActivationDrive(exposureNgPerMl: number): number {
  const e2 = exposureNgPerMl * exposureNgPerMl;
  const e4 = e2 * e2;
  return e4 / (e4 + ACT_K4);
}
