// Each engine subsystem on its own: configuration, breasts, hormones, infants, feeding choices
// (the let-down reflex, step sizes and events have files of their own).
import { describe, expect, it } from 'vitest';
import { fullness, makeBreast, newBreastStep, stepBreast } from '../../../src-main/sim/breasts';
import { appetiteFactorAt, deriveConfig, stressAt } from '../../../src-main/sim/config';
import { withDefaults } from '../../../src-main/sim/defaults';
import { chooseFirstSide, planAt } from '../../../src-main/sim/feeding';
import {
  initialHormones,
  progesteroneRelease,
  prolactinPermissive,
} from '../../../src-main/sim/hormones';
import { needMlPerDay } from '../../../src-main/sim/infants';
import { parseScenario, type Scenario } from '../../../src-main/sim/index';
import { runModel, simulate } from '../../../src-main/sim/simulate';
import { minimal } from './engine-state';

describe('configuration', () => {
  it('accepts a scenario with only schema, name, start, duration and feeding, and fills documented defaults', () => {
    expect(parseScenario(minimal).ok).toBe(true);
    const r = withDefaults(minimal);
    expect(r.mother.storageCapacityMl).toEqual({ left: 210, right: 210 });
    expect(r.infant.count).toBe(1);
    expect(r.feeding.intervalHours).toBe(3);
    expect(r.birth.placentaDeliveredAtHours).toBe(0.5);
  });
  it("never derives the mother's supply from the baby's appetite", () => {
    const hungry = deriveConfig({ ...minimal, infant: { appetiteMlPerDay: 1300 } });
    const small = deriveConfig({ ...minimal, infant: { appetiteMlPerDay: 500 } });
    expect(hungry.sigma0).toEqual(small.sigma0);
    expect(hungry.needScale).toBeGreaterThan(small.needScale);
  });
  it('is read-only and places stress and appetite changes in model time', () => {
    const c = deriveConfig({
      ...minimal,
      mother: { conditions: [{ kind: 'stress', level: 0.6, startHours: 1010, durationHours: 2 }] },
      infant: { appetiteChanges: [{ atHours: 1012, factor: 1.2, durationHours: 24 }] },
    });
    expect(Object.isFrozen(c)).toBe(true);
    expect(stressAt(c, 1 * 3600)).toBe(0);
    expect(stressAt(c, 3 * 3600)).toBe(0.6);
    expect(stressAt(c, 5 * 3600)).toBe(0);
    expect(appetiteFactorAt(c, 5 * 3600)).toBe(1.2);
  });
  it('delays secretory activation for first birth, caesarean and type 1 diabetes', () => {
    const base = deriveConfig({ ...minimal, start: { postpartumHours: 0 } }).stageTauSec;
    for (const over of [
      { mother: { firstBirth: true } },
      { birth: { mode: 'caesarean' as const } },
      { mother: { diabetes: 'type1' as const } },
    ]) {
      expect(
        deriveConfig({ ...minimal, start: { postpartumHours: 0 }, ...over }).stageTauSec,
      ).toBeGreaterThan(base);
    }
  });
});

describe('breasts', () => {
  it('never fills past capacity and conserves milk in one step of synthesis and ejection', () => {
    const b = makeBreast('left', 100, 1, 80, true);
    const k = newBreastStep();
    Object.assign(k, { dt: 3600, synthFactor: 1, drive: 0, back: 0, duct: 0.1 });
    const before = b.stored + b.duct;
    stepBreast(b, k);
    expect(b.stored + b.duct).toBeLessThanOrEqual(100);
    expect(b.synthesizedTotal - b.removedTotal).toBeCloseTo(b.stored + b.duct - before, 9);
  });
  it('takes only duct milk without an ejection; ejection moves alveolar milk to the ducts', () => {
    const b = makeBreast('left', 210, 1, 16, true);
    const k = newBreastStep();
    Object.assign(k, { dt: 60, synthFactor: 0, drive: 0, back: 0, duct: 0, removalMax: 1 });
    const duct = b.duct;
    stepBreast(b, k);
    expect(k.removed).toBeGreaterThan(0);
    expect(k.removed).toBeLessThanOrEqual(duct + 1e-9);
    const ductBefore = b.duct;
    Object.assign(k, { drive: 1, removalMax: 0, dt: 5 });
    stepBreast(b, k);
    expect(b.duct).toBeGreaterThan(ductBefore);
  });
  it('raises its capacity while kept empty and lowers it while kept full', () => {
    const k = newBreastStep();
    Object.assign(k, { dt: 3600, synthFactor: 0, gainUp: 1, gainDown: 1 });
    const empty = makeBreast('left', 210, 1, 16, true);
    empty.stored = 0;
    empty.duct = 0;
    stepBreast(empty, k);
    const full = makeBreast('right', 210, 1, 16, true);
    full.stored = 200;
    stepBreast(full, k);
    expect(empty.sigma).toBeGreaterThan(16);
    expect(full.sigma).toBeLessThan(16);
    expect(fullness(full)).toBeGreaterThan(0.9);
  });
});

describe('hormones', () => {
  it('prolactin is permissive: flat across the lactating range, collapsing below it (Cox 1996)', () => {
    expect(prolactinPermissive(119) / prolactinPermissive(59)).toBeLessThan(1.15);
    expect(prolactinPermissive(15)).toBeLessThan(0.1);
  });
  it('postpartum progesterone is about 6 ng/mL on days 3–5 and does not hold activation back', () => {
    for (const day of [3, 5]) {
      const h = initialHormones(deriveConfig({ ...minimal, start: { postpartumHours: day * 24 } }));
      expect(h.p4).toBeGreaterThan(3);
      expect(h.p4).toBeLessThan(10);
      expect(progesteroneRelease(h.p4)).toBeGreaterThan(0.85);
    }
    const term = initialHormones(deriveConfig({ ...minimal, start: { postpartumHours: -24 } }));
    expect(progesteroneRelease(term.p4)).toBeLessThan(0.05);
  });
  it('oxytocin pulses number about 2 per 20 min of suckling, not 6', () => {
    const t = simulate({
      ...minimal,
      durationHours: 1,
      feeding: {
        plan: 'explicit',
        events: [{ atMinutes: 0, kind: 'latch', side: 'left', durationMinutes: 20 }],
      },
    });
    const pulses = t.events.filter((e) => e.kind === 'oxytocinPulse' && e.detail === undefined);
    expect(pulses.length).toBeGreaterThanOrEqual(1);
    expect(pulses.length).toBeLessThanOrEqual(5);
  });
});

describe('infants', () => {
  it('need follows age: ~800 mL/day at 1–6 months, less with complementary foods, scaled by weight', () => {
    const at = (days: number, over: Partial<Scenario> = {}) =>
      needMlPerDay(deriveConfig({ ...minimal, start: { postpartumHours: days * 24 }, ...over }), 0);
    expect(at(60)).toBeGreaterThan(750);
    expect(at(60)).toBeLessThan(850);
    expect(at(365)).toBeLessThan(0.75 * at(120));
    expect(at(60, { infant: { weightKg: 6.5 } })).toBeGreaterThan(at(60));
  });
  it('an underfed baby feeds more often: a small-storage, high-need day has more breastfeeds', () => {
    const feeds = (s: Scenario) => simulate(s).summary.feeds;
    const small = feeds({ ...minimal, mother: { storageCapacityMl: { left: 74, right: 74 } } });
    const usual = feeds(minimal);
    expect(small).toBeGreaterThan(usual);
  });
});

describe('feeding choices', () => {
  it('picks sides by pattern and applies plan changes from their moment on', () => {
    const c = deriveConfig({
      ...minimal,
      feeding: {
        plan: 'onDemand',
        pattern: 'alternate',
        changes: [{ atMinutes: 60, pattern: 'leftOnly' }],
      },
    });
    expect(chooseFirstSide(planAt(c, 0), 'left', 0)).toBe('right');
    expect(chooseFirstSide(planAt(c, 3600), 'left', 3600)).toBe('left');
    expect(
      chooseFirstSide(
        { pattern: 'block', blockHours: 4, pumpAfterFeedsMinutes: 0 },
        null,
        5 * 3600,
      ),
    ).toBe('right');
  });
  it('feeds twins, each by its own hunger, from both breasts', () => {
    const twinMother = { ...minimal, mother: { supplyMlPerDay: 1600 }, infant: { count: 2 } };
    const { trace, diagnostics } = runModel(twinMother);
    expect(diagnostics.infantIntakeMl).toHaveLength(2);
    for (const ml of diagnostics.infantIntakeMl) expect(ml).toBeGreaterThan(600);
    expect(trace.summary.milkRemovedPer24hMl).toBeGreaterThan(1300);
  });
});
