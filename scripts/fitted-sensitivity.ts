// Does each fitted parameter fit its targets? For every parameter `parameters.ts` lists as
// calibrated, its targets are run with the value as it is, 20 % lower and 20 % higher (an integer
// count one lower and one higher), and the model values printed side by side as JSON (`values`,
// and for each target its `models` at those values). A target that gives the same value all
// three times was not what fixed the parameter: the pump's pulse interval (C6a) and the
// permissive prolactin half-point (C11) were found listed so (README, Validation).
// With --assumptions, every parameter listed as an assumption is moved the same way against all
// the calibration targets instead, to show which of them a calibration also rests on (all 50:
// about 65–80 min on our 2-core machine).
// The engine reads its parameters once, when its modules load, so each value is run in a
// temporary copy of src-main with only that value changed.
// Run: npx tsx scripts/fitted-sensitivity.ts [parameter …]   (all 17: about 10 min)
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PARAMETERS } from '../src-main/sim/parameters';
import { TARGETS } from '../src-main/sim/validation/index';

const root = join(import.meta.dirname, '..');
const source = readFileSync(join(root, 'src-main/sim/parameters.ts'), 'utf8');

// Runs in the copy: prints each named target's model value and grade.
const MEASURE = `import { TARGETS, runTarget } from './src-main/sim/validation/index';
const ids = process.argv.slice(2);
const out = TARGETS.filter((t) => ids.includes(t.id)).map((t) => {
  const r = runTarget(t);
  return { id: r.id, model: r.modelText, verdict: r.verdict };
});
process.stdout.write(JSON.stringify(out));`;

interface Measured {
  id: string;
  model: string;
  verdict: string;
}

/** parameters.ts with one value replaced (the first argument of `name: fitted(` or `assumed(`). */
function withValue(name: string, value: number): string {
  const pattern = new RegExp(`(\\n  ${name}: (?:fitted|assumed)\\(\\s*)([^,\\s]+)(,)`);
  if (!pattern.test(source)) throw new Error(`${name}: no "fitted(" or "assumed(" entry`);
  return source.replace(pattern, `$1${value}$3`);
}

const copy = mkdtempSync(join(tmpdir(), 'lactasim-sensitivity-'));
try {
  cpSync(join(root, 'src-main'), join(copy, 'src-main'), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
  writeFileSync(join(copy, 'measure.ts'), MEASURE);
  const measure = (text: string, ids: string[]): Measured[] => {
    writeFileSync(join(copy, 'src-main/sim/parameters.ts'), text);
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'measure.ts', ...ids], {
      cwd: copy,
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    });
    return JSON.parse(out) as Measured[];
  };

  const assumptions = process.argv.includes('--assumptions');
  const asked = process.argv.slice(2).filter((a) => a !== '--assumptions');
  const calibration = TARGETS.filter((t) => t.kind === 'calibration').map((t) => t.id);
  const report = [];
  const bases = new Map<string, Measured[]>();
  for (const [name, p] of Object.entries(PARAMETERS)) {
    if (p.kind !== (assumptions ? 'assumption' : 'calibrated')) continue;
    if (asked.length > 0 && !asked.includes(name)) continue;
    // 'C6' names C6a and C6b.
    const ids =
      p.kind === 'calibrated'
        ? calibration.filter((id) =>
            p.fittedTo.some((f) => id === f || id.replace(/[ab]$/, '') === f),
          )
        : calibration;
    // A count (the activation stages progesterone holds) steps by one.
    const integer = p.unit === 'stages';
    const values = integer ? [p.value - 1, p.value + 1] : [p.value * 0.8, p.value * 1.2];
    const [lower, upper] = values.map((v) => Number(v.toPrecision(6))) as [number, number];
    // The value as it is leaves parameters.ts as it is: one run serves every parameter.
    const key = ids.join();
    const base = bases.get(key) ?? measure(source, ids);
    bases.set(key, base);
    const down = measure(withValue(name, lower), ids);
    const up = measure(withValue(name, upper), ids);
    const targets = base.map((b, i) => {
      const models = [down[i]?.model, b.model, up[i]?.model];
      return { id: b.id, models, moved: models.some((m) => m !== b.model) };
    });
    if (p.kind === 'calibrated') {
      report.push({
        parameter: name,
        fittedTo: p.fittedTo,
        values: [lower, p.value, upper],
        targets,
      });
      const still = targets.filter((t) => !t.moved).map((t) => t.id);
      process.stderr.write(
        `${name}: ${still.length === 0 ? 'every target moved' : `${still.join(', ')} did not move`}\n`,
      );
    } else {
      // An assumption: the calibration targets it moves, and those whose grade it changes.
      const graded = base.map((b, i) => [b.verdict, down[i]?.verdict, up[i]?.verdict]);
      const moved = targets.filter((t) => t.moved);
      const regraded = base.filter((_, i) => new Set(graded[i]).size > 1).map((b) => b.id);
      report.push({ parameter: name, values: [lower, p.value, upper], moved, regraded });
      process.stderr.write(
        `${name}: moves ${moved.map((t) => t.id).join(', ') || 'none'}; grade changes ${regraded.join(', ') || 'none'}\n`,
      );
    }
  }
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} finally {
  rmSync(copy, { recursive: true, force: true });
}
