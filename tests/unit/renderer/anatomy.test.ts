import { describe, expect, it } from 'vitest';
import { computeLayout, cutLobes, VIEW } from '../../../src-renderer/features/anatomy/geometry';
import { frameModel } from '../../../src-renderer/features/anatomy/frameModel';
import {
  liveParticles,
  particleSchedule,
  TRANSIT_SEC,
} from '../../../src-renderer/features/anatomy/particles';
import { sampleChannels } from '../../../src-renderer/lib/traceSampling';
import { syntheticTrace } from './syntheticTrace';

describe('anatomy layout', () => {
  it('draws 15–20 lobes with one duct and one sinus each in the classical view', () => {
    const layout = computeLayout('classical');
    expect(layout.lobes.length).toBeGreaterThanOrEqual(15);
    expect(layout.lobes.length).toBeLessThanOrEqual(20);
    expect(layout.ducts).toHaveLength(layout.lobes.length);
    expect(layout.sinuses).toHaveLength(layout.lobes.length);
  });

  it('draws about 9 main ducts and no sinuses in the ultrasound view (Ramsay 2005)', () => {
    const layout = computeLayout('ultrasound');
    expect(layout.ducts).toHaveLength(9);
    expect(layout.sinuses).toHaveLength(0);
    expect(layout.ducts.flatMap((d) => d.lobes).sort((a, b) => a - b)).toEqual(
      layout.lobes.map((l) => l.index),
    );
  });

  it('keeps every alveolus inside the view and lobes apart', () => {
    const layout = computeLayout('classical');
    for (const lobe of layout.lobes) {
      for (const a of lobe.lobules.flatMap((l) => l.alveoli)) {
        expect(a.x).toBeGreaterThan(0);
        expect(a.x).toBeLessThan(VIEW.width);
        expect(a.y).toBeGreaterThan(0);
        expect(a.y).toBeLessThan(VIEW.height);
      }
    }
    const [a, b] = layout.lobes;
    expect(Math.hypot(a!.x - b!.x, a!.y - b!.y)).toBeGreaterThan(60);
  });

  it('is the same every time (memoisable, testable)', () => {
    expect(computeLayout('classical').lobes[3]).toEqual(computeLayout('classical').lobes[3]);
  });

  it('cuts the share of lobes named by the surgery fraction', () => {
    expect(cutLobes(0).size).toBe(0);
    expect(cutLobes(0.5, 18).size).toBe(9);
    expect(cutLobes(1, 18).size).toBe(18);
  });
});

describe('frame model', () => {
  const trace = syntheticTrace();

  it('swells full alveoli and shrinks the milk as the breast empties', () => {
    const full = frameModel(sampleChannels(trace, 0), 0, 'left', 0, false);
    const emptier = frameModel(sampleChannels(trace, 500), 500, 'left', 0, false);
    expect(full.alveolusScale).toBeGreaterThan(emptier.alveolusScale);
    expect(full.milkScale).toBeGreaterThan(emptier.milkScale);
    expect(full.synthesisFreedom).toBeLessThan(emptier.synthesisFreedom);
  });

  it('changes state in steps and stops motion under reduced motion', () => {
    const f = frameModel(sampleChannels(trace, 123), 123, 'left', 12, true);
    expect(f.fullness * 10).toBeCloseTo(Math.round(f.fullness * 10), 9);
    expect(f.flowOffset).toBe(0);
    expect(f.nerveOffset).toBe(0);
  });
});

describe('hormone particles', () => {
  const trace = syntheticTrace(1200, 5);
  const schedule = particleSchedule(trace.timesSec, trace.channels.oxytocinPgPerMl, {
    halfLifeSec: 180,
    perParticle: 4,
  });

  it('stand for the plasma concentration (one particle per unit)', () => {
    const count = (t: number) => liveParticles(schedule, t).length;
    expect(count(60)).toBeGreaterThanOrEqual(0);
    expect(count(60)).toBeLessThanOrEqual(3);
    const peak = count(140);
    expect(peak).toBeGreaterThan(7);
    expect(peak).toBeLessThan(15);
  });

  it('leave the gland as the hormone is released and travel for the transit time', () => {
    const travelling = liveParticles(schedule, 125).filter((p) => p.travel < 1);
    expect(travelling.length).toBeGreaterThan(3);
    const later = liveParticles(schedule, 125 + TRANSIT_SEC + 5).filter((p) => p.travel < 1);
    expect(later.length).toBeLessThan(travelling.length);
  });

  it('over the budget, clear more slowly in the drawing and are born in time order', () => {
    const dense = particleSchedule(trace.timesSec, trace.channels.oxytocinPgPerMl, {
      halfLifeSec: 180,
      perParticle: 0.0005,
    });
    expect(dense.births.length).toBeGreaterThan(20_000);
    // Clearance drawn slower: the longest life is beyond five half-lives of the hormone.
    expect(dense.maxLifeSec).toBeGreaterThan(5 * 180);
    for (let i = 1; i < dense.births.length; i++) {
      expect(dense.births[i]).toBeGreaterThanOrEqual(dense.births[i - 1] as number);
    }
    expect(dense.lives.every((l) => l > 0 && l <= dense.maxLifeSec)).toBe(true);
  });
});
