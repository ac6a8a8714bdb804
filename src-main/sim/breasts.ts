// One breast: alveolar store, ducts, synthesis, ejection, removal, and the local control of its
// secretory capacity over days (model.md §4–5).
// Units: mL for volumes, mL/h for the secretory capacity sigma, mL/s for flows, g/L for fat,
// fullness 0..1. Milk is conserved: synthesis = removal + change in (stored + duct), and
// stored + duct never exceeds the capacity.
import { PARAMETERS as P } from './parameters';
import { powerOf } from './pow';
import type { BreastState } from './state';
import type { Side } from './trace';

const GAMMA = P.fullnessExponent.value;
const powGamma = powerOf(GAMMA);
const SET_POINT = P.fullnessSetPoint.value;
/** Normalises g so a breast at the set point makes milk at exactly its capacity sigma. */
const G_REF = 1 - Math.pow(SET_POINT, GAMMA);
const EJECT_K = P.ejectionRatePerSec.value;
const RESIDUAL = P.residualFraction.value;
const DUCT_REST = P.ductRestMl.value;
const DUCT_HALF = P.ductHalfSatMl.value;
const ADAPT_PER_SEC = P.adaptationRatePerDay.value / 86_400;
const SIGMA_MAX = P.supplyMaxMlPerHour.value;
const SIGMA_FLOOR = P.supplyFloorMlPerHour.value;
const FAT_A = P.fatInterceptGPerL.value;
const FAT_B = P.fatLinearGPerL.value;
const FAT_C = P.fatQuadraticGPerL.value;

/** Local control (model.md §4): synthesis slows as the alveoli fill; g(set point) = 1. */
export function fullnessBrake(fullness: number): number {
  const f = fullness < 0 ? 0 : fullness > 1 ? 1 : fullness;
  return (1 - powGamma(f)) / G_REF;
}

/** Milk in the breast (alveoli and ducts) over its capacity. */
export function fullness(b: BreastState): number {
  return b.capacity > 0 ? Math.min(1, (b.stored + b.duct) / b.capacity) : 1;
}

/**
 * Fat of the milk being removed, from the degree of emptying d = 1 − fullness by Daly, Di Rosso,
 * Owens & Hartmann 1993's published quadratic (their d is 1 − available milk / storage capacity).
 */
export function fatOf(b: BreastState): number {
  return fatAt(fullness(b));
}

/** Fat (g/L) at a fullness 0..1, by the same quadratic as fatOf. */
export function fatAt(fullness: number): number {
  const d = 1 - fullness;
  return FAT_A + (FAT_B + FAT_C * d) * d;
}

export function makeBreast(
  side: Side,
  capacityMl: number,
  lobesIntact: number,
  sigmaMlPerH: number,
  established: boolean,
): BreastState {
  // An established breast starts at its set point; before lactogenesis it holds a little colostrum.
  const content = established
    ? capacityMl * SET_POINT
    : Math.min(P.colostrumStartMl.value, capacityMl * SET_POINT);
  const duct = DUCT_REST * (content / capacityMl);
  return {
    side,
    stored: content - duct,
    duct,
    capacity: capacityMl,
    sigma: sigmaMlPerH,
    lobesIntact,
    flow: 0,
    synthesis: 0,
    synthesizedTotal: 0,
    removedTotal: 0,
    removedFatG: 0,
    initialContent: content,
  };
}

/** Inputs of one breast step, reused between steps (no allocation in the hot loop). */
export interface BreastStep {
  dt: number;
  /** Activation × permissive prolactin × contraception. */
  synthFactor: number;
  /** Myoepithelial drive 0..1. */
  drive: number;
  /** Oxytocin falling: the second half of an ejection. */
  falling: boolean;
  /** 1 − e^(−k dt) for backflow and duct relaxation. */
  back: number;
  duct: number;
  /** Maximum removal by infant or pump, mL/s (0 when nothing is on this breast). */
  removalMax: number;
  /** Gain of capacity rises (activation × prolactin × what the pill leaves) and of falls. */
  gainUp: number;
  gainDown: number;
  /** Output: (stored + duct) / capacity after the step, unclamped; the loop reads the fat from it. */
  fill: number;
  /** Output: milk removed in the step (mL), in this record rather than returned (see StepClock). */
  removed: number;
}

export function newBreastStep(): BreastStep {
  return {
    dt: 0,
    synthFactor: 0,
    drive: 0,
    falling: false,
    back: 0,
    duct: 0,
    removalMax: 0,
    gainUp: 0,
    gainDown: 0,
    fill: 0,
    removed: 0,
  };
}

/**
 * Advances one breast by dt seconds and returns the milk removed (mL). Synthesis fills the
 * alveoli (slowed as the breast fills, never past its capacity); ejection pushes alveolar milk
 * into the ducts, with backflow in its second half (Geddes 2009); at rest the ducts settle to a
 * few mL; the infant or pump removes from the ducts only; the secretory capacity rises while the
 * breast is kept emptier than its set point and falls while it stays fuller, on its own. The milk
 * removed (mL) is left in k.removed.
 */
export function stepBreast(b: BreastState, k: BreastStep): void {
  const dt = k.dt;
  const f0 = (b.stored + b.duct) / b.capacity;
  let made = synthesisRate(b, k.synthFactor, f0) * dt;
  const room = b.capacity - b.stored - b.duct;
  if (made > room) made = room > 0 ? room : 0;
  b.stored += made;
  b.synthesis = dt > 0 ? made / dt : 0;
  b.synthesizedTotal += made;

  if (k.drive > 0) {
    // 1 − e^(−x) to third order; x ≤ 0.04 per step.
    const x = EJECT_K * k.drive * dt;
    const ejectable = b.stored - RESIDUAL * b.capacity;
    const moved = ejectable > 0 ? ejectable * x * (1 - x * (0.5 - x / 6)) : 0;
    b.stored -= moved;
    b.duct += moved;
    if (k.falling) {
      const back = b.duct * k.back;
      b.duct -= back;
      b.stored += back;
    }
  } else {
    // At rest the ducts hold a few mL in proportion to fullness (Ramsay 2005).
    const rest = DUCT_REST * (f0 < 1 ? f0 : 1);
    let relax = (b.duct - rest) * k.duct;
    if (-relax > b.stored) relax = -b.stored;
    b.duct -= relax;
    b.stored += relax;
  }

  let removed = 0;
  if (k.removalMax > 0 && b.duct > 0) {
    removed = k.removalMax * (b.duct / (b.duct + DUCT_HALF)) * dt;
    if (removed > b.duct) removed = b.duct;
    b.duct -= removed;
    b.removedTotal += removed;
  }
  // Most breast-steps remove nothing (one breast feeds at a time): 0 / dt is 0, without dividing.
  b.flow = removed !== 0 && dt > 0 ? removed / dt : 0;

  k.fill = (b.stored + b.duct) / b.capacity;
  const err = SET_POINT - k.fill;
  const gain = err > 0 ? k.gainUp : k.gainDown;
  if (gain > 0) {
    b.sigma += b.sigma * ADAPT_PER_SEC * err * gain * dt;
    if (b.sigma > SIGMA_MAX) b.sigma = SIGMA_MAX;
    if (b.sigma < SIGMA_FLOOR) b.sigma = SIGMA_FLOOR;
  }
  k.removed = removed;
}

/** Synthesis now (mL/s) at a fill of `fill` (stored + duct over capacity), with the factors in force. */
export function synthesisRate(b: BreastState, synthFactor: number, fill: number): number {
  return (b.sigma / 3600) * b.lobesIntact * synthFactor * fullnessBrake(fill);
}

/** What the breast makes a day when kept at its set point, with the factors now in force. */
export function supplyPerDay(b: BreastState, synthFactor: number): number {
  return 24 * b.sigma * b.lobesIntact * synthFactor;
}
