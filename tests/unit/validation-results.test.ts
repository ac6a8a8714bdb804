// The Validation screen shows the results `npm run validate` last wrote; they must cover every
// target as the targets are now defined, so the screen never shows a stale or missing row unseen.
import { describe, expect, it } from 'vitest';
import baseline from '../../src-main/sim/validation/baseline.json';
import { differenceDigits, verdictOf } from '../../src-main/sim/validation/grades';
import results from '../../src-main/sim/validation/results.json';
import {
  baselineEntry,
  failures,
  formatValidation,
  grade,
  midpointPct,
  shouldRecord,
  type Baseline,
  type TargetResult,
  type Verdict,
} from '../../src-main/sim/validation/run';
import { TARGETS, type Target } from '../../src-main/sim/validation/targets';

describe('checked-in validation results', () => {
  it('have one result per target, with its current kind, quantity and literature value', () => {
    expect(results.results.map((r) => r.id)).toEqual(TARGETS.map((t) => t.id));
    for (const t of TARGETS) {
      const r = results.results.find((x) => x.id === t.id);
      expect(r?.kind, t.id).toBe(t.kind);
      expect(r?.quantity, t.id).toBe(t.quantity);
      expect(r?.literature, t.id).toBe(t.literature);
    }
  });

  it('carry the % from the midpoint for exactly the bands centred on their value', () => {
    for (const t of TARGETS) {
      const r = results.results.find((x) => x.id === t.id)!;
      expect(r.midpointPct, t.id).toBe(midpointPct(t, r.model));
    }
    expect(results.results.filter((r) => r.midpointPct !== null).map((r) => r.id)).toEqual([
      'I19',
      'I23',
    ]);
  });

  it('name the model version they were computed with', () => {
    expect(results.modelVersion).toMatch(/^lactasim-physiology\/\d+\.\d+\.\d+$/);
  });
});

describe('the ratchet on independent checks', () => {
  const result = (
    verdict: Verdict,
    differencePct: number | null,
    outsidePct: number | null = null,
  ): TargetResult => ({
    id: 'I9',
    kind: 'independent',
    quantity: 'twins',
    literature: '2 L',
    source: 'x',
    unit: 'mL',
    model: 0,
    modelSd: null,
    seeds: 20,
    differencePct,
    outsidePct,
    verdict,
    midpointPct: null,
    modelText: '0 mL',
  });
  const was: Baseline = { I9: { verdict: 'red', offPct: 40 } };

  it('fails a red check that drifts further off while staying red', () => {
    expect(failures([result('red', -45)], was)).toEqual([
      'I9 got further off: 40 % → 45 % (model 0 mL, literature 2 L)',
    ]);
  });

  it('passes a check that comes closer, or moves by floating-point noise', () => {
    expect(failures([result('red', 35)], was)).toEqual([]);
    expect(failures([result('red', -40.3)], was)).toEqual([]);
    expect(failures([result('yellow', 20)], was)).toEqual([]);
  });

  it('fails a worse grade', () => {
    expect(failures([result('yellow', 12)], { I9: { verdict: 'green', offPct: 8 } })).toHaveLength(
      1,
    );
  });

  describe('a check graded against a limit', () => {
    const limited: Target = {
      id: 'I9',
      kind: 'independent',
      quantity: 'twins',
      value: 1,
      bound: { above: 6, below: 8.5 },
      literature: '6–8.5',
      unit: '',
      source: 'x',
      digits: 1,
      measure: () => 0,
    };

    it('is graded by how far outside its nearest limit it lies', () => {
      expect(grade(limited, 7)).toEqual({ differencePct: null, outsidePct: 0, verdict: 'green' });
      expect(grade(limited, 3)).toEqual({ differencePct: null, outsidePct: 50, verdict: 'red' });
      expect(grade(limited, 10.625)).toMatchObject({ outsidePct: 25, verdict: 'red' });
    });

    it('shows the % from the midpoint of a band centred on its value, without grading by it', () => {
      const band: Target = { ...limited, value: 51.5, bound: { above: 37, below: 66 } };
      expect(midpointPct(band, 55.7)).toBeCloseTo(8.16, 2);
      expect(midpointPct(band, 40)).toBeCloseTo(-22.33, 2);
      expect(grade(band, 40)).toEqual({ differencePct: null, outsidePct: 0, verdict: 'green' });
      // A band whose central value is not its middle, a one-sided limit, no band: no midpoint.
      expect(midpointPct(limited, 7)).toBeNull();
      expect(midpointPct({ ...limited, value: 0, bound: { below: 10 } }, 2)).toBeNull();
      expect(midpointPct({ ...limited, bound: undefined }, 2)).toBeNull();
      const inside = { ...result('green', null, 0), midpointPct: 8.2 };
      expect(formatValidation([inside])).toContain('| limit, +8 % from midpoint |');
      const outside = { ...result('red', null, 12), midpointPct: -40 };
      expect(formatValidation([outside])).toContain('| limit, 12 % outside, -40 % from midpoint |');
      // Only independent checks (`--only I19`): no empty calibration table.
      expect(formatValidation([inside])).toMatch(/^Independent checks .* — 1: 1 green/);
    });

    it('records that distance while outside, and fails when it drifts further out', () => {
      const outside = result('red', null, 50);
      expect(baselineEntry(outside)).toEqual({ verdict: 'red', offPct: 50 });
      expect(baselineEntry(result('green', null, 0))).toEqual({ verdict: 'green' });
      const was: Baseline = { I9: { verdict: 'red', offPct: 50 } };
      expect(failures([result('red', null, 60)], was)).toEqual([
        'I9 got further off: 50 % → 60 % (model 0 mL, literature 2 L)',
      ]);
      expect(failures([result('red', null, 40)], was)).toEqual([]);
    });

    it('fails a red check whose baseline holds no distance, so it cannot drift unseen', () => {
      expect(failures([result('red', null, 50)], { I9: { verdict: 'red' } })).toHaveLength(1);
    });
  });

  it('lets --update-baseline add a missing distance or an improvement, never a worsening', () => {
    expect(shouldRecord({ verdict: 'red', offPct: 59 }, { verdict: 'red' })).toBe(true);
    expect(shouldRecord({ verdict: 'red', offPct: 30 }, { verdict: 'red', offPct: 40 })).toBe(true);
    expect(shouldRecord({ verdict: 'red', offPct: 45 }, { verdict: 'red', offPct: 40 })).toBe(
      false,
    );
    expect(shouldRecord({ verdict: 'red', offPct: 5 }, { verdict: 'yellow', offPct: 20 })).toBe(
      false,
    );
    expect(shouldRecord({ verdict: 'green' }, undefined)).toBe(true);
  });

  it('holds the checked-in results to the checked-in baseline', () => {
    expect(failures(results.results as TargetResult[], baseline as Baseline)).toEqual([]);
  });
});

describe('a difference printed beside its grade', () => {
  const target = { id: 'I9', kind: 'independent', value: 1000 } as Target;
  /** The diff and verdict cells of the table row for a model value against 1000. */
  const cells = (model: number): string[] => {
    const r: TargetResult = {
      ...grade(target, model),
      id: 'I9',
      kind: 'independent',
      quantity: 'q',
      literature: 'l',
      source: 's',
      unit: '',
      model,
      modelSd: null,
      seeds: 20,
      midpointPct: null,
      modelText: 'm',
    };
    const row = formatValidation([r]).split('\n').at(-1) ?? '';
    return row
      .split('|')
      .slice(5, 7)
      .map((c) => c.trim());
  };

  it('keeps whole per cent away from a band edge', () => {
    expect(differenceDigits(-24.3)).toBe(0);
    expect(cells(757)).toEqual(['-24 %', 'yellow']);
    expect(cells(1300)).toEqual(['+30 %', 'yellow']);
  });

  it('shows a decimal where whole per cent would sit on the edge of another grade', () => {
    expect(cells(699)).toEqual(['-30.1 %', 'red']);
    expect(cells(702)).toEqual(['-29.8 %', 'yellow']);
    expect(cells(1104)).toEqual(['+10.4 %', 'yellow']);
    expect(verdictOf(-30.1)).toBe('red');
  });

  it('gives no sign to a difference that rounds to zero', () => {
    expect(cells(998)).toEqual(['0 %', 'green']);
    expect(cells(1000)).toEqual(['0 %', 'green']);
    expect(cells(1006)).toEqual(['+1 %', 'green']);
  });
});
