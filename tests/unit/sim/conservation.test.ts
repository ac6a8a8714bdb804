// Milk is conserved in each breast and no store overflows, over hundreds of random valid scenarios
// (2–48 h) and a few runs of half a year and a year, where rounding could build up.
import { describe, expect, it } from 'vitest';
import { parseScenario, type Scenario } from '../../../src-main/sim/index';
import { mulberry32 } from '../../../src-main/sim/prng';
import { runModel } from '../../../src-main/sim/simulate';

function randomScenario(seed: number): Scenario {
  const r = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const between = (a: number, b: number) => Math.round((a + (b - a) * r()) * 10) / 10;
  const conditions: NonNullable<NonNullable<Scenario['mother']>['conditions']> = [];
  if (r() < 0.2) conditions.push({ kind: 'stress', level: between(0, 1) });
  if (r() < 0.15)
    conditions.push({
      kind: 'breastSurgery',
      side: pick(['left', 'right', 'both'] as const),
      lobesAffectedFraction: between(0, 0.9),
    });
  if (r() < 0.1) conditions.push({ kind: 'sheehanSyndrome', severity: between(0, 1) });
  if (r() < 0.1)
    conditions.push({
      kind: 'hormonalContraception',
      type: pick(['combined', 'progestinOnly'] as const),
      startHours: between(0, 2000),
    });
  if (r() < 0.1) conditions.push({ kind: 'retainedPlacenta', removedAtHours: between(1, 200) });
  const plan = pick(['onDemand', 'onDemand', 'scheduled', 'exclusivePumping', 'explicit'] as const);
  return {
    schema: 'lactasim/scenario@1',
    name: `random ${seed}`,
    start: { postpartumHours: pick([-48, 0, 10, 200, 1008, 4000, 9000]) },
    durationHours: between(2, 48),
    ...(r() < 0.8
      ? {
          mother: {
            storageCapacityMl: { left: between(50, 700), right: between(50, 700) },
            ...(r() < 0.5 ? { supplyMlPerDay: between(0, 3000) } : {}),
            conditions,
          },
        }
      : {}),
    ...(r() < 0.4 ? { infant: { count: pick([1, 2, 3]) } } : {}),
    feeding: {
      plan,
      intervalHours: between(1, 6),
      pattern: pick(['alternate', 'bothSides', 'block', 'leftOnly', 'rightOnly'] as const),
      events:
        plan === 'explicit' || r() < 0.3
          ? [
              {
                atMinutes: between(0, 60),
                kind: 'latch',
                side: pick(['left', 'right'] as const),
                durationMinutes: between(1, 30),
              },
              {
                atMinutes: between(60, 600),
                kind: 'pump',
                side: pick(['left', 'right', 'both'] as const),
                durationMinutes: between(1, 30),
              },
            ]
          : [],
      changes: r() < 0.3 ? [{ atMinutes: between(0, 1000), pumpAfterFeedsMinutes: 10 }] : [],
      seed,
    },
  };
}

function check(seed: number): void {
  const scenario = randomScenario(seed);
  expect(parseScenario(scenario).ok, JSON.stringify(scenario)).toBe(true);
  checkRun(scenario, `seed ${seed}`);
}

function checkRun(scenario: Scenario, label: string): void {
  const { trace, diagnostics } = runModel(scenario);
  for (const [side, b] of [
    ['left', diagnostics.left],
    ['right', diagnostics.right],
  ] as const) {
    const balance = b.synthesizedMl - b.removedMl - (b.finalMl - b.initialMl);
    expect(Math.abs(balance) / Math.max(1, b.synthesizedMl), `${label} ${side}`).toBeLessThan(
      0.001,
    );
    const stored = side === 'left' ? trace.channels.leftStoredMl : trace.channels.rightStoredMl;
    const duct = side === 'left' ? trace.channels.leftDuctMl : trace.channels.rightDuctMl;
    let most = 0;
    let least = Infinity;
    for (let i = 0; i < stored.length; i++) {
      most = Math.max(most, (stored[i] ?? 0) + (duct[i] ?? 0));
      least = Math.min(least, stored[i] ?? 0, duct[i] ?? 0);
    }
    expect(most, `${label} ${side}: most milk held`).toBeLessThanOrEqual(b.capacityMl + 1e-6);
    expect(least, `${label} ${side}: no negative store`).toBeGreaterThanOrEqual(-1e-9);
  }
}

describe('conservation of milk (synthesis = removal + change in stored milk), to 0.1 %', () => {
  for (const [from, to] of [
    [1, 100],
    [101, 200],
    [201, 300],
  ] as const) {
    it(`holds in each breast, with no store above its capacity: random scenarios ${from}–${to}`, () => {
      for (let seed = from; seed <= to; seed++) check(seed);
    });
  }

  const long = (name: string, days: number, over: Partial<Scenario>): Scenario => ({
    schema: 'lactasim/scenario@1',
    name,
    start: { postpartumHours: 0 },
    durationHours: days * 24,
    feeding: { plan: 'onDemand' },
    ...over,
  });
  for (const scenario of [
    long('a year on demand from birth', 365, {}),
    long('twins for half a year, fed in blocks', 180, {
      infant: { count: 2 },
      feeding: { plan: 'onDemand', pattern: 'block', seed: 7 },
    }),
    long('exclusive pumping for half a year from 6 weeks', 180, {
      start: { postpartumHours: 1008 },
      feeding: { plan: 'exclusivePumping', intervalHours: 3, minutesPerBreast: 15 },
    }),
    long('a year from 3 months: one breast for a month, then weaned at 9 months', 365, {
      start: { postpartumHours: 90 * 24 },
      feeding: {
        plan: 'onDemand',
        changes: [
          { atMinutes: 0, pattern: 'leftOnly' },
          { atMinutes: 30 * 1440, pattern: 'alternate' },
          { atMinutes: 180 * 1440, stopFeeding: true },
        ],
      },
    }),
  ]) {
    it(`holds over long runs: ${scenario.name}`, () => {
      expect(parseScenario(scenario).ok).toBe(true);
      checkRun(scenario, scenario.name);
    });
  }
});
