import { describe, expect, it } from 'vitest';
import { parseScenario, simulate, type Scenario } from '../../../src-main/sim/index';
import { actNowEvent, withFeedingEvent } from '../../../src-renderer/features/sim/actNow';

const base: Scenario = {
  schema: 'lactasim/scenario@1',
  name: 'act now',
  start: { postpartumHours: 1008 },
  durationHours: 6,
  mother: { storageCapacityMl: { left: 210, right: 210 }, conditions: [] },
  feeding: { plan: 'onDemand', seed: 2 },
};

describe('act now', () => {
  it('adds a session at the exact playhead, to a valid scenario the engine runs', () => {
    const atSec = 2 * 3600 + 17.5;
    for (const kind of ['latch', 'pump', 'skinToSkin'] as const) {
      const forked = withFeedingEvent(base, actNowEvent(kind, atSec, 'right'));
      const parsed = parseScenario(forked);
      expect(parsed.ok, kind).toBe(true);
      expect(forked.feeding.events).toEqual([
        expect.objectContaining({ kind, atMinutes: atSec / 60 }),
      ]);
    }
    expect(actNowEvent('latch', atSec, 'right')).toMatchObject({ side: 'right' });
    expect(actNowEvent('pump', atSec, 'right')).toMatchObject({ side: 'both' });
  });

  it('forks the run between feeds: the same before the playhead, a latch at it', () => {
    const run = simulate(base);
    const firstEnd = run.events.find((e) => e.kind === 'sessionEnd');
    const atSec = (firstEnd?.atSeconds ?? 0) + 1200;
    const fork = simulate(withFeedingEvent(base, actNowEvent('latch', atSec, 'left')));
    // The engine starts the baby's cues (a conditioned oxytocin release) a few minutes before a
    // planned feed, so the runs agree up to then, not to the second.
    const cuesSec = 600;
    const before = (t: typeof run) => t.events.filter((e) => e.atSeconds < atSec - cuesSec);
    expect(before(fork)).toEqual(before(run));
    expect(fork.events.some((e) => e.kind === 'latch' && Math.abs(e.atSeconds - atSec) < 1)).toBe(
      true,
    );
  });
});
