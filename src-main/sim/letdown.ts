// The let-down reflex: the oxytocin pulse generator that runs while a nipple is stimulated, and
// milk ejections as oxytocin crosses the myoepithelial threshold.
// Units: seconds, pg/mL.
import { emit } from './events';
import { anyStimulating, isStimulating, sidesOf } from './feeding';
import { startPulse } from './hormones';
import { PARAMETERS as P } from './parameters';
import { uniform } from './prng';
import type { EngineState } from './state';
import type { Side } from './trace';

const OT_THRESHOLD = P.oxytocinThresholdPgPerMl.value;
const OT_BASAL = P.oxytocinBasalPgPerMl.value;

/** Mean interval between pulses: a pump elicits ejections faster (Prime 2011); stress slows both (Ueda 1994). */
export function pulseIntervalSec(pumping: boolean, stress: number): number {
  const base = pumping ? P.pulseIntervalPumpSec.value : P.pulseIntervalLatchSec.value;
  return base / (1 - P.stressPulseRateReduction.value * stress);
}

/** Fires the next oxytocin pulse when due, while any nipple is stimulated. */
export function pulseGenerator(st: EngineState, t: number, stress: number): void {
  const p = st.pulses;
  if (p.stimulatedSince === null || t < p.nextPulseSec - 1e-9) return;
  if (!anyStimulating(st)) return;
  const refractory = P.pulseRefractorySec.value;
  if (st.h.drive > 0 || t < p.lastEjectionEnd + refractory) {
    // Bursts are discrete: wait until the current ejection is over.
    p.nextPulseSec = Math.max(t + 1, p.lastEjectionEnd + refractory);
    return;
  }
  const ratio = uniform(st.rand, P.pulsePeakRatioMin.value, P.pulsePeakRatioMax.value);
  startPulse(st.h, t, (OT_THRESHOLD - OT_BASAL) * ratio);
  let pumping = false;
  let side: Side | undefined;
  for (const s of st.feeding.sessions) {
    if (s.kind === 'pump') pumping = true;
    if (s.kind !== 'skinToSkin' && side === undefined) side = s.firstSide ?? undefined;
  }
  emit(st, t, 'oxytocinPulse', side);
  p.nextPulseSec =
    t +
    pulseIntervalSec(pumping, stress) *
      uniform(st.rand, P.pulseIntervalSpreadMin.value, P.pulseIntervalSpreadMax.value);
}

/** Ejection start/end events of the step in st.clock, interpolated to the threshold crossing. */
export function ejectionEvents(st: EngineState): void {
  const tPrev = st.clock.from;
  const dt = st.clock.dt;
  const t = st.clock.to;
  const h = st.h;
  const p = st.pulses;
  const starts = h.drive > 0 && h.prevDrive === 0;
  const ends = h.drive === 0 && h.prevDrive > 0 && p.ejectionActive;
  if (!starts && !ends) return;
  const sessions = st.feeding.sessions.filter(isStimulating);
  if (starts) {
    p.ejectionActive = true;
    const frac = (OT_THRESHOLD - h.otPrev) / Math.max(h.ot - h.otPrev, 1e-9);
    const at = tPrev + Math.max(0, Math.min(1, frac)) * dt;
    if (sessions.length === 0) {
      p.ejectionNo = 0;
      emit(st, at, 'ejectionStart', undefined, 'Milk ejection (no stimulation)');
      return;
    }
    for (const s of sessions) {
      if (s.stats === null) continue;
      s.stats.noteEjection(at);
      p.ejectionNo = s.stats.ejections;
      for (const sd of sidesOf(s.side))
        emit(st, at, 'ejectionStart', sd, `Milk ejection ${p.ejectionNo}`);
    }
  } else {
    p.ejectionActive = false;
    p.lastEjectionEnd = t;
    const frac = (h.otPrev - OT_THRESHOLD) / Math.max(h.otPrev - h.ot, 1e-9);
    const at = tPrev + Math.max(0, Math.min(1, frac)) * dt;
    const detail =
      p.ejectionNo > 0 ? `Milk ejection ${p.ejectionNo}` : 'Milk ejection (no stimulation)';
    const sides = sessions.flatMap((s) => sidesOf(s.side));
    if (sides.length === 0) emit(st, at, 'ejectionEnd', undefined, detail);
    for (const sd of sides) emit(st, at, 'ejectionEnd', sd, detail);
  }
}
