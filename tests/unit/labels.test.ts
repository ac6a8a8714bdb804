// Clinical words for the scenario: every field the editors show has a label, options have names,
// fractions read as percent, moments as day and clock time, and errors name the field as shown.
import { describe, expect, it } from 'vitest';
import {
  errorForField,
  FIELD_LABELS,
  labelledLines,
  momentLabel,
  OPTION_LABELS,
} from '../../src-main/labels/scenario';
import type { Scenario } from '../../src-main/sim/scenario';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const docs = readFileSync(
  join(import.meta.dirname, '..', '..', 'docs', 'scenario-format.md'),
  'utf8',
);

describe('scenario labels', () => {
  it('names the field in an error, with the range as the clinician reads it', () => {
    expect(
      errorForField(
        'patch.scenario.mother.storageCapacityMl.right',
        'must be between 50 and 700 mL',
      ),
    ).toBe('Storage capacity, right breast: must be between 50 and 700 mL');
    const s = {
      mother: { conditions: [{ kind: 'breastSurgery', side: 'left', lobesAffectedFraction: 2 }] },
    };
    expect(
      errorForField(
        'scenario.mother.conditions[0].lobesAffectedFraction',
        'scenario.mother.conditions[0].lobesAffectedFraction: must be between 0 and 1',
        s,
      ),
    ).toBe('Lobes whose ducts were cut: must be between 0 % and 100 %');
    // As the engine worker reports it: the request's path, the engine parser's own in the message.
    expect(
      errorForField(
        'scenario.mother.storageCapacityMl.left',
        'mother.storageCapacityMl.left: must be between 50 and 700 mL (got 20)',
      ),
    ).toBe('Storage capacity, left breast: must be between 50 and 700 mL (got 20)');
  });

  it('words moments as day and clock time after birth', () => {
    expect(momentLabel(1008)).toBe('day 42, 00:00 after birth');
    expect(momentLabel(50.5)).toBe('day 2, 02:30 after birth');
    expect(momentLabel(-36)).toBe('36 h before birth');
  });

  it('lists a scenario as labelled values, fractions as percent and options by name', () => {
    const scenario: Scenario = {
      schema: 'lactasim/scenario@1',
      name: 'After reduction',
      start: { postpartumHours: 1008 },
      durationHours: 24,
      mother: { conditions: [{ kind: 'breastSurgery', side: 'left', lobesAffectedFraction: 0.6 }] },
      feeding: { plan: 'onDemand', pattern: 'bothSides', seed: 1 },
    };
    const lines = labelledLines(scenario);
    expect(lines).toContain('Run starts: day 42, 00:00 after birth');
    expect(lines).toContain('Lobes whose ducts were cut: 60 %');
    expect(lines).toContain('Breast operated on: Left');
    expect(lines).toContain('Feeding plan: On demand (baby-led)');
    expect(lines).toContain('Breasts at each feed: Both breasts each feed');
    expect(lines.join('\n')).not.toMatch(/\w+\.\w+:|onDemand|bothSides|0\.6\b/);
  });

  it('has a label for every field and option the scenario format documents', () => {
    for (const name of ['exclusivePumping', 'leftOnly', 'rightOnly', 'caesarean', 'type1']) {
      expect(docs).toContain(name);
      expect(
        Object.values(OPTION_LABELS).some((o) => name in o),
        name,
      ).toBe(true);
    }
    for (const key of [
      'infant.count',
      'infant.weightKg',
      'infant.appetiteChanges[].factor',
      'birth.mode',
      'mother.firstBirth',
      'mother.diabetes',
      'mother.bmi',
      'feeding.changes[].stopFeeding',
      'mother.conditions.stress.startHours',
      'mother.conditions.stress.durationHours',
    ]) {
      expect(FIELD_LABELS[key], key).toBeDefined();
      expect(docs).toContain(key.split('.').pop()!.replace('[]', ''));
    }
  });
});
