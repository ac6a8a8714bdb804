// The let-down reflex on its own: when oxytocin pulses come and how large they are (the parameter
// registry's numbers), the wait between ejections, and ejection events at the moment oxytocin
// crosses the myoepithelial threshold.
import { describe, expect, it } from 'vitest';
import { newDecays, setDecays, startPulse, stepHormones } from '../../../src-main/sim/hormones';
import { ejectionEvents, pulseGenerator, pulseIntervalSec } from '../../../src-main/sim/letdown';
import { PARAMETERS as P } from '../../../src-main/sim/parameters';
import { runModel } from '../../../src-main/sim/simulate';
import type { EngineState } from '../../../src-main/sim/state';
import type { EventKind } from '../../../src-main/sim/trace';
import { engineAt, startSession } from './engine-state';

const BASAL = P.oxytocinBasalPgPerMl.value;
const THRESHOLD = P.oxytocinThresholdPgPerMl.value;
const K_OT = Math.LN2 / P.oxytocinHalfLifeSec.value;
const RELEASE = P.oxytocinReleaseSec.value;
const NERVE = P.nerveLatencySec.value;

/** Pulses of the reflex itself (conditioned releases carry a detail). */
const reflexPulses = (st: EngineState) =>
  st.events.filter((e) => e.kind === 'oxytocinPulse' && e.detail === undefined);
const eventsOf = (st: EngineState, kind: EventKind) => st.events.filter((e) => e.kind === kind);

describe('pulse timing', () => {
  it('a pump elicits pulses faster than a suckling baby (Prime 2011 vs Ueda 1994)', () => {
    expect(pulseIntervalSec(false, 0)).toBe(P.pulseIntervalLatchSec.value);
    expect(pulseIntervalSec(true, 0)).toBe(P.pulseIntervalPumpSec.value);
    expect(pulseIntervalSec(true, 0)).toBeLessThan(pulseIntervalSec(false, 0));
  });

  it('stress lowers the pulse rate by the registry fraction at full stress (Ueda 1994), in proportion below it', () => {
    const cut = P.stressPulseRateReduction.value;
    for (const pumping of [false, true]) {
      const rate = (stress: number) => 1 / pulseIntervalSec(pumping, stress);
      expect(rate(1) / rate(0)).toBeCloseTo(1 - cut, 12);
      expect(rate(0.5) / rate(0)).toBeCloseTo(1 - cut / 2, 12);
    }
  });

  it('the first pulse comes the nerve latency plus the first-pulse latency (±40 %) after stimulation starts; stress adds its delay', () => {
    const firstPulseAfter = (kind: 'latch' | 'pump', stress: number) => {
      const { c, st } = engineAt();
      startSession(c, st, 100, kind, 'left', stress);
      return st.pulses.nextPulseSec - 100;
    };
    for (const [kind, mean] of [
      ['latch', P.firstPulseLatchSec.value],
      ['pump', P.firstPulsePumpSec.value],
    ] as const) {
      expect(firstPulseAfter(kind, 0)).toBeGreaterThanOrEqual(NERVE + 0.6 * mean);
      expect(firstPulseAfter(kind, 0)).toBeLessThanOrEqual(NERVE + 1.4 * mean);
      // Same seed, same draw: the difference is the stress delay alone.
      expect(firstPulseAfter(kind, 1) - firstPulseAfter(kind, 0)).toBeCloseTo(
        P.stressFirstPulseDelaySec.value,
        9,
      );
    }
  });
});

describe('pulse generator', () => {
  it('fires once when due, on the suckled side, with a peak the registry allows above the threshold, and schedules the next about an interval later', () => {
    const { c, st } = engineAt();
    startSession(c, st, 0, 'latch', 'left');
    const due = st.pulses.nextPulseSec;
    pulseGenerator(st, due - 1, 0);
    expect(reflexPulses(st)).toHaveLength(0);
    pulseGenerator(st, due, 0);
    pulseGenerator(st, due, 0);
    expect(reflexPulses(st)).toEqual([
      { atSeconds: Math.round(due * 1000) / 1000, kind: 'oxytocinPulse', side: 'left' },
    ]);
    const next = st.pulses.nextPulseSec - due;
    expect(next).toBeGreaterThanOrEqual(0.55 * P.pulseIntervalLatchSec.value);
    expect(next).toBeLessThanOrEqual(1.45 * P.pulseIntervalLatchSec.value);

    // Oxytocin integrated over the release from basal reaches the drawn peak.
    expect(st.h.ot).toBe(BASAL);
    st.clock.from = due;
    stepHormones(c, st, setDecays(newDecays(), RELEASE), {
      nerve: 1,
      prlRelease: 0,
      stageBaseline: 100,
    });
    const ratio = (st.h.ot - BASAL) / (THRESHOLD - BASAL);
    expect(ratio).toBeGreaterThanOrEqual(P.pulsePeakRatioMin.value - 1e-9);
    expect(ratio).toBeLessThanOrEqual(P.pulsePeakRatioMax.value + 1e-9);
    expect(st.h.drive).toBeGreaterThan(0);
  });

  it('holds a due pulse while milk is being ejected and for the refractory time after', () => {
    const { c, st } = engineAt();
    startSession(c, st, 0, 'pump', 'both');
    const due = st.pulses.nextPulseSec;
    st.h.drive = 0.4;
    pulseGenerator(st, due, 0);
    expect(reflexPulses(st)).toHaveLength(0);
    expect(st.pulses.nextPulseSec).toBe(due + 1);

    st.h.drive = 0;
    st.pulses.lastEjectionEnd = due + 1;
    pulseGenerator(st, due + 1, 0);
    expect(reflexPulses(st)).toHaveLength(0);
    const after = due + 1 + P.pulseRefractorySec.value;
    expect(st.pulses.nextPulseSec).toBe(after);
    pulseGenerator(st, after, 0);
    expect(reflexPulses(st).map((e) => e.atSeconds)).toEqual([Math.round(after * 1000) / 1000]);
  });

  it('fires nothing without a stimulated nipple: skin-to-skin gives only its conditioned release', () => {
    const { c, st } = engineAt();
    startSession(c, st, 0, 'skinToSkin', null);
    for (let t = 0; t <= 1800; t += 5) pulseGenerator(st, t, 0);
    expect(reflexPulses(st)).toHaveLength(0);
    expect(eventsOf(st, 'oxytocinPulse').map((e) => e.detail)).toEqual([
      'Conditioned release (skin-to-skin)',
    ]);
  });
});

describe('milk ejections', () => {
  /** A pulse of `ratio` × (threshold − basal) at t = 100 during double pumping, stepped by dt. */
  function ejectionsOfPulse(ratio: number, dt: number) {
    const { c, st } = engineAt();
    const session = startSession(c, st, 0, 'pump', 'both');
    startPulse(st.h, 100, (THRESHOLD - BASAL) * ratio);
    const d = setDecays(newDecays(), dt);
    for (let t = 100; t < 600; t += dt) {
      Object.assign(st.clock, { from: t, to: t + dt, dt });
      stepHormones(c, st, d, { nerve: 1, prlRelease: 0, stageBaseline: 100 });
      ejectionEvents(st);
    }
    return { st, session };
  }

  it('starts and ends once per breast at the moments oxytocin crosses the threshold, whatever the step', () => {
    const ratio = 1.5;
    const rise = THRESHOLD - BASAL;
    // From basal, oxytocin rises to basal + A(1 − e^(−k t)) while released, then decays.
    const a = (rise * ratio) / (1 - Math.exp(-K_OT * RELEASE));
    const start = 100 - Math.log(1 - rise / a) / K_OT;
    const end = 100 + RELEASE + Math.log(ratio) / K_OT;
    for (const dt of [1, 5]) {
      const { st, session } = ejectionsOfPulse(ratio, dt);
      const starts = eventsOf(st, 'ejectionStart');
      const ends = eventsOf(st, 'ejectionEnd');
      expect(starts.map((e) => e.side)).toEqual(['left', 'right']);
      expect(ends.map((e) => e.side)).toEqual(['left', 'right']);
      for (const e of starts) expect(e.atSeconds).toBeCloseTo(start, 0);
      for (const e of ends) expect(e.atSeconds).toBeCloseTo(end, 0);
      expect(starts.map((e) => e.detail)).toEqual(['Milk ejection 1', 'Milk ejection 1']);
      expect(session.stats?.ejections).toBe(1);
      expect(session.stats?.firstEjectionSec).toBeCloseTo(starts[0]?.atSeconds ?? NaN, 3);
      // The refractory time counts from the step the ejection ended in.
      expect(st.pulses.lastEjectionEnd).toBeGreaterThanOrEqual(end);
      expect(st.pulses.lastEjectionEnd).toBeLessThan(end + dt);
    }
  });

  it('a pulse below the threshold ejects nothing', () => {
    const { st, session } = ejectionsOfPulse(0.9, 5);
    expect(eventsOf(st, 'ejectionStart')).toHaveLength(0);
    expect(session.stats?.ejections).toBe(0);
  });

  it('an ejection without stimulation (a conditioned release) is named as such', () => {
    const { c, st } = engineAt();
    startPulse(st.h, 0, (THRESHOLD - BASAL) * 1.5);
    const d = setDecays(newDecays(), 5);
    for (let t = 0; t < 300; t += 5) {
      Object.assign(st.clock, { from: t, to: t + 5, dt: 5 });
      stepHormones(c, st, d, { nerve: 0, prlRelease: 0, stageBaseline: 100 });
      ejectionEvents(st);
    }
    expect(st.events.map((e) => [e.kind, e.side, e.detail])).toEqual([
      ['ejectionStart', undefined, 'Milk ejection (no stimulation)'],
      ['ejectionEnd', undefined, 'Milk ejection (no stimulation)'],
    ]);
  });
});

// The model's limit for C6a (README, Validation): the count of a 15-min pumping is held by how
// long its ejections last, not by the pump's pulse interval.
describe('a 15-min double pumping at 6 weeks (validation C6a)', () => {
  const ejections = (seed: number) => {
    const r = runModel({
      schema: 'lactasim/scenario@1',
      name: 'C6a',
      start: { postpartumHours: 1008 },
      durationHours: 0.5,
      feeding: {
        plan: 'explicit',
        seed,
        events: [{ atMinutes: 0, kind: 'pump', side: 'both', durationMinutes: 15 }],
      },
    });
    const left = r.trace.events.filter((e) => e.side === 'left');
    const starts = left.filter((e) => e.kind === 'ejectionStart').map((e) => e.atSeconds);
    const ends = left.filter((e) => e.kind === 'ejectionEnd').map((e) => e.atSeconds);
    return { count: r.diagnostics.sessions[0]?.ejections, starts, ends };
  };

  it('has its ejections back to back, each after the first longer than 3.5 min on average, 4 in every seed', () => {
    const laterLengths: number[] = [];
    for (const seed of [1, 2, 3, 4, 5]) {
      const { count, starts, ends } = ejections(seed);
      expect(count).toBe(4);
      for (let i = 1; i < starts.length; i++) {
        const start = starts[i]!;
        // The next pulse was due long before: it waited for the end and the refractory time.
        expect(start - ends[i - 1]!).toBeGreaterThanOrEqual(P.pulseRefractorySec.value);
        expect(start - ends[i - 1]!).toBeLessThan(P.pulseRefractorySec.value + 5);
        // The last may end after the session, when its end names no side.
        const end = ends[i];
        if (end !== undefined) laterLengths.push(end - start);
      }
    }
    expect(laterLengths.reduce((a, b) => a + b, 0) / laterLengths.length).toBeGreaterThan(210);
  });
});
