// One breast: alveolar store, ducts, synthesis capacity and milk fat.
// Units: mL for volumes, mL/h for synthesis capacity, g/L for fat, fullness 0..1.
import { PARAMETERS as P } from './parameters';

export interface Breast {
  /** Alveolar (stored) milk. */
  stored: number;
  /** Milk in the ducts, available to the infant or pump. */
  duct: number;
  /** Storage capacity left after surgery. */
  capacity: number;
  /** Intrinsic synthesis capacity at the fullness set point ("supply"), mL/h. */
  sigma: number;
  /** Upper bound that adaptation can reach (IOM 1991 headroom), mL/h. */
  sigmaCeiling: number;
  sigmaFloor: number;
  /** Share of the gland still draining (surgery). */
  lobesIntact: number;
  /** Current removal, mL/s. */
  flow: number;
  /** Current synthesis, mL/s. */
  synthesis: number;
  removedTotal: number;
  synthesizedTotal: number;
}

const GAMMA = P.fullnessExponent.value;
const SET_POINT = P.fullnessSetPoint.value;
const P_SET_POINT = SET_POINT;
/** Normalises g so a breast at the set point makes milk at exactly its capacity sigma. */
const G_REF = 1 - Math.pow(SET_POINT, GAMMA);

/** Local control (model.md §4): synthesis slows as the alveoli fill. */
export function fullnessBrake(fullness: number): number {
  const f = fullness < 0 ? 0 : fullness > 1 ? 1 : fullness;
  return (1 - (GAMMA === 2 ? f * f : Math.pow(f, GAMMA))) / G_REF;
}

export function fullness(b: Breast): number {
  return b.capacity > 0 ? b.stored / b.capacity : 1;
}

const FAT_FULL = P.fatAtFullGPerL.value;
const FAT_EMPTY = P.fatAtEmptyGPerL.value;

/**
 * Fat of the milk being removed: linear in the degree of fullness (Daly 1993b found fat depends
 * on the degree of emptying; a linear fit is the simplest curve consistent with that). The
 * end points are calibrated so the 24-h mean is ~41 g/L (Kent 2006).
 */
export function fatOf(b: Breast): number {
  const f = Math.min(1, (b.stored + b.duct) / Math.max(1, b.capacity));
  return FAT_EMPTY - (FAT_EMPTY - FAT_FULL) * f;
}

/** Inputs of one breast step, reused between steps (no allocation in the hot loop). */
export interface StepInputs {
  dt: number;
  /** Activation × permissive prolactin × contraception. */
  synthFactor: number;
  /** Myoepithelial drive 0..1. */
  drive: number;
  /** Oxytocin falling: the second half of an ejection. */
  falling: boolean;
  /** 1 − e^(−k dt) for backflow and duct relaxation. */
  eBack: number;
  eDuct: number;
  /** Maximum removal by infant or pump, mL/s (0 when not on this breast). */
  removalMax: number;
  adaptGainUp: number;
  adaptGainDown: number;
  /** Share of the adaptive ceiling still reachable (combined pill: estrogen limits it). */
  ceilingFactor: number;
}

export function newStepInputs(): StepInputs {
  return {
    dt: 0,
    synthFactor: 0,
    drive: 0,
    falling: false,
    eBack: 0,
    eDuct: 0,
    removalMax: 0,
    adaptGainUp: 0,
    adaptGainDown: 0,
    ceilingFactor: 1,
  };
}

const EJECT_K = P.ejectionRatePerSec.value;
const DUCT_REST = P.ductRestMl.value;
const DUCT_HALF = P.ductHalfSatMl.value;
const ADAPT_PER_SEC = P.adaptationRatePerDay.value / 86_400;

/**
 * Advances one breast by dt seconds and returns the milk removed (mL). Synthesis fills the
 * alveoli (slowed as they fill); ejection pushes alveolar milk into the ducts, with backflow in
 * its second half (Geddes 2009); at rest the ducts settle to a few mL; the infant or pump removes
 * from the ducts only; capacity adapts to how empty the breast is kept (model.md §5).
 */
export function stepBreast(b: Breast, k: StepInputs): number {
  const dt = k.dt;
  const f = b.stored / b.capacity;
  let made = (b.sigma / 3600) * b.lobesIntact * k.synthFactor * fullnessBrake(f) * dt;
  if (b.stored + made > b.capacity) made = Math.max(0, b.capacity - b.stored);
  b.stored += made;
  b.synthesis = dt > 0 ? made / dt : 0;
  b.synthesizedTotal += made;

  if (k.drive > 0) {
    // 1 − e^(−x) to third order; x ≤ 0.04 per step.
    const x = EJECT_K * k.drive * dt;
    const moved = b.stored * x * (1 - x * (0.5 - x / 6));
    b.stored -= moved;
    b.duct += moved;
    if (k.falling) {
      const back = b.duct * k.eBack;
      b.duct -= back;
      b.stored += back;
    }
  } else {
    // At rest the ducts hold a few mL in proportion to fullness (Ramsay 2005).
    const rest = DUCT_REST * (f < 1 ? f : 1);
    const relax = (b.duct - rest) * k.eDuct;
    b.duct -= relax;
    b.stored += relax;
    if (b.stored < 0) {
      b.duct += b.stored;
      b.stored = 0;
    }
  }

  let removed = 0;
  if (k.removalMax > 0) {
    removed = k.removalMax * (b.duct / (b.duct + DUCT_HALF)) * dt;
    if (removed > b.duct) removed = b.duct;
    if (removed < 0) removed = 0;
    b.duct -= removed;
    b.removedTotal += removed;
  }
  b.flow = dt > 0 ? removed / dt : 0;

  const err = P_SET_POINT - b.stored / b.capacity;
  const gain = err > 0 ? k.adaptGainUp : k.adaptGainDown;
  if (gain > 0) {
    b.sigma += b.sigma * ADAPT_PER_SEC * err * gain * dt;
    const ceiling = b.sigmaCeiling * k.ceilingFactor;
    if (b.sigma > ceiling) b.sigma = ceiling > b.sigmaFloor ? ceiling : b.sigmaFloor;
    if (b.sigma < b.sigmaFloor) b.sigma = b.sigmaFloor;
  }
  return removed;
}

export function makeBreast(
  capacityMl: number,
  lobesIntact: number,
  sigmaMlPerH: number,
  ceilingMlPerH: number,
): Breast {
  const capacity = Math.max(5, capacityMl * lobesIntact);
  return {
    stored: capacity * SET_POINT,
    duct: P.ductRestMl.value * SET_POINT,
    capacity,
    sigma: sigmaMlPerH,
    sigmaCeiling: ceilingMlPerH,
    sigmaFloor: ceilingMlPerH * P.supplyFloorFraction.value,
    lobesIntact,
    flow: 0,
    synthesis: 0,
    removedTotal: 0,
    synthesizedTotal: 0,
  };
}
