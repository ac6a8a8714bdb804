// Every physiological number the engine uses lives in parameters.ts or tables.ts, where it carries
// its unit, range, kind and a note. A number written straight into an engine module has none of
// these, so this test reads each module's syntax tree and fails on any numeric literal that is not
// a unit conversion, a numerical tolerance, or one of the few structural constants listed below
// with the reason it is not physiology.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { PARAMETERS, type ParameterName } from '../../../src-main/sim/parameters';

const SIM = join(import.meta.dirname, '..', '..', '..', 'src-main', 'sim');

/**
 * Modules that hold the numbers themselves, or whose numbers are not about the body. The
 * validation/ folder is not scanned either: its targets carry literature values with their sources.
 */
const NOT_SCANNED: Record<string, string> = {
  'parameters.ts': 'the sourced numbers',
  'tables.ts': 'the sourced age tables',
  'scenario.ts': 'limits a scenario document must keep to, checked on input',
  'prng.ts': 'constants of the random number generator',
  'stepping.ts': 'step sizes of the integration',
  'recorder.ts': 'how often the trace is sampled',
};

/** Numbers any module may write: nothing, one, halves/doubles, and unit conversions. */
const UNITS = new Set([0, 1, 2, 7, 24, 60, 1000, 3600, 86_400]);
/** Up to this a literal is a numerical tolerance (1e-9, 1e-6, 1e-3 s), not a quantity. */
const TOLERANCE = 1e-3;

/** Structural constants, per module, with why each is not a physiological number. */
const STRUCTURAL: Record<string, Record<number, string>> = {
  'breasts.ts': { 0.5: '1 − e^(−x) to third order', 6: '1 − e^(−x) to third order' },
  'config.ts': {
    3.672: 'median of the 4-stage activation chain, in stage time constants',
    4: 'the 4 activation stages',
    48: '2 breasts × 24 h: supply per day to synthesis per breast per hour',
    1540483477: 'mixes the seed for the population draw',
  },
  'state.ts': { 4: 'the 4 activation stages (activationStageTauH)' },
  'simulate.ts': { 3: 'index of the last of the 4 activation stages' },
  'hormones.ts': {
    4: 'the 4th-power activation drive (prolactinActivationHalfNgPerMl says so)',
    30: 'days after which the activation chain is taken as settled, not stepped',
    600: 'step (s) for running the activation chain forward to t = 0',
  },
  'feeding.ts': {
    600: 'seconds of fine steps after a session ends',
    120: 'minutes over which a session’s prolactin peak is looked for',
  },
  'events.ts': { 0.05: 'change of supply the timeline marks, a display threshold' },
};

/** Every numeric literal in a module's code (comments are not in the tree), with its line. */
function literalsIn(name: string, text: string): { value: number; line: number }[] {
  const source = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true);
  const out: { value: number; line: number }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isNumericLiteral(node)) {
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      out.push({ value: Number(node.text), line });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

const literals = (file: string) => literalsIn(file, readFileSync(join(SIM, file), 'utf8'));

const modules = readdirSync(SIM).filter((f) => f.endsWith('.ts') && !(f in NOT_SCANNED));

describe('engine numbers', () => {
  it('writes no physiological number inline in an engine module', () => {
    expect(modules).toContain('hormones.ts');
    const inline = modules.flatMap((file) =>
      literals(file)
        .filter(({ value }) => !UNITS.has(value) && value > TOLERANCE)
        .filter(({ value }) => STRUCTURAL[file]?.[value] === undefined)
        .map(({ value, line }) => `${file}:${line}: ${value}`),
    );
    expect(inline).toEqual([]);
  });

  it('lists only structural constants that are still written in their module', () => {
    // A stale entry would let a physiological number of the same value back in unnoticed.
    const stale = Object.entries(STRUCTURAL).flatMap(([file, values]) => {
      const present = new Set(literals(file).map((l) => l.value));
      return Object.keys(values)
        .map(Number)
        .filter((v) => !present.has(v))
        .map((v) => `${file}: ${v}`);
    });
    expect(stale).toEqual([]);
  });

  it('finds an inline number when one is written', () => {
    // The scan itself: a module with the old inline colostrum volume would fail it.
    const found = literalsIn('x.ts', 'const content = Math.min(10, capacity); // 10 mL, 1e-9');
    expect(found).toEqual([{ value: 10, line: 1 }]);
  });

  it('marks definitions and defaults as assumptions, each with a note that says why', () => {
    const names = Object.keys(PARAMETERS) as ParameterName[];
    for (const n of names) expect(PARAMETERS[n].source.split(/\s+/).length, n).toBeGreaterThan(2);
    const definitions: ParameterName[] = [
      'milkInActivation',
      'placentaDeliveredAtH',
      'blockFeedingHours',
      'minutesPerBreastDefault',
      'progesteroneResidualNgPerMl',
      'progesteroneResidualHalfLifeDays',
    ];
    for (const n of definitions) expect(PARAMETERS[n].kind, n).toBe('assumption');
  });
});
