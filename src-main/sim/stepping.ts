// Step-size rules: fine while oxytocin is released or milk ejected, coarser between pulses and
// around sessions, coarse between them; every step also ends at the next thing that must happen
// on time (a sample, a planned session, a hunger cue, a pulse, the placenta, birth, the end).
// Hormones are integrated exactly over a step and threshold crossings are interpolated, so the
// events keep their exact times whatever the step. A pulse's release runs at its rate for a whole
// step, so a step that ends past the release's end makes the peak higher: runs of a week or less
// allow it (a 1-s step adds at most 1 s to a 30-s release); longer runs, whose steps are longer,
// end a step where the release ends.
import type { EngineConfig } from './config';
import { anyStimulating, nextFeedingMoment } from './feeding';
import type { EngineState } from './state';

/**
 * Runs longer than a week are sampled at ≥ 1 min and take half as many steps inside feeds: against
 * 0.5-s steps during an ejection and 2-s steps between (model 2.1.1), milk removed a day, feeds a
 * day, fat and ejections per feed differ by about 1 % or less, and ejections are as long as with
 * 1-s steps (the 2- and 5-s steps these replace made them 3 % longer).
 */
const LONG_RUN_SEC = 7 * 86_400;

export interface StepRules {
  fine: number;
  stimulated: number;
  busy: number;
  quiet: number;
  coarse: number;
  /** A step ends where an oxytocin release ends (see the top of this file). */
  endAtReleaseEnd: boolean;
}

export function stepRulesFor(durationSec: number): StepRules {
  if (durationSec > LONG_RUN_SEC)
    return { fine: 5, stimulated: 10, busy: 5, quiet: 20, coarse: 300, endAtReleaseEnd: true };
  return { fine: 1, stimulated: 5, busy: 2, quiet: 20, coarse: 300, endAtReleaseEnd: false };
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
  if (rules.endAtReleaseEnd && h.otReleaseUntil > t) tNext = Math.min(tNext, h.otReleaseUntil);
  if (st.pulses.stimulatedSince !== null)
    tNext = Math.min(tNext, Math.max(st.pulses.nextPulseSec, t + 1e-6));
  clock.to = Math.min(tNext, nextFeedingMoment(c, st));
  clock.dt = clock.to - t;
}
