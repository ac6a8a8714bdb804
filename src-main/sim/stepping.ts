// Step-size rules: fine while oxytocin is released or milk ejected, coarser between pulses and
// around sessions, coarse between them; every step also ends at the next thing that must happen
// on time (a sample, a planned session, a hunger cue, a pulse, the placenta, birth, the end).
// Hormones are integrated exactly over a step and threshold crossings are interpolated, so the
// events keep their exact times whatever the step.
import type { EngineConfig } from './config';
import { anyStimulating, nextFeedingMoment } from './feeding';
import type { EngineState } from './state';

/** Runs longer than a week are sampled at ≥ 1 min: 2-s fine steps change 24-h removal < 2 %. */
const LONG_RUN_SEC = 7 * 86_400;

export interface StepRules {
  fine: number;
  stimulated: number;
  busy: number;
  quiet: number;
  coarse: number;
}

export function stepRulesFor(durationSec: number): StepRules {
  if (durationSec > LONG_RUN_SEC)
    return { fine: 2, stimulated: 5, busy: 5, quiet: 20, coarse: 300 };
  return { fine: 1, stimulated: 5, busy: 2, quiet: 20, coarse: 300 };
}

/** Whether the loop is near a session (for sampling and step size). */
export function isNear(st: EngineState, t: number): boolean {
  if (
    st.feeding.sessions.length > 0 ||
    t < st.feeding.fineUntil ||
    st.h.otReleaseUntil > t ||
    st.h.drive > 0
  ) {
    return true;
  }
  for (const inf of st.infants) if (inf.cueAt !== null) return true;
  return false;
}

/** Sets the end and length of the step starting at st.clock.from (see StepClock for its inputs). */
export function nextStepEnd(c: EngineConfig, st: EngineState, rules: StepRules): void {
  const clock = st.clock;
  const nextSample = clock.nextSample;
  const t = clock.from;
  const h = st.h;
  const stimulated = anyStimulating(st);
  const releasing = h.otReleaseUntil > t || h.drive > 0;
  const busy = releasing || st.feeding.sessions.length > 0;
  const dtMax = stimulated
    ? releasing
      ? rules.fine
      : rules.stimulated
    : releasing
      ? rules.busy
      : busy || isNear(st, t)
        ? rules.quiet
        : rules.coarse;
  let tNext = Math.min(t + dtMax, c.durationSec, nextSample);
  if (!st.totals.placentaDone && c.placentaSec > t) tNext = Math.min(tNext, c.placentaSec);
  if (c.birthSec > t) tNext = Math.min(tNext, c.birthSec);
  if (st.pulses.stimulatedSince !== null)
    tNext = Math.min(tNext, Math.max(st.pulses.nextPulseSec, t + 1e-6));
  clock.to = Math.min(tNext, nextFeedingMoment(c, st));
  clock.dt = clock.to - t;
}
