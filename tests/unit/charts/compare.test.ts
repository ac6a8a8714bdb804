import { describe, expect, it } from 'vitest';
import {
  changeApplies,
  compareRuns,
  forkScenario,
  valueAt,
  type ForkChange,
} from '../../../src-main/charts/index';
import { parseScenario, simulate } from '../../../src-main/sim/index';
import { removedAfter } from '../../../src-main/sim/summary';
import { syntheticTrace } from '../../fixtures/charts/fixture';
import { builtinScenario } from '../../fixtures/model-runs';

const builtin = builtinScenario;

describe('forkScenario', () => {
  const base = builtin('typical-feed-6-weeks');
  const at = 12 * 3600;

  it('produces valid scenarios for every change', () => {
    const changes: ForkChange[] = [
      { kind: 'pumpNow', durationMinutes: 15 },
      { kind: 'extraFeedNow', side: 'left', durationMinutes: 10 },
      { kind: 'skinToSkinNow', durationMinutes: 30 },
      { kind: 'startPillNow', type: 'combined' },
      { kind: 'blockFeedingFromNow', blockHours: 4 },
      { kind: 'pumpAfterFeedsFromNow', durationMinutes: 10 },
      { kind: 'skipNightFeeds', hours: 6 },
    ];
    for (const change of changes) {
      const fork = forkScenario(base, at, change);
      expect(parseScenario(fork).ok, change.kind).toBe(true);
      expect(fork.name).toContain('fork:');
    }
  });

  it('starts the pill at the postpartum hour of the fork time', () => {
    const fork = forkScenario(base, at, { kind: 'startPillNow', type: 'progestinOnly' });
    expect(fork.mother?.conditions).toContainEqual({
      kind: 'hormonalContraception',
      type: 'progestinOnly',
      startHours: base.start.postpartumHours + 12,
    });
  });

  it('offers placenta removal only where a placenta is retained', () => {
    expect(changeApplies(base, { kind: 'removePlacentaNow' })).toBe(false);
    const retained = builtin('retained-placenta-day-6');
    expect(changeApplies(retained, { kind: 'removePlacentaNow' })).toBe(true);
    const fork = forkScenario(retained, 48 * 3600, { kind: 'removePlacentaNow' });
    expect(fork.mother?.conditions?.find((c) => c.kind === 'retainedPlacenta')).toMatchObject({
      removedAtHours: retained.start.postpartumHours + 48,
    });
  });

  it('shares the history before the fork; a pump session now takes milk the baby would have had', () => {
    const baseTrace = simulate(base);
    const forkTrace = simulate(forkScenario(base, at, { kind: 'pumpNow', durationMinutes: 15 }));
    for (let t = 0; t < at - 60; t += 600) {
      expect(valueAt(forkTrace, 'leftStoredMl', t)).toBeCloseTo(
        valueAt(baseTrace, 'leftStoredMl', t),
        6,
      );
    }
    // Just after the pump the fork's breasts hold less; the baby's intake then runs behind.
    const after = at + 20 * 60;
    const stored = (tr: typeof baseTrace) =>
      valueAt(tr, 'leftStoredMl', after) + valueAt(tr, 'rightStoredMl', after);
    expect(stored(forkTrace)).toBeLessThan(stored(baseTrace) - 20);
    const intake = (tr: typeof baseTrace) => tr.channels.intakeCumulativeMl.at(-1) ?? 0;
    expect(intake(forkTrace)).toBeLessThan(intake(baseTrace));
  });
});

describe('plan changes from the fork on', () => {
  it('write one feeding change at the fork minute and keep earlier ones', () => {
    const base = builtin('typical-feed-6-weeks');
    const once = forkScenario(base, 12 * 3600 + 20, { kind: 'skipNightFeeds', hours: 6 });
    expect(once.feeding.changes).toEqual([{ atMinutes: 720, noFeedsForHours: 6 }]);
    const twice = forkScenario(once, 18 * 3600, { kind: 'blockFeedingFromNow', blockHours: 4 });
    expect(twice.feeding.changes).toEqual([
      { atMinutes: 720, noFeedsForHours: 6 },
      { atMinutes: 1080, pattern: 'block', blockHours: 4 },
    ]);
  });

  it('are offered only where the engine makes the plan, block feeding only when not blocking', () => {
    const explicit = builtin('low-supply-recovery');
    const blocking = builtin('oversupply-block-feeding');
    const typical = builtin('typical-feed-6-weeks');
    expect(changeApplies(explicit, { kind: 'blockFeedingFromNow', blockHours: 4 })).toBe(false);
    expect(changeApplies(explicit, { kind: 'skipNightFeeds', hours: 6 })).toBe(false);
    expect(changeApplies(explicit, { kind: 'pumpAfterFeedsFromNow', durationMinutes: 10 })).toBe(
      true,
    );
    expect(changeApplies(blocking, { kind: 'blockFeedingFromNow', blockHours: 4 })).toBe(false);
    expect(changeApplies(typical, { kind: 'blockFeedingFromNow', blockHours: 4 })).toBe(true);
  });

  it('pumping after every feed raises production and supply; missed night feeds lower production', () => {
    // Two weeks on demand, forked after two days: the supply row reads the last 12 days.
    const base = builtin('after-breast-reduction');
    const at = 48 * 3600;
    const baseTrace = simulate(base);
    const pumped = simulate(
      forkScenario(base, at, { kind: 'pumpAfterFeedsFromNow', durationMinutes: 10 }),
    );
    const [production, fat, supply] = compareRuns(baseTrace, pumped, at);
    expect(production!.fork!).toBeGreaterThan(production!.base!);
    expect(supply!.label).toBe('Supply after 12 days');
    expect(supply!.fork!).toBeGreaterThan(supply!.base!);
    expect(fat!.fork).not.toBeNull();
    // A missed 6-h stretch: nothing is removed in it and the breasts fill; the hungry baby then
    // takes the milk back within the day (within 10 %).
    const day = builtin('typical-feed-6-weeks');
    const usual = simulate(day);
    const missed = simulate(forkScenario(day, 6 * 3600, { kind: 'skipNightFeeds', hours: 6 }));
    const intakeAt = (tr: typeof usual, h: number) => valueAt(tr, 'intakeCumulativeMl', h * 3600);
    expect(intakeAt(missed, 12) - intakeAt(missed, 6)).toBeLessThan(1);
    expect(valueAt(missed, 'leftFullness', 12 * 3600)).toBeGreaterThan(
      valueAt(usual, 'leftFullness', 12 * 3600),
    );
    const [dayProduction] = compareRuns(usual, missed, 6 * 3600);
    expect(Math.abs(dayProduction!.fork! / dayProduction!.base! - 1)).toBeLessThan(0.1);
  });
});

describe('compareRuns', () => {
  it("reads milk removed from the engine's totals: forked at 0:00 it is the report's number", () => {
    // Summing the decimated flow channels said 562 mL here against the summary's 616 mL.
    const trace = simulate(builtin('small-capacity-4-hourly'));
    const [production, fat] = compareRuns(trace, trace, 0);
    expect(production!.base).toBeCloseTo(trace.summary.milkRemovedPer24hMl, 9);
    expect(removedAfter(trace, 0).removedMl).toBeCloseTo(trace.summary.milkRemovedMl, 9);
    expect(fat!.base).toBeGreaterThan(20);
    // A window is the difference of the cumulative channel at its ends.
    const half = trace.durationSec / 2;
    const first = trace.summary.milkRemovedMl - removedAfter(trace, half).removedMl;
    expect(first).toBeCloseTo(valueAt(trace, 'removedCumulativeMl', half), 9);
  });

  it('reports production, fat and end supply, equal for identical runs', () => {
    const trace = syntheticTrace();
    const rows = compareRuns(trace, trace, 3600);
    expect(rows.map((r) => [r.label, r.unit])).toEqual([
      ['Milk removed per 24 h after the fork', 'mL'],
      ['Mean fat of milk removed after the fork', 'g/L'],
      ['Supply after 9.0 h', 'mL/day'],
    ]);
    for (const r of rows) expect(r.fork).toBe(r.base);
    // Synthetic flows: 3 + 2.5 mL/min for three 15-min sessions after the fork, over 9 h.
    expect(rows[0]?.base).toBeCloseTo((5.5 * 15 * 3 * 24) / 9, 0);
    expect(rows[2]?.base).toBeCloseTo(500 + 36000 / 300, 6);
  });
});
