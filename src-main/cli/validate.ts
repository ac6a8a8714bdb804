// `npm run validate [-- --update-baseline | --only ID[,ID…] | --help]`: calibration targets and
// independent checks (design/model.md) as two tables, then the claim tests.
// Exit 1 when a calibration target is red or an independent check is worse than its baseline in
// src-main/sim/validation/baseline.json (a worse grade, or further off than recorded), or when a
// claim test fails; exit 2 with one line on stderr for a bad flag or an unknown target.
// `--update-baseline` records checks that improved (and new ones, and a distance for a check that
// had none recorded); it never records a check as worse than before. A full run writes its results
// to src-main/sim/validation/results.json, which the app's Validation screen shows (the run takes
// minutes; the results are deterministic, so the file changes only when the model does).
// `--only` runs the named targets alone and writes nothing: a part of the targets is not a result
// the screen or the baseline may hold. It skips the claim tests.
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
  TARGETS,
  type Baseline,
} from '../sim/validation/index';
import { CliError, runCli } from './run';

const USAGE = `usage: npm run validate [-- --update-baseline | --only ID[,ID…] | --help]

Runs every calibration target and independent check over 20 seeds, prints them as two tables,
writes src-main/sim/validation/results.json (shown by the Validation screen), then runs the claim
tests. Exit 1 when a calibration target is red, an independent check is worse than its baseline,
or a claim test fails; exit 2 for a bad flag.

  --update-baseline   also record independent checks that improved in baseline.json
  --only ID[,ID…]     run just these targets (e.g. --only I16,I19) and print them; writes neither
                      results.json nor the baseline, and skips the claim tests
  --help              print this and exit`;

interface Args {
  updateBaseline: boolean;
  only?: string[];
}

function parseArgs(argv: readonly string[]): Args {
  let updateBaseline = false;
  let only: string[] | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--update-baseline') updateBaseline = true;
    else if (a === '--only') {
      const v = argv[++i];
      if (v === undefined || v.startsWith('-')) {
        throw new CliError('--only needs target ids, e.g. --only I16,I19');
      }
      only = v.split(',').map((s) => s.trim());
      const unknown = only.filter((id) => !TARGETS.some((t) => t.id === id));
      if (unknown.length > 0) {
        throw new CliError(
          `--only: unknown target ${unknown.join(', ')}; targets: ${TARGETS.map((t) => t.id).join(', ')}`,
        );
      }
    } else throw new CliError(`unknown flag ${a}; see npm run validate -- --help`);
  }
  if (only !== undefined && updateBaseline) {
    throw new CliError('--update-baseline needs the full run; it cannot be used with --only');
  }
  return { updateBaseline, ...(only !== undefined ? { only } : {}) };
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const here = join(import.meta.dirname, '..', 'sim', 'validation');
  const baselinePath = join(here, 'baseline.json');
  const baseline = JSON.parse(readFileSync(baselinePath, 'utf8')) as Baseline;
  const results = runValidation(args.only);
  process.stdout.write(`${formatValidation(results)}\n`);
  // Held to the baseline as updated: a new check just recorded is not missing, while one that got
  // worse is never recorded and still fails.
  const held: Baseline = { ...baseline };
  if (args.updateBaseline) {
    for (const r of results) {
      if (r.kind !== 'independent') continue;
      const now = baselineEntry(r);
      if (shouldRecord(now, held[r.id])) held[r.id] = now;
    }
  }
  const failed = failures(results, held);
  for (const f of failed) process.stderr.write(`FAIL ${f}\n`);
  if (args.only !== undefined) return failed.length > 0 ? 1 : 0;

  writeFileSync(
    join(here, 'results.json'),
    `${JSON.stringify({ modelVersion: MODEL_VERSION, results }, null, 2)}\n`,
  );
  if (args.updateBaseline) writeFileSync(baselinePath, `${JSON.stringify(held, null, 2)}\n`);

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
  return failed.length > 0 || claims.status !== 0 ? 1 : 0;
}

runCli(main, USAGE);
