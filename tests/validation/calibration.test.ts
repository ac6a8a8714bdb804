// Calibration targets: parameters were fitted to these (parameters.ts says which); none may be red.
import { describe, expect, it } from 'vitest';
import { PARAMETERS } from '../../src-main/sim/parameters';
import { TARGETS, runTarget } from '../../src-main/sim/validation/index';

const calibration = TARGETS.filter((t) => t.kind === 'calibration');

describe('calibration targets (model.md), 20 seeds each', () => {
  for (const t of calibration) {
    it(`${t.id} ${t.quantity}: ${t.literature}`, () => {
      const r = runTarget(t);
      expect(r.verdict, `model ${r.modelText}`).not.toBe('red');
      // Long runs over 20 seeds: minutes on a loaded machine (speed lives in `npm run bench`).
    }, 600_000);
  }
  it('every fitted parameter names calibration targets that exist', () => {
    const ids = new Set(calibration.map((t) => t.id.replace(/[ab]$/, '')));
    for (const [name, p] of Object.entries(PARAMETERS)) {
      if (p.kind !== 'calibrated') continue;
      for (const id of p.fittedTo) expect(ids, `${name} → ${id}`).toContain(id);
    }
  });
});
