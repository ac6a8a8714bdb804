// Step sizes on their own: fine while milk is ejected, coarser while a nipple is stimulated and
// around feeds, coarse between them, and every step ending at the next thing due on time.
import { describe, expect, it } from 'vitest';
import type { EngineConfig } from '../../../src-main/sim/config';
import { needMlPerDay } from '../../../src-main/sim/infants';
import type { EngineState, InfantState } from '../../../src-main/sim/state';
import { isNear, nextStepEnd, stepRulesFor, type StepRules } from '../../../src-main/sim/stepping';
import { engineAt, startSession } from './engine-state';

const DAY = 86_400;
const rules = stepRulesFor(DAY);

/** Length of the step the loop takes at t (no sample due before the end of the step). */
function stepAt(
  c: EngineConfig,
  st: EngineState,
  t: number,
  nextSample = Infinity,
  r: StepRules = rules,
): number {
  Object.assign(st.clock, { from: t, nextSample, needPerSec: needMlPerDay(c, t) / DAY });
  nextStepEnd(c, st, r);
  expect(st.clock.to - st.clock.from).toBe(st.clock.dt);
  return st.clock.dt;
}

/** A settled, fed infant: its next hunger cue `inSec` seconds from t. */
function hungryIn(c: EngineConfig, st: EngineState, t: number, inSec: number): void {
  const inf = st.infants[0] as InfantState;
  inf.deficit = inf.trigger - (needMlPerDay(c, t) / DAY) * inSec;
}

describe('step size', () => {
  it('is coarse between feeds, fine during an ejection, in between while a nipple is stimulated', () => {
    const { c, st } = engineAt();
    hungryIn(c, st, 1000, 3 * 3600);
    expect(isNear(st, 1000)).toBe(false);
    expect(stepAt(c, st, 1000)).toBe(rules.coarse);

    startSession(c, st, 1000, 'latch', 'left');
    st.pulses.nextPulseSec = Infinity;
    expect(stepAt(c, st, 1010)).toBe(rules.stimulated);
    st.h.drive = 0.5;
    expect(stepAt(c, st, 1010)).toBe(rules.fine);
    st.h.drive = 0;
    st.h.otReleaseUntil = 1030;
    expect(stepAt(c, st, 1010)).toBe(rules.fine);
  });

  it('is short during a conditioned release before a latch and quiet in the minutes after a feed', () => {
    const { c, st } = engineAt();
    hungryIn(c, st, 1000, 3 * 3600);
    st.h.otReleaseUntil = 1030;
    expect(stepAt(c, st, 1000)).toBe(rules.busy);
    st.h.otReleaseUntil = -Infinity;
    st.feeding.fineUntil = 1600;
    expect(stepAt(c, st, 1000)).toBe(rules.quiet);
    expect(stepAt(c, st, 1600)).toBe(rules.coarse);
  });

  it('grows between feeds up to the coarse bound and ends when the hunger cue is due', () => {
    const { c, st } = engineAt();
    for (const inSec of [1, 37.5, 299, 301, 3600]) {
      hungryIn(c, st, 1000, inSec);
      expect(stepAt(c, st, 1000)).toBeCloseTo(Math.min(inSec, rules.coarse), 6);
    }
  });

  it('ends at the next sample, the next pulse, the end of the run, the placenta and birth', () => {
    const { c, st } = engineAt();
    hungryIn(c, st, 1000, 3 * 3600);
    expect(stepAt(c, st, 1000, 1007)).toBe(7);
    expect(stepAt(c, st, c.durationSec - 50)).toBe(50);
    startSession(c, st, 1000, 'pump', 'both');
    st.pulses.nextPulseSec = 1002.5;
    expect(stepAt(c, st, 1001)).toBe(1.5);

    const born = engineAt({ start: { postpartumHours: 0 } });
    expect(born.c.placentaSec).toBe(1800);
    expect(stepAt(born.c, born.st, 1700)).toBe(100);
    const before = engineAt({ start: { postpartumHours: -1 } });
    expect(before.c.birthSec).toBe(3600);
    expect(stepAt(before.c, before.st, 3500)).toBe(100);
  });

  it('long runs take coarser fine steps than short ones; in each, finer where more happens, never over 5 min', () => {
    const long = stepRulesFor(8 * DAY);
    expect(long.fine).toBeGreaterThan(rules.fine);
    expect(long.busy).toBeGreaterThanOrEqual(rules.busy);
    for (const r of [rules, long]) {
      expect(r.fine).toBeLessThanOrEqual(r.stimulated);
      expect(r.stimulated).toBeLessThanOrEqual(r.quiet);
      expect(r.quiet).toBeLessThan(r.coarse);
      expect(r.coarse).toBeLessThanOrEqual(300);
    }
  });

  it('in long runs ends where an oxytocin release ends; in short ones the release may run on to the step end', () => {
    const long = stepRulesFor(8 * DAY);
    const { c, st } = engineAt();
    startSession(c, st, 1000, 'latch', 'left');
    st.pulses.nextPulseSec = Infinity;
    st.h.otReleaseUntil = 1010.5;
    expect(stepAt(c, st, 1010, Infinity, long)).toBe(0.5);
    expect(stepAt(c, st, 1010.5, Infinity, long)).toBe(long.stimulated);
    expect(stepAt(c, st, 1010)).toBe(rules.fine);
  });
});

describe('near a session', () => {
  it('while a session runs, a cue is pending, oxytocin is released or in the minutes after a feed', () => {
    const near = (change: (st: EngineState) => void) => {
      const { st } = engineAt();
      change(st);
      return isNear(st, 1000);
    };
    expect(near(() => undefined)).toBe(false);
    expect(near((st) => ((st.infants[0] as InfantState).cueAt = 990))).toBe(true);
    expect(near((st) => (st.h.otReleaseUntil = 1010))).toBe(true);
    expect(near((st) => (st.h.drive = 0.1))).toBe(true);
    expect(near((st) => (st.feeding.fineUntil = 1001))).toBe(true);
    const { c, st } = engineAt();
    startSession(c, st, 900, 'skinToSkin', null);
    expect(isNear(st, 1000)).toBe(true);
  });
});
