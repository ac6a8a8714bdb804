// The Validation screen shows the results `npm run validate` last wrote; they must cover every
// target as the targets are now defined, so the screen never shows a stale or missing row unseen.
import { describe, expect, it } from 'vitest';
import results from '../../src-main/sim/validation/results.json';
import { TARGETS } from '../../src-main/sim/validation/targets';

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

  it('name the model version they were computed with', () => {
    expect(results.modelVersion).toMatch(/^lactasim-physiology\/\d+\.\d+\.\d+$/);
  });
});
