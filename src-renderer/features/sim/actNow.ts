// "Act now": the view's run forked at the playhead. A latch, a pumping or skin-to-skin becomes an
// explicit feeding event at that exact model time (minutes may be fractional); acute stress
// becomes a stress condition starting then. The run before the playhead is unchanged and the
// view plays on from the same moment.
import type { Scenario } from '../../../src-main/sim/scenario';
import type { Side } from '../../../src-main/sim/trace';

export type ActNowKind = 'latch' | 'pump' | 'skinToSkin' | 'stress';

/** Lengths in minutes: a one-breast feed, a double pumping, skin-to-skin, a stressful spell. */
export const ACT_MINUTES: Record<ActNowKind, number> = {
  latch: 12,
  pump: 15,
  skinToSkin: 30,
  stress: 30,
};

/** Acute stress strong enough to hold back the let-down visibly (0–1). */
export const ACT_STRESS_LEVEL = 0.8;

export function actNow(scenario: Scenario, kind: ActNowKind, atSec: number, side: Side): Scenario {
  const durationMinutes = ACT_MINUTES[kind];
  if (kind === 'stress') {
    const startHours = scenario.start.postpartumHours + atSec / 3600;
    const stress = {
      kind,
      level: ACT_STRESS_LEVEL,
      startHours,
      durationHours: durationMinutes / 60,
    } as const;
    return {
      ...scenario,
      mother: { ...scenario.mother, conditions: [...(scenario.mother?.conditions ?? []), stress] },
    };
  }
  const atMinutes = atSec / 60;
  const event =
    kind === 'latch'
      ? { atMinutes, kind, side, durationMinutes }
      : kind === 'pump'
        ? { atMinutes, kind, side: 'both' as const, durationMinutes }
        : { atMinutes, kind, durationMinutes };
  return {
    ...scenario,
    feeding: { ...scenario.feeding, events: [...(scenario.feeding.events ?? []), event] },
  };
}
