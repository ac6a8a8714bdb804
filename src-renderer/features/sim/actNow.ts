// "Act now": the view's run forked at the playhead with a session starting there. The scenario
// gets one explicit feeding event at the exact model time (minutes may be fractional), so the run
// before it is unchanged and the view plays on from the same moment.
import type { FeedingEvent, Scenario } from '../../../src-main/sim/scenario';
import type { Side } from '../../../src-main/sim/trace';

export type ActNowKind = 'latch' | 'pump' | 'skinToSkin';

/** Session lengths in minutes: a one-breast feed, a double pumping, a spell of skin-to-skin. */
const MINUTES: Record<ActNowKind, number> = { latch: 12, pump: 15, skinToSkin: 30 };

export function actNowEvent(kind: ActNowKind, atSec: number, side: Side): FeedingEvent {
  const atMinutes = atSec / 60;
  const durationMinutes = MINUTES[kind];
  switch (kind) {
    case 'latch':
      return { atMinutes, kind, side, durationMinutes };
    case 'pump':
      return { atMinutes, kind, side: 'both', durationMinutes };
    case 'skinToSkin':
      return { atMinutes, kind, durationMinutes };
  }
}

export function withFeedingEvent(scenario: Scenario, event: FeedingEvent): Scenario {
  return {
    ...scenario,
    feeding: { ...scenario.feeding, events: [...(scenario.feeding.events ?? []), event] },
  };
}
