import { describe, expect, it } from 'vitest';
import { parseScenario, simulate, type Scenario } from '../../../src-main/sim/index';
import { MAX_CONDITIONS } from '../../../src-main/sim/scenario';
import {
  actNow as actNowOrRefuse,
  type ActNowKind,
} from '../../../src-renderer/features/sim/actNow';
import type { Side } from '../../../src-main/sim/trace';

/** An act that fits (these tests stay well under the conditions' limit). */
function actNow(scenario: Scenario, kind: ActNowKind, atSec: number, side: Side): Scenario {
  const forked = actNowOrRefuse(scenario, kind, atSec, side);
  if (forked === null) throw new Error(`${kind} was refused`);
  return forked;
}

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

  it('joins stress pressed again at the same or a touching moment instead of adding conditions', () => {
    let scenario = base;
    for (let press = 0; press < 11; press++) scenario = actNow(scenario, 'stress', 3600, 'left');
    expect(scenario.mother?.conditions).toEqual([
      expect.objectContaining({ kind: 'stress', startHours: 1009, durationHours: 0.5 }),
    ]);
    // Half an hour on, the new spell starts as the first ends: one spell of an hour.
    const longer = actNow(scenario, 'stress', 5400, 'left');
    expect(longer.mother?.conditions).toEqual([
      expect.objectContaining({ startHours: 1009, durationHours: 1 }),
    ]);
    expect(parseScenario(longer).ok).toBe(true);
    // The engine takes the largest level in force, so the joined spell runs as the two did.
    const apart = {
      ...base,
      mother: {
        ...base.mother,
        conditions: [
          { kind: 'stress' as const, level: 0.8, startHours: 1009, durationHours: 0.5 },
          { kind: 'stress' as const, level: 0.8, startHours: 1009.5, durationHours: 0.5 },
        ],
      },
    };
    expect(simulate(longer).channels).toEqual(simulate(apart).channels);
  });

  it('refuses stress at a new moment when the mother already has the most conditions allowed', () => {
    let scenario = base;
    for (let i = 0; i < MAX_CONDITIONS; i++)
      scenario = actNow(scenario, 'stress', i * 7200, 'left');
    expect(scenario.mother?.conditions).toHaveLength(MAX_CONDITIONS);
    expect(actNowOrRefuse(scenario, 'stress', 21 * 3600, 'left')).toBeNull();
    // Joining a spell already there still works, and a latch is not a condition.
    expect(actNowOrRefuse(scenario, 'stress', 0, 'left')?.mother?.conditions).toHaveLength(
      MAX_CONDITIONS,
    );
    expect(actNowOrRefuse(scenario, 'latch', 21 * 3600, 'left')).not.toBeNull();
  });
});
