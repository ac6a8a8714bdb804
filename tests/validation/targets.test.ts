import { describe, expect, it } from 'vitest';
import { runModel } from '../../src-main/sim/simulate';
import { interFeedRates, runValidation } from '../../src-main/sim/validation';

const { results, population } = runValidation({ populationSize: 200 });

describe('validation targets V1–V12 (model.md)', () => {
  for (const r of results) {
    it(`${r.id} ${r.quantity}: ${r.target} (model ${r.model})`, () => {
      expect(['green', 'right trend']).toContain(r.verdict);
    });
  }
  it('population of 200 mothers spans roughly 450–1400 mL per 24 h', () => {
    expect(population.mothers).toBe(200);
    expect(population.min).toBeLessThan(500);
    expect(population.max).toBeGreaterThan(1250);
  });
  it('short-term synthesis is measured per inter-feed interval (Cox 1996)', () => {
    const run = runModel({
      schema: 'lactasim/scenario@1',
      name: 'rates',
      start: { postpartumHours: 1008 },
      durationHours: 24,
      mother: { storageCapacityMl: { left: 210, right: 210 }, conditions: [] },
      feeding: { plan: 'onDemand', seed: 3 },
    });
    const rates = interFeedRates(run);
    expect(rates.length).toBeGreaterThan(8);
    for (const r of rates) {
      expect(r.rate).toBeGreaterThanOrEqual(0);
      expect(r.fullness).toBeGreaterThanOrEqual(0);
      expect(r.fullness).toBeLessThanOrEqual(1);
    }
  });
});
