// Clinical words for the scenario: every field the editors show has a label, options have names,
// fractions read as percent, moments as day and clock time, and errors name the field as shown.
import { describe, expect, it } from 'vitest';
import {
  errorForField,
  FIELD_LABELS,
  fieldLabels,
  labelledLines,
  momentLabel,
  OPTION_LABELS,
  optionLabel,
} from '../../src-main/labels/scenario';
import { scenarioSchema, type Scenario } from '../../src-main/sim/scenario';
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

  it('names the field and the rule in Spanish, fractions as Spanish percent', () => {
    expect(
      errorForField(
        'patch.scenario.mother.storageCapacityMl.right',
        'must be between 50 and 700 mL',
        undefined,
        'es',
      ),
    ).toBe('Capacidad de almacenamiento, pecho derecho: debe estar entre 50 y 700 mL');
    expect(
      errorForField(
        'scenario.mother.conditions[0].severity',
        'is required; must be between 0 and 1',
        { mother: { conditions: [{ kind: 'sheehanSyndrome' }] } },
        'es',
      ),
    ).toBe(
      'Síndrome de Sheehan: función hipofisaria perdida: es obligatorio; debe estar entre 0 % y 100 %',
    );
    expect(
      errorForField(
        'scenario.infant.count',
        'infant.count: must be between 1 and 3 and a whole number (got 2.5)',
        undefined,
        'es',
      ),
    ).toBe(
      'Bebés (1 único, 2 gemelos, 3 trillizos): debe estar entre 1 y 3 y ser un número entero (se recibió 2,5)',
    );
    expect(
      errorForField(
        'scenario.feeding.plan',
        'must be one of "onDemand", "scheduled" (got "x")',
        undefined,
        'es',
      ),
    ).toBe('Plan de alimentación: debe ser uno de "onDemand", "scheduled" (se recibió "x")');
    expect(
      errorForField(
        'scenario.mother.supplyMlPerDay',
        'must be between 0 and 3000 mL/day (got 0.5 mL)',
        undefined,
        'es',
      ),
    ).toBe('Producción de leche al inicio: debe estar entre 0 y 3000 mL/día (se recibió 0,5 mL)');
  });

  it('keeps a message the rule table does not know in English after the Spanish label', () => {
    expect(errorForField('scenario.mother.bmi', 'the engine gave up', undefined, 'es')).toBe(
      'Índice de masa corporal: the engine gave up',
    );
  });

  it('words moments as day and clock time after birth', () => {
    expect(momentLabel(1008)).toBe('day 42, 00:00 after birth');
    expect(momentLabel(50.5)).toBe('day 2, 02:30 after birth');
    expect(momentLabel(-36)).toBe('36 h before birth');
    expect(momentLabel(50.5, 'es')).toBe('día 2, 02:30 tras el nacimiento');
    expect(momentLabel(-36, 'es')).toBe('36 h antes del nacimiento');
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
    const spanish = labelledLines({ ...scenario, mother: { firstBirth: true } }, 'es');
    expect(spanish).toContain('Inicio de la simulación: día 42, 00:00 tras el nacimiento');
    expect(spanish).toContain('Plan de alimentación: A demanda (guiada por el bebé)');
    expect(spanish).toContain('Primer parto: sí');
  });

  it('has Spanish words for every field and option', () => {
    expect(Object.keys(fieldLabels('es')).sort()).toEqual(Object.keys(FIELD_LABELS).sort());
    for (const [key, options] of Object.entries(OPTION_LABELS))
      for (const value of Object.keys(options))
        expect(optionLabel(key, value, 'es'), `${key} ${value}`).not.toBe(value);
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

  it('names every option of every choice field in the scenario schema, nested lists too', () => {
    const choices = optionFields(scenarioSchema, '');
    // The walk reaches the lists' items, a plan change's pattern among them.
    expect(choices.get('feeding.changes[].pattern')).toContain('block');
    expect(choices.get('feeding.events[].kind')).toEqual(['latch', 'pump', 'skinToSkin']);
    expect(choices.size).toBeGreaterThanOrEqual(8);
    for (const [key, values] of choices)
      for (const value of values)
        for (const language of ['en', 'es'] as const)
          expect(optionLabel(key, value, language), `${language} ${key} ${value}`).not.toBe(value);
  });

  it('words plan changes and planned sessions by name and moment, without the format version', () => {
    const scenario: Scenario = {
      schema: 'lactasim/scenario@1',
      name: 'Block from day 42',
      start: { postpartumHours: 1008 },
      durationHours: 24,
      feeding: {
        plan: 'onDemand',
        changes: [{ atMinutes: 90, pattern: 'block', blockHours: 4 }],
        events: [{ atMinutes: 240, kind: 'latch', side: 'right', durationMinutes: 12 }],
      },
    };
    const lines = labelledLines(scenario);
    expect(lines).toContain('Plan change starts: day 42, 01:30 after birth');
    expect(lines).toContain('Breasts at each feed from then on: Same breast for a block of hours');
    expect(lines).toContain('Planned session starts: day 42, 04:00 after birth');
    expect(lines).toContain('Planned session, breast: Right');
    expect(lines.join('\n')).not.toMatch(/scenario@1|Scenario format|min into the run|: block$/m);
    expect(labelledLines(scenario, 'es')).toContain(
      'Pechos en cada toma a partir de entonces: El mismo pecho durante un bloque de horas',
    );
  });
});

type Def = {
  type: string;
  shape?: Record<string, { _zod: { def: Def } }>;
  innerType?: { _zod: { def: Def } };
  element?: { _zod: { def: Def } };
  options?: { _zod: { def: Def } }[];
  entries?: Record<string, string>;
  values?: unknown[];
};

/**
 * Every choice field of a zod schema, keyed as the labels are (`[]` for list items, conditions
 * by kind), with its values; a list item's `kind` literal is a choice too, a condition's is not.
 */
function optionFields(schema: unknown, path: string, out = new Map<string, string[]>()) {
  const def = (schema as { _zod: { def: Def } })._zod.def;
  const add = (key: string, values: string[]) =>
    out.set(key, [...new Set([...(out.get(key) ?? []), ...values])]);
  const at = (key: string) => (path ? `${path}.${key}` : key);
  if (def.type === 'optional' && def.innerType) optionFields(def.innerType, path, out);
  else if (def.type === 'array' && def.element) optionFields(def.element, `${path}[]`, out);
  else if (def.type === 'enum' && def.entries) add(path, Object.values(def.entries));
  else if (def.type === 'union' && def.options) {
    for (const option of def.options) {
      const kind = option._zod.def.shape?.['kind']?._zod.def.values?.[0];
      if (path === 'mother.conditions[]') {
        optionFields(option, `mother.conditions.${String(kind)}`, out);
        continue;
      }
      if (typeof kind === 'string') add(at('kind'), [kind]);
      optionFields(option, path, out);
    }
  } else if (def.type === 'object' && def.shape) {
    for (const [key, field] of Object.entries(def.shape))
      if (key !== 'kind') optionFields(field, at(key), out);
  }
  return out;
}
