// What the handout says about the baby: the age as a parent says it (newborn, days, then weeks),
// the weight the model uses when known, and the wet diapers the family counted.
import { describe, expect, it } from 'vitest';
import type { WalkthroughBeat } from '../../../src-main/contract/parent';
import type { Scenario } from '../../../src-main/sim/scenario';
import { babyAgeDays, babyLines } from '../../../src-main/walkthrough/baby';
import { fixtureScenario } from '../../fixtures/charts/fixture';

const aged = (days: number, weightKg?: number): Scenario => {
  const s = fixtureScenario();
  return {
    ...s,
    start: { ...s.start, postpartumHours: days * 24 },
    ...(weightKg !== undefined ? { infant: { ...s.infant, weightKg } } : {}),
  };
};

const beat = (wet: number): WalkthroughBeat => ({
  type: 'parentWalkthrough',
  steps: [],
  notes: '',
  baby: { wetDiapersPerDay: wet },
});

describe('the baby in plain words', () => {
  it('says newborn, one day, days, then weeks', () => {
    expect(babyLines('en', aged(0), null)).toEqual(['Your baby is a newborn.']);
    expect(babyLines('en', aged(1), null)).toEqual(['Your baby is 1 day old.']);
    expect(babyLines('en', aged(10), null)).toEqual(['Your baby is 10 days old.']);
    expect(babyLines('en', aged(42), null)).toEqual(['Your baby is 6 weeks old.']);
    expect(babyLines('es', aged(0), null)).toEqual(['Su bebé es recién nacido.']);
    expect(babyLines('es', aged(1), null)).toEqual(['Su bebé tiene 1 día.']);
  });

  it("adds the weight and wet diapers only when known, with the family's decimal mark", () => {
    // The Spanish handout's charts write 0,5; its weight said "4.8 kg" beside them.
    expect(babyLines('es', aged(42, 4.75), beat(6))).toEqual([
      'Su bebé tiene 6 semanas.',
      'Su bebé pesa unos 4,8 kg.',
      'Su bebé moja unos 6 pañales al día.',
    ]);
    expect(babyLines('en', aged(42, 3.4), null)).toEqual([
      'Your baby is 6 weeks old.',
      expect.stringContaining('3.4 kg'),
    ]);
  });

  it("takes the age from the scenario's start, the age the model runs at", () => {
    // The case editor's own "baby's age" field is retired (personalSchema): one age, one source.
    expect(babyAgeDays(aged(12))).toBe(12);
    expect(babyLines('en', aged(12), null)).toEqual(['Your baby is 12 days old.']);
  });
});
