// Feeding by hunger: an underfed baby feeds more often and longer, a satisfied one less, and
// twins, each with its own hunger, may feed at the same time.
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src-main/sim/index';
import { runModel } from '../../../src-main/sim/simulate';
import { minimal } from './engine-state';

const DAY = 86_400;

/** Breastfeeding sessions a day and their mean length (min), after a first day to settle. */
function feeding(over: Partial<Scenario>, seed: number): { perDay: number; minutes: number } {
  const { diagnostics } = runModel({
    ...minimal,
    durationHours: 72,
    ...over,
    feeding: { plan: 'onDemand', seed },
  });
  const latches = diagnostics.sessions.filter((s) => s.kind === 'latch' && s.startSec >= DAY);
  const minutes = latches.map((s) => ((s.endSec ?? 3 * DAY) - s.startSec) / 60);
  return {
    perDay: latches.length / 2,
    minutes: minutes.reduce((a, b) => a + b, 0) / Math.max(1, minutes.length),
  };
}

describe('an on-demand baby feeds by its hunger', () => {
  // The same baby (about 800 mL/day at 6 weeks) with a mother whose supply is short of its need,
  // meets it, or is well above it; three seeds each, so no one run's feed timing decides.
  const supplied = (mlPerDay: number, seed: number) =>
    feeding({ mother: { supplyMlPerDay: mlPerDay } }, seed);
  for (const seed of [1, 2, 3]) {
    it(`underfed, it feeds more often and each feed lasts longer (seed ${seed})`, () => {
      const short = supplied(500, seed);
      const usual = supplied(800, seed);
      expect(short.perDay).toBeGreaterThanOrEqual(1.5 * usual.perDay);
      expect(short.minutes).toBeGreaterThanOrEqual(1.2 * usual.minutes);
    });

    it(`satisfied sooner by plenty of milk, it feeds shorter and no more often (seed ${seed})`, () => {
      const plenty = supplied(1400, seed);
      const usual = supplied(800, seed);
      expect(plenty.minutes).toBeLessThanOrEqual(0.7 * usual.minutes);
      expect(plenty.perDay).toBeLessThanOrEqual(usual.perDay);
    });
  }
});

/** Pairs of breastfeeding sessions that overlap in time. */
function overlappingFeeds(s: Scenario): number {
  const latches = runModel(s).diagnostics.sessions.filter((x) => x.kind === 'latch');
  let pairs = 0;
  for (const [i, a] of latches.entries()) {
    for (const b of latches.slice(i + 1)) {
      if (a.startSec < (b.endSec ?? Infinity) && b.startSec < (a.endSec ?? Infinity)) pairs++;
    }
  }
  return pairs;
}

/** Samples at which milk leaves both breasts at once. */
function bothBreastsFlowing(s: Scenario): number {
  const { leftFlowMlPerMin: left, rightFlowMlPerMin: right } = runModel(s).trace.channels;
  let n = 0;
  for (let i = 0; i < left.length; i++) if ((left[i] ?? 0) > 0 && (right[i] ?? 0) > 0) n++;
  return n;
}

describe('twins', () => {
  const twins: Scenario = {
    ...minimal,
    durationHours: 48,
    mother: { supplyMlPerDay: 1600 },
    infant: { count: 2 },
  };

  it('feed at the same time now and then, each from its own breast', () => {
    expect(overlappingFeeds(twins)).toBeGreaterThanOrEqual(2);
    expect(
      bothBreastsFlowing(twins),
      'samples with milk leaving both breasts at once',
    ).toBeGreaterThan(0);
  });

  it('while one baby never has two feeds at once, nor takes from both breasts at once', () => {
    const one = { ...twins, infant: { count: 1 } };
    expect(overlappingFeeds(one)).toBe(0);
    expect(bothBreastsFlowing(one)).toBe(0);
  });
});
