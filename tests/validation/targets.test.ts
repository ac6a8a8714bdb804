import { describe, expect, it } from 'vitest';
import { runValidation } from '../../src-main/sim/validation';

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
});
