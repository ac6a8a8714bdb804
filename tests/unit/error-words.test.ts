// Errors as a clinician reads them: the contract's errors carry a rule and its limits, and one
// helper words them with the field's label in English or Spanish, never a path or zod's words.
import { describe, expect, it } from 'vitest';
import type { Handlers } from '../../src-main/contract/index';
import type { ApiErrorData } from '../../src-main/contract/errors';
import { dispatch } from '../../src-main/services/dispatch';
import { errorSentence } from '../../src-main/labels/errors';
import { parseScenario } from '../../src-main/sim/scenario';

// Every request below fails its schema, so no handler runs.
const noHandlers = {} as Handlers;

async function refusal(method: string, request: unknown): Promise<ApiErrorData> {
  const result = await dispatch(noHandlers, method, request);
  if (result.ok) throw new Error(`${method} was accepted`);
  return result.error;
}

const scenario = {
  schema: 'lactasim/scenario@1',
  name: 'Test',
  start: { postpartumHours: 1008 },
  durationHours: 24,
  feeding: { plan: 'onDemand' },
};
const lesson = { id: 'l_abc', baseRevision: 1 };

describe('error sentences', () => {
  it('words a tab in a title by its label and position, the path kept for the command line', async () => {
    const error = await refusal('lessons.update', { ...lesson, patch: { title: 'Day 1\tfeeds' } });
    expect(error).toMatchObject({ path: 'patch.title', rule: { id: 'controlChar', at: 6 } });
    expect(error.message).toContain('patch.title');
    expect(errorSentence(error, 'en')).toBe(
      'Title: must not contain tabs or other control characters (character 6)',
    );
    expect(errorSentence(error, 'es')).toBe(
      'Título: no puede contener tabuladores ni otros caracteres de control (carácter 6)',
    );
  });

  it('words empty and over-long text with the limit in the language’s numbers', async () => {
    const empty = await refusal('lessons.update', { ...lesson, patch: { title: '  ' } });
    expect(errorSentence(empty, 'en')).toBe('Title: must not be empty');
    expect(errorSentence(empty, 'es')).toBe('Título: no puede estar vacío');
    const long = await refusal('parent.importFeedLog', {
      scenario,
      csv: 'x'.repeat(2_000_001),
    });
    expect(errorSentence(long, 'en')).toBe('Feed log: can have at most 2,000,000 characters');
    expect(errorSentence(long, 'es')).toBe(
      'Registro de tomas: puede tener como máximo 2.000.000 caracteres',
    );
  });

  it('words a scenario range with the field’s label, unit and percent', () => {
    const capacity = parseScenario({
      ...scenario,
      mother: { storageCapacityMl: { left: 20, right: 200 } },
    });
    const withSurgery = {
      ...scenario,
      mother: { conditions: [{ kind: 'breastSurgery', side: 'left', lobesAffectedFraction: 1.5 }] },
    };
    const surgery = parseScenario(withSurgery);
    if (capacity.ok || surgery.ok) throw new Error('accepted');
    expect(errorSentence(capacity.error, 'es')).toBe(
      'Capacidad de almacenamiento, pecho izquierdo: debe estar entre 50 y 700 mL (se recibió 20)',
    );
    // The condition's index is read as its kind from the scenario the screen sent.
    expect(errorSentence(surgery.error, 'en', { scenario: withSurgery })).toBe(
      'Lobes whose ducts were cut: must be between 0 % and 100 % (got 150 %)',
    );
  });

  it('words a list past its limit and options by their names', () => {
    const many = parseScenario({
      ...scenario,
      mother: { conditions: Array.from({ length: 11 }, () => ({ kind: 'stress', level: 0.5 })) },
    });
    const plan = parseScenario({ ...scenario, feeding: { plan: 'sometimes' } });
    if (many.ok || plan.ok) throw new Error('accepted');
    expect(errorSentence(many.error, 'es')).toBe(
      'Afecciones de la madre: puede contener como máximo 10 elementos',
    );
    expect(errorSentence(plan.error, 'en')).toBe(
      'Feeding plan: must be one of: On demand (baby-led), By the clock, Only the planned sessions, Exclusive pumping',
    );
  });

  it('words bounds on free-form JSON as rules too, not as the checker’s English', async () => {
    const proto = JSON.parse('{"type":"note","__proto__":{"polluted":true}}') as unknown;
    const error = await refusal('cases.create', { fromBuiltin: 'x', beats: [proto] });
    expect(error.rule).toEqual({ id: 'unknownKey', key: '__proto__' });
    expect(errorSentence(error, 'es')).toBe(
      'Un valor: contiene algo que esta versión de LactaSim no conoce',
    );
  });

  it('words an id no record can have as a broken link, for a case and a lesson alike', async () => {
    for (const method of ['cases.get', 'lessons.get']) {
      const error = await refusal(method, { id: 'foo' });
      expect(error).toMatchObject({ code: 'BAD_REQUEST', path: 'id' });
      expect(errorSentence(error, 'en')).toBe(
        'This link does not lead to anything in the library; check that it was copied in full.',
      );
      expect(errorSentence(error, 'es')).toBe(
        'Este enlace no lleva a nada de la biblioteca; compruebe que se copió completo.',
      );
    }
  });

  it('gives an internal error a generic sentence with its reference, and known refusals their own', () => {
    const internal: ApiErrorData = {
      code: 'INTERNAL',
      message: 'SQLITE_CONSTRAINT: CHECK constraint failed',
      reference: 'AB12CD34',
    };
    expect(errorSentence(internal, 'es')).toBe(
      'LactaSim no pudo completar esto por un error interno (referencia AB12CD34); los detalles están en su registro.',
    );
    expect(errorSentence({ code: 'CONFLICT', message: '"X" was changed elsewhere' }, 'en')).toMatch(
      /^This was changed elsewhere/,
    );
    expect(errorSentence({ code: 'BUSY', message: 'busy' }, 'es')).toMatch(/^La biblioteca/);
  });
});
