import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolutionFor } from '../../../src-main/contract/resolution';
import { parseScenario, simulate, type Scenario } from '../../../src-main/sim/index';
import { repoRoot } from '../../fixtures/charts/fixture';

function scenario(over: Partial<Scenario> = {}): Scenario {
  return {
    schema: 'lactasim/scenario@1',
    name: 'test',
    start: { postpartumHours: 1008 },
    durationHours: 24,
    mother: { storageCapacityMl: { left: 210, right: 210 }, conditions: [] },
    feeding: { plan: 'onDemand', seed: 1 },
    ...over,
  };
}

const pump15: Scenario['feeding'] = {
  plan: 'explicit',
  events: [{ atMinutes: 5, kind: 'pump', side: 'both', durationMinutes: 15 }],
  seed: 3,
};

describe('scenario schema', () => {
  it('rejects unknown keys with their JSON path', () => {
    const r = parseScenario({ ...scenario(), extra: 1 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.path).toBe('extra');
  });
  it('rejects an out-of-range severity naming the path and range', () => {
    const s = scenario({
      mother: {
        storageCapacityMl: { left: 210, right: 210 },
        conditions: [{ kind: 'sheehanSyndrome', severity: 1.5 }],
      },
    });
    const r = parseScenario(s);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.path).toBe('mother.conditions[0].severity');
      expect(r.error.message).toContain('between 0 and 1');
    }
  });
  it('rejects a storage capacity below 50 mL naming the range', () => {
    const r = parseScenario(
      scenario({ mother: { storageCapacityMl: { left: 20, right: 210 }, conditions: [] } }),
    );
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error.message).toBe(
        'mother.storageCapacityMl.left: must be between 50 and 700 mL (got 20)',
      );
  });
  it('accepts every built-in scenario shape used by the tests', () => {
    expect(parseScenario(scenario()).ok).toBe(true);
  });
});

describe('engine', () => {
  it('is deterministic: the same scenario gives identical arrays and events', () => {
    const a = simulate(scenario());
    const b = simulate(scenario());
    expect(Array.from(a.timesSec)).toEqual(Array.from(b.timesSec));
    expect(Array.from(a.channels.leftStoredMl)).toEqual(Array.from(b.channels.leftStoredMl));
    expect(a.events).toEqual(b.events);
  });
  it('writes every channel with one value per sample and sorted events', () => {
    const t = simulate(scenario());
    for (const ch of Object.values(t.channels)) expect(ch.length).toBe(t.timesSec.length);
    for (let i = 1; i < t.events.length; i++) {
      expect(t.events[i]!.atSeconds).toBeGreaterThanOrEqual(t.events[i - 1]!.atSeconds);
    }
  });
  it('gives no milk ejection without oxytocin above threshold (no stimulation, no ejection)', () => {
    const t = simulate(scenario({ feeding: { plan: 'explicit', events: [], seed: 1 } }));
    expect(t.events.filter((e) => e.kind === 'ejectionStart')).toHaveLength(0);
    expect(Math.max(...t.channels.leftEjectionDrive)).toBe(0);
  });
  it('slows synthesis as fullness rises (an unfed breast fills ever more slowly)', () => {
    const t = simulate(scenario({ feeding: { plan: 'explicit', events: [], seed: 1 } }));
    const n = t.timesSec.length;
    const early = t.channels.synthesisMlPerH[1]!;
    const late = t.channels.synthesisMlPerH[n - 1]!;
    expect(late).toBeLessThan(early * 0.5);
  });
  it("starts the synthesis channel at the breasts' rate at the start, not at 0", () => {
    for (const start of [1008, 0]) {
      const syn = simulate(scenario({ start: { postpartumHours: start } })).channels
        .synthesisMlPerH;
      expect(syn[0]!).toBeGreaterThan(0);
      expect(Math.abs(syn[0]! - syn[1]!)).toBeLessThan(0.01 * syn[1]!);
    }
  });
  it('double pumping for 15 minutes gives 4–6 milk ejections', () => {
    const t = simulate(scenario({ durationHours: 1, feeding: pump15 }));
    expect(t.summary.ejectionsPerFeed).toBeGreaterThanOrEqual(4);
    expect(t.summary.ejectionsPerFeed).toBeLessThanOrEqual(6);
  });
  it('Sheehan syndrome cuts prolactin but spares oxytocin', () => {
    const sheehan = {
      storageCapacityMl: { left: 210, right: 210 },
      conditions: [{ kind: 'sheehanSyndrome' as const, severity: 0.9 }],
    };
    const a = simulate(scenario({ durationHours: 1, feeding: pump15 }));
    const b = simulate(scenario({ durationHours: 1, feeding: pump15, mother: sheehan }));
    expect(Math.max(...b.channels.prolactinNgPerMl)).toBeLessThan(
      0.2 * Math.max(...a.channels.prolactinNgPerMl),
    );
    expect(Math.max(...b.channels.oxytocinPgPerMl)).toBeGreaterThan(
      0.8 * Math.max(...a.channels.oxytocinPgPerMl),
    );
  });
  it('stress delays the first milk ejection', () => {
    const calm = simulate(scenario({ durationHours: 1, feeding: pump15 }));
    const stressed = simulate(
      scenario({
        durationHours: 1,
        feeding: pump15,
        mother: {
          storageCapacityMl: { left: 210, right: 210 },
          conditions: [{ kind: 'stress', level: 0.8 }],
        },
      }),
    );
    expect(stressed.summary.firstEjectionLatencySec!).toBeGreaterThan(
      calm.summary.firstEjectionLatencySec!,
    );
  });
  it('retained placenta delays milk coming in until after removal', () => {
    const t = simulate(
      scenario({
        start: { postpartumHours: 0 },
        durationHours: 240,
        mother: {
          storageCapacityMl: { left: 210, right: 210 },
          conditions: [{ kind: 'retainedPlacenta', removedAtHours: 144 }],
        },
      }),
    );
    expect(t.summary.lactogenesisIIOnsetHours).not.toBeNull();
    expect(t.summary.lactogenesisIIOnsetHours!).toBeGreaterThan(144);
    const normal = simulate(scenario({ start: { postpartumHours: 0 }, durationHours: 120 }));
    expect(normal.summary.lactogenesisIIOnsetHours!).toBeLessThan(80);
  });
  it('block feeding lowers the supply of the unused side', () => {
    const t = simulate(
      scenario({
        durationHours: 72,
        feeding: { plan: 'onDemand', pattern: 'block', blockHours: 24, seed: 2 },
      }),
    );
    // Day 1 on the left, day 2 on the right: the right was unused on day 1 and fuller.
    const i = t.timesSec.findIndex((x) => x >= 23 * 3600);
    expect(t.channels.rightFullness[i]!).toBeGreaterThan(t.channels.leftFullness[i]!);
  });
  it('breast surgery lowers the output of the affected side', () => {
    const s = simulate(
      scenario({
        durationHours: 48,
        mother: {
          storageCapacityMl: { left: 210, right: 210 },
          conditions: [{ kind: 'breastSurgery', side: 'left', lobesAffectedFraction: 0.6 }],
        },
      }),
    );
    const leftOut = s.channels.leftFlowMlPerMin.reduce((a, b) => a + b, 0);
    const rightOut = s.channels.rightFlowMlPerMin.reduce((a, b) => a + b, 0);
    expect(leftOut).toBeLessThan(rightOut);
  });
  it('combined contraception lowers supply more than progestin-only', () => {
    const run = (type: 'combined' | 'progestinOnly') =>
      simulate(
        scenario({
          durationHours: 24 * 28,
          mother: {
            storageCapacityMl: { left: 210, right: 210 },
            conditions: [{ kind: 'hormonalContraception', type, startHours: 1008 }],
          },
        }),
      ).summary;
    expect(run('combined').supplyEndMlPerDay).toBeLessThan(run('progestinOnly').supplyEndMlPerDay);
  });
  it('retained placenta: milk comes in about a day after removal, not 2–3 days', () => {
    const t = simulate(
      scenario({
        start: { postpartumHours: 0 },
        durationHours: 240,
        mother: {
          storageCapacityMl: { left: 210, right: 210 },
          conditions: [{ kind: 'retainedPlacenta', removedAtHours: 144 }],
        },
      }),
    );
    const onset = t.summary.lactogenesisIIOnsetHours!;
    expect(onset).toBeGreaterThan(144);
    expect(onset).toBeLessThan(144 + 36);
  });
  // The timeline's "Progesterone withdrawal" is the fall below the level that half holds back
  // activation, so it can never come after "Milk comes in" (it did, by 8 h, after a retained
  // placenta was removed, when the event had a threshold of its own).
  it("names progesterone's fall before milk comes in, in every built-in case where milk comes in", () => {
    const dir = join(repoRoot, 'resources', 'scenarios');
    const checked: string[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'index.json')) {
      const parsed = parseScenario(JSON.parse(readFileSync(join(dir, file), 'utf8')));
      if (!parsed.ok) throw new Error(parsed.error.message);
      const t = simulate(parsed.value, { resolutionSec: resolutionFor(parsed.value) });
      const at = (kind: string) => t.events.find((e) => e.kind === kind)?.atSeconds;
      const milkIn = at('milkComesIn');
      if (milkIn === undefined) continue;
      checked.push(file);
      expect(at('progesteroneWithdrawal'), file).toBeLessThanOrEqual(milkIn);
    }
    expect(checked).toEqual(
      expect.arrayContaining(['first-five-days.json', 'retained-placenta-day-6.json']),
    );
  });
  it('combined pill lowers the milk removed, not only the supply figure (Tankeyoon 1984)', () => {
    const run = (type: 'combined' | 'progestinOnly') =>
      simulate(
        scenario({
          durationHours: 24 * 28,
          mother: {
            storageCapacityMl: { left: 210, right: 210 },
            conditions: [{ kind: 'hormonalContraception', type, startHours: 1008 }],
          },
        }),
      ).summary.milkRemovedPer24hMl;
    // 28-day means include the first two weeks, while the effect builds up (τ 14 days).
    expect(run('combined')).toBeLessThan(0.95 * run('progestinOnly'));
  });
  it('counts milk ejections per breastfeed (one breast), as Ramsay 2004 did', () => {
    const t = simulate(scenario({ durationHours: 24 }));
    expect(t.summary.ejectionsPerFeed!).toBeGreaterThanOrEqual(1);
    expect(t.summary.ejectionsPerFeed!).toBeLessThanOrEqual(4.4);
  });
  it('is sampled at every feed end, where nerve activity has stopped with the stimulation', () => {
    // Before: the sample at a sessionEnd carried the feed's nerve activity (1.0, 0.19 one 5-s
    // sample later) or none was taken there, so "Feed ended" sat next to "nerve signals run".
    for (const s of [
      scenario({ durationHours: 24 }),
      scenario({ durationHours: 24 * 10, feeding: { plan: 'onDemand', seed: 2 } }),
      scenario({ feeding: pump15 }),
    ]) {
      const t = simulate(s);
      const ends = t.events.filter((e) => e.kind === 'sessionEnd');
      expect(ends.length).toBeGreaterThan(0);
      for (const e of ends) {
        const i = t.timesSec.findIndex((x) => Math.abs(x - e.atSeconds) < 0.001);
        expect(i, `sample at ${e.atSeconds}`).toBeGreaterThan(0);
        expect(t.channels.nerveSignal[i]).toBe(0);
        expect(t.channels.nerveSignal[i + 1] ?? 0).toBe(0);
      }
    }
  });
  it('a 180-day run is sampled hourly and stays small', () => {
    const t = simulate(scenario({ durationHours: 24 * 180 }));
    expect(t.timesSec.length).toBeLessThanOrEqual(180 * 24 + 2);
    expect(t.timesSec[t.timesSec.length - 1]).toBe(180 * 86_400);
  });
});
