// Hormones: prolactin (baseline by stage and suckling, surges while stimulated), oxytocin (pulses
// and clearance → myoepithelial drive), progesterone (pregnancy, placental fall, residual fall over
// days) and the secretory activation chain it holds back (lactogenesis II).
// Units: ng/mL for prolactin and progesterone, pg/mL for oxytocin, seconds; levels integrated
// exactly over a step (linear first-order), so the step size does not change them.
import { DAY, contraceptionFactorAt, contraceptionOnsetAt, type EngineConfig } from './config';
import { PARAMETERS as P } from './parameters';
import { powerOf } from './pow';
import { STAGES, type EngineState, type HormoneState } from './state';
import { AGE_TABLES, fromTable } from './tables';

const GESTATION_DAYS = P.gestationDays.value;
const HILL = P.prolactinPermissiveHill.value;
const powHill = powerOf(HILL);
const HILL_K = Math.pow(P.prolactinPermissiveHalfNgPerMl.value, HILL);
const P4_K = P.progesteroneInhibitionHalfNgPerMl.value;
const ACT_K4 = Math.pow(P.prolactinActivationHalfNgPerMl.value, 4);
const OT_THRESHOLD = P.oxytocinThresholdPgPerMl.value;
const OT_SAT = P.oxytocinSaturationPgPerMl.value;
const OT_BASAL = P.oxytocinBasalPgPerMl.value;

export const K_PRL = Math.LN2 / (P.prolactinHalfLifeMin.value * 60);
export const K_OT = Math.LN2 / P.oxytocinHalfLifeSec.value;
const K_P4 = Math.LN2 / (P.progesteroneHalfLifeMin.value * 60);
const K_P4_RESIDUAL = Math.LN2 / (P.progesteroneResidualHalfLifeDays.value * DAY);
const K_EXPOSURE = 1 / (P.prolactinExposureTauH.value * 3600);
const STIM_TAU_SEC = P.prolactinStimTauDays.value * DAY;

/** Prolactin baseline by postpartum day; in pregnancy it climbs to the term level. */
export function prolactinStageBaseline(ppDay: number): number {
  if (ppDay >= 0) return fromTable(AGE_TABLES.prolactinBaselineNgPerMl, ppDay);
  const gestFraction = Math.max(0, Math.min(1, (GESTATION_DAYS + ppDay) / GESTATION_DAYS));
  const lo = P.prolactinNonPregnantNgPerMl.value;
  return lo + (P.prolactinTermNgPerMl.value - lo) * gestFraction;
}

/** Pregnancy progesterone, rising from 12 weeks' gestation to term (model.md §6). */
export function progesteronePregnancy(ppDay: number): number {
  const term = P.progesteroneTermNgPerMl.value;
  const early = P.progesteroneEarlyNgPerMl.value;
  const frac = Math.max(
    0,
    Math.min(1, 1 - Math.max(0, -ppDay / 7) / P.progesteroneRiseWeeks.value),
  );
  return early + (term - early) * frac;
}

/** Permissive prolactin action: flat in the lactating range (Cox 1996), collapsing below it. */
export function prolactinPermissive(exposureNgPerMl: number): number {
  const e = exposureNgPerMl > 0 ? exposureNgPerMl : 0;
  const en = powHill(e);
  return en / (en + HILL_K);
}

/** Progesterone's hold on secretory activation: 1 = no hold, 0 = fully held (pregnancy). */
export function progesteroneRelease(p4NgPerMl: number): number {
  const r = p4NgPerMl / P4_K;
  return 1 / (1 + r * r);
}

/** Prolactin needed to drive secretory activation (higher than to maintain secretion). */
export function prolactinActivationDrive(exposureNgPerMl: number): number {
  const e2 = exposureNgPerMl * exposureNgPerMl;
  const e4 = e2 * e2;
  return e4 / (e4 + ACT_K4);
}

/** Myoepithelial drive from oxytocin: 0 below threshold, saturating near pulse peaks. */
export function ejectionDrive(otPgPerMl: number): number {
  return otPgPerMl <= OT_THRESHOLD
    ? 0
    : Math.min(1, (otPgPerMl - OT_THRESHOLD) / (OT_SAT - OT_THRESHOLD));
}

/** Progesterone held while the placenta (or retained tissue) is in place. */
export function progesteroneHeld(c: EngineConfig, t: number): number {
  const ppDay = (c.startPP * 3600 + t) / DAY;
  if (t < c.birthSec) return progesteronePregnancy(ppDay);
  const term = progesteronePregnancy(0);
  return c.retainedPlacenta ? term * P.retainedPlacentaP4Fraction.value : term;
}

/** Prolactin baseline now: kept up by suckling after birth, else falling to non-pregnant. */
export function prolactinBaseline(
  c: EngineConfig,
  h: HormoneState,
  t: number,
  stage: number,
): number {
  // Before birth (the sign of the postpartum time, without dividing it into days every step).
  if (c.startPP * 3600 + t < 0) return stage * c.pituitary;
  const lo = P.prolactinNonPregnantNgPerMl.value;
  const keep = Math.min(1, h.stimLevel / P.prolactinStimSessionsPerDay.value);
  return (lo + (stage - lo) * keep) * c.pituitary;
}

export function activationOf(h: HormoneState): number {
  const col = P.colostrumFraction.value;
  return col + (1 - col) * (h.chain[STAGES - 1] ?? 0);
}

/** Starting levels at t = 0, with the activation chain run forward from placenta delivery. */
export function initialHormones(c: EngineConfig): HormoneState {
  const stage = prolactinStageBaseline(c.startPP / 24);
  const chain = new Float64Array(STAGES);
  const h: HormoneState = {
    prl: 0,
    exposure: 0,
    ot: OT_BASAL,
    otPrev: OT_BASAL,
    otReleaseRate: 0,
    otReleaseUntil: -Infinity,
    p4: 0,
    p4Residual: 0,
    nerve: 0,
    stimLevel: P.mealsPerDay.value,
    drive: 0,
    prevDrive: 0,
    falling: false,
    chain,
    act: 0,
    hPerm: 0,
    contra: contraceptionFactorAt(c, 0),
    contraOnset: contraceptionOnsetAt(c, 0),
  };
  h.prl = prolactinBaseline(c, h, 0, stage);
  h.exposure = h.prl;
  h.hPerm = prolactinPermissive(h.exposure);
  const residual0 = P.progesteroneResidualNgPerMl.value;
  if (c.placentaSec <= 0) {
    const since = -c.placentaSec;
    h.p4Residual = residual0 * Math.exp(-K_P4_RESIDUAL * since);
    const placental = progesteroneHeld(c, c.placentaSec) * Math.exp(-K_P4 * since);
    h.p4 = P.progesteroneFloorNgPerMl.value + h.p4Residual + placental;
    // Activation before t = 0: early-postpartum prolactin, the baseline with its suckling surges
    // averaged, drove the chain from placenta delivery on.
    const input = prolactinActivationDrive(
      P.prolactinEarlySurgeFactor.value *
        prolactinStageBaseline(c.startPP / 24 - since / DAY) *
        c.pituitary,
    );
    if (since > 30 * DAY) chain.fill(input);
    else {
      const dt = 600;
      for (let s = 0; s < since; s += dt) {
        const f = Math.min(1, Math.min(dt, since - s) / c.stageTauSec);
        let x = input;
        for (let i = 0; i < STAGES; i++) {
          const v = chain[i] ?? 0;
          chain[i] = x > v ? v + (x - v) * f : v;
          x = chain[i] ?? 0;
        }
      }
    }
  } else {
    h.p4 = progesteroneHeld(c, 0);
  }
  h.act = activationOf(h);
  return h;
}

/** Decay factors for one step length, cached by the loop (steps repeat a few lengths). */
export interface Decays {
  dt: number;
  ot: number;
  prl: number;
  p4: number;
  p4Residual: number;
  nerve: number;
  exposure: number;
  stim: number;
  duct: number;
  back: number;
}

export function newDecays(): Decays {
  return {
    dt: -1,
    ot: 1,
    prl: 1,
    p4: 1,
    p4Residual: 1,
    nerve: 1,
    exposure: 1,
    stim: 1,
    duct: 0,
    back: 0,
  };
}

/** Fills `d` for a step of dt seconds (in place: the loop keeps a few and allocates none). */
export function setDecays(d: Decays, dt: number): Decays {
  d.dt = dt;
  d.ot = Math.exp(-K_OT * dt);
  d.prl = Math.exp(-K_PRL * dt);
  d.p4 = Math.exp(-K_P4 * dt);
  d.p4Residual = Math.exp(-K_P4_RESIDUAL * dt);
  d.nerve = Math.exp(-dt / P.nerveRiseTauSec.value);
  d.exposure = Math.exp(-K_EXPOSURE * dt);
  d.stim = Math.exp(-dt / STIM_TAU_SEC);
  d.duct = 1 - Math.exp(-dt / P.ductRelaxTauSec.value);
  d.back = 1 - Math.exp(-P.backflowRatePerSec.value * dt);
  return d;
}

/** A stimulated session counts towards the suckling-maintained prolactin baseline. */
export function noteStimulation(h: HormoneState): void {
  h.stimLevel += 1 / (STIM_TAU_SEC / DAY);
}

/** Inputs of one hormone step, in a record the loop reuses (see StepClock: no boxed numbers). */
export interface HormoneInputs {
  /** Afferent drive from the nipples, 0..1, while a nipple is stimulated. */
  nerve: number;
  /** The pituitary prolactin release rate it causes (ng/mL/s). */
  prlRelease: number;
  /** Prolactin baseline of the postpartum stage (ng/mL). */
  stageBaseline: number;
}

/** Advances every hormone over the step in st.clock (from its start, by d.dt). */
export function stepHormones(c: EngineConfig, st: EngineState, d: Decays, k: HormoneInputs): void {
  const t = st.clock.from;
  const nerveInput = k.nerve;
  const prlRelease = k.prlRelease;
  const stageBaseline = k.stageBaseline;
  const h = st.h;
  h.nerve = nerveInput + (h.nerve - nerveInput) * d.nerve;

  // No release (most steps) adds 0 without a division.
  const prlEq =
    prolactinBaseline(c, h, t, stageBaseline) + (prlRelease === 0 ? 0 : prlRelease / K_PRL);
  h.prl = prlEq + (h.prl - prlEq) * d.prl;
  h.exposure = h.prl + (h.exposure - h.prl) * d.exposure;
  h.hPerm = prolactinPermissive(h.exposure);

  // Oxytocin: pulse release plus first-order clearance (posterior pituitary, spared in Sheehan).
  const releasing = t < h.otReleaseUntil ? h.otReleaseRate : 0;
  const otEq = OT_BASAL + (releasing === 0 ? 0 : releasing / K_OT);
  h.otPrev = h.ot;
  h.ot = otEq + (h.ot - otEq) * d.ot;
  h.prevDrive = h.drive;
  h.drive = ejectionDrive(h.ot);
  h.falling = h.ot < h.otPrev;

  // Progesterone: held by the placenta; after it, the placental part falls within minutes and a
  // residual over days (measured ~6 ng/mL on days 3–5).
  const floor = P.progesteroneFloorNgPerMl.value;
  if (st.totals.placentaDone) {
    h.p4Residual *= d.p4Residual;
    const placental = Math.max(0, h.p4 - floor - h.p4Residual);
    h.p4 = floor + h.p4Residual + placental * d.p4;
  } else {
    h.p4 = progesteroneHeld(c, t);
    h.p4Residual = P.progesteroneResidualNgPerMl.value;
  }

  // Secretory activation: prolactin after birth drives the early stages; progesterone holds the
  // last ones, so with a retained placenta milk comes in about a day after removal.
  const chain = h.chain;
  if (d.dt > 0) {
    let input = t >= c.birthSec ? prolactinActivationDrive(h.exposure) : 0;
    const f = Math.min(1, d.dt / c.stageTauSec);
    for (let i = 0; i < STAGES; i++) {
      if (i === c.firstGatedStage) input *= progesteroneRelease(h.p4);
      const x = chain[i] ?? 0;
      const nx = input > x ? x + (input - x) * f : x;
      chain[i] = nx;
      input = nx;
    }
  }
  h.act = activationOf(h);
  if (c.contraceptions.length > 0) {
    h.contra = contraceptionFactorAt(c, t);
    h.contraOnset = contraceptionOnsetAt(c, t);
  }
  h.stimLevel *= d.stim;
}

/** Starts an oxytocin release that peaks `peakIncrement` above basal after the release time. */
export function startPulse(h: HormoneState, t: number, peakIncrement: number): void {
  const tr = P.oxytocinReleaseSec.value;
  h.otReleaseRate = (peakIncrement * K_OT) / (1 - Math.exp(-K_OT * tr));
  h.otReleaseUntil = t + tr;
}
