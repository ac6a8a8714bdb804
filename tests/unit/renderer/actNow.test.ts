import { describe, expect, it } from 'vitest';
import { parseScenario, simulate, type Scenario } from '../../../src-main/sim/index';
import { actNow } from '../../../src-renderer/features/sim/actNow';

const base: Scenario = {
  schema: 'lactasim/scenario@1',
  name: 'act now',
  start: { postpartumHours: 1008 },
  durationHours: 6,
  mother: { storageCapacityMl: { left: 210, right: 210 }, conditions: [] },
  feeding: { plan: 'onDemand', seed: 2 },
};

/** Ten minutes after the first feed ends, when no feed is under way. */
function betweenFeeds(): number {
  const firstEnd = simulate(base).events.find((e) => e.kind === 'sessionEnd');
  return (firstEnd?.atSeconds ?? 0) + 1200;
}

describe('act now', () => {
  it('adds a session at the exact playhead, to a valid scenario', () => {
    const atSec = 2 * 3600 + 17.5;
    for (const kind of ['latch', 'pump', 'skinToSkin'] as const) {
      const forked = actNow(base, kind, atSec, 'right');
      expect(parseScenario(forked).ok, kind).toBe(true);
      expect(forked.feeding.events).toEqual([
        expect.objectContaining({ kind, atMinutes: atSec / 60 }),
      ]);
    }
    expect(actNow(base, 'latch', atSec, 'right').feeding.events?.[0]).toMatchObject({
      side: 'right',
    });
    expect(actNow(base, 'pump', atSec, 'right').feeding.events?.[0]).toMatchObject({
      side: 'both',
    });
  });

  it('adds acute stress from the playhead, in postpartum hours, leaving other conditions', () => {
    const withSheehan: Scenario = {
      ...base,
      mother: { ...base.mother, conditions: [{ kind: 'sheehanSyndrome', severity: 0.3 }] },
    };
    const forked = actNow(withSheehan, 'stress', 1800, 'left');
    expect(parseScenario(forked).ok).toBe(true);
    expect(forked.mother?.conditions).toEqual([
      { kind: 'sheehanSyndrome', severity: 0.3 },
      expect.objectContaining({ kind: 'stress', startHours: 1008.5 }),
    ]);
  });

  it('forks the run between feeds: the same before the playhead, a latch at it', () => {
    const atSec = betweenFeeds();
    const run = simulate(base);
    const fork = simulate(actNow(base, 'latch', atSec, 'left'));
    // The engine starts the baby's cues (a conditioned oxytocin release) a few minutes before a
    // planned feed, so the runs agree up to then, not to the second.
    const cuesSec = 600;
    const before = (t: typeof run) => t.events.filter((e) => e.atSeconds < atSec - cuesSec);
    expect(before(fork)).toEqual(before(run));
    expect(fork.events.some((e) => e.kind === 'latch' && Math.abs(e.atSeconds - atSec) < 1)).toBe(
      true,
    );
  });

  it('stress now delays the let-down of the next feed', () => {
    const atSec = betweenFeeds();
    const firstEjectionAfter = (scenario: Scenario) => {
      const events = simulate(scenario).events;
      const latch = events.find((e) => e.kind === 'latch' && e.atSeconds >= atSec);
      const ejection = events.find(
        (e) => e.kind === 'ejectionStart' && latch && e.atSeconds >= latch.atSeconds,
      );
      return latch && ejection ? ejection.atSeconds - latch.atSeconds : null;
    };
    // The same latch ten minutes on (past the baby's cues before it), with and without the
    // stress that starts now.
    const latched = actNow(base, 'latch', atSec + 600, 'left');
    const calm = firstEjectionAfter(latched);
    const stressed = firstEjectionAfter(actNow(latched, 'stress', atSec, 'left'));
    expect(calm).not.toBeNull();
    expect(stressed).not.toBeNull();
    expect(stressed!).toBeGreaterThan(calm!);
  });
});
