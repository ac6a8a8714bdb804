// "Act now": the view's run forked at the playhead. A latch, a pumping or skin-to-skin becomes an
// explicit feeding event at that exact model time (minutes may be fractional); acute stress
// becomes a stress condition starting then. The run before the playhead is unchanged and the
// view plays on from the same moment. Stress that meets a spell of the same level joins it (the
// engine takes the largest level in force, so the run is the same), so pressing again does not
// pile up conditions; with the mother's conditions full and nothing to join, it is refused.
import { MAX_CONDITIONS, type Condition, type Scenario } from '../../../src-main/sim/scenario';
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

type Stress = Extract<Condition, { kind: 'stress' }>;

/** The conditions with `spell` added, joined to a spell of its level that it meets or overlaps. */
function withStress(conditions: readonly Condition[], spell: Required<Stress>): Condition[] {
  const end = spell.startHours + spell.durationHours;
  const i = conditions.findIndex(
    (c) =>
      c.kind === 'stress' &&
      c.level === spell.level &&
      c.startHours !== undefined &&
      c.durationHours !== undefined &&
      c.startHours <= end &&
      spell.startHours <= c.startHours + c.durationHours,
  );
  const met = conditions[i] as Required<Stress> | undefined;
  if (met === undefined) return [...conditions, spell];
  const startHours = Math.min(met.startHours, spell.startHours);
  const until = Math.max(met.startHours + met.durationHours, end);
  return conditions.map((c, j) =>
    j === i ? { ...met, startHours, durationHours: until - startHours } : c,
  );
}

/** The scenario with the act at the playhead; null when the mother's conditions are full. */
export function actNow(
  scenario: Scenario,
  kind: ActNowKind,
  atSec: number,
  side: Side,
): Scenario | null {
  const durationMinutes = ACT_MINUTES[kind];
  if (kind === 'stress') {
    const conditions = withStress(scenario.mother?.conditions ?? [], {
      kind,
      level: ACT_STRESS_LEVEL,
      startHours: scenario.start.postpartumHours + atSec / 3600,
      durationHours: durationMinutes / 60,
    });
    if (conditions.length > MAX_CONDITIONS) return null;
    return { ...scenario, mother: { ...scenario.mother, conditions } };
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
