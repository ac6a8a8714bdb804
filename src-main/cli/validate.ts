// `npm run validate`: calibration targets and independent checks (design/model.md) as two tables,
// then the claim tests.
// Exit 1 when a calibration target is red or an independent check is worse than its baseline in
// src-main/sim/validation/baseline.json (a worse grade, or further off than recorded), or when a
// claim test fails.
// `--update-baseline` records checks that improved (and new ones, and a distance for a check that
// had none recorded); it never records a check as worse than before. Every run writes its results to
// src-main/sim/validation/results.json, which the app's Validation screen shows (the run takes
// minutes; the results are deterministic, so the file changes only when the model does).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODEL_VERSION } from '../sim/simulate';
import {
  baselineEntry,
  failures,
  formatValidation,
  runValidation,
  shouldRecord,
  type Baseline,
} from '../sim/validation/index';

const baselinePath = join(import.meta.dirname, '..', 'sim', 'validation', 'baseline.json');
const baseline = JSON.parse(readFileSync(baselinePath, 'utf8')) as Baseline;
const results = runValidation();
process.stdout.write(`${formatValidation(results)}\n`);
const resultsPath = join(import.meta.dirname, '..', 'sim', 'validation', 'results.json');
writeFileSync(
  resultsPath,
  `${JSON.stringify({ modelVersion: MODEL_VERSION, results }, null, 2)}\n`,
);

if (process.argv.includes('--update-baseline')) {
  const next: Baseline = { ...baseline };
  for (const r of results) {
    if (r.kind !== 'independent') continue;
    const now = baselineEntry(r);
    if (shouldRecord(now, next[r.id])) next[r.id] = now;
  }
  writeFileSync(baselinePath, `${JSON.stringify(next, null, 2)}\n`);
}

const failed = failures(results, baseline);
for (const f of failed) process.stderr.write(`FAIL ${f}\n`);

// The claim tests: every effect a lesson, case or walkthrough step states, run through the model.
const root = join(import.meta.dirname, '..', '..');
const claims = spawnSync(
  process.execPath,
  [
    join(root, 'node_modules', 'vitest', 'vitest.mjs'),
    'run',
    'tests/validation/claims.test.ts',
    'tests/validation/beat-claims.test.ts',
    'tests/validation/walkthrough-claims.test.ts',
  ],
  { cwd: root, stdio: 'inherit' },
);
if (claims.status !== 0) process.stderr.write('FAIL claim tests (above)\n');
process.exitCode = failed.length > 0 || claims.status !== 0 ? 1 : 0;
