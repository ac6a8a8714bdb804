// Independent checks (never used in fitting): reported as they are, and held to the checked-in
// baseline — a check may improve, never get worse or drift further off; red ones stay listed in
// README.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TARGETS, failures, runTarget, type Baseline } from '../../src-main/sim/validation/index';

const baseline = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../src-main/sim/validation/baseline.json'), 'utf8'),
) as Baseline;

describe('independent checks, 20 seeds each, against the baseline', () => {
  for (const t of TARGETS.filter((x) => x.kind === 'independent')) {
    const was = baseline[t.id];
    const recorded = was
      ? `${was.verdict}${was.offPct === undefined ? '' : `, ${was.offPct} % off`}`
      : '(missing)';
    it(`${t.id} ${t.quantity}: no worse than ${recorded}`, () => {
      const r = runTarget(t);
      expect(failures([r], baseline), `model ${r.modelText}`).toEqual([]);
      // Long runs over 20 seeds: minutes on a loaded machine (speed lives in `npm run bench`).
    }, 600_000);
  }
});
