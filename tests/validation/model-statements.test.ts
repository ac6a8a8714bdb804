// The physiology spec, statement by statement: each status in model-statements.ts is what the
// model does now (a target's grade, a run graded as the targets are, a relation run through the
// model, a parameter inside the stated range, or a test elsewhere that runs it), and README's
// table "The physiology spec, statement by statement" says the same.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARAMETERS } from '../../src-main/sim/parameters';
import { verdictOf, type Verdict } from '../../src-main/sim/validation/grades';
import { MODEL_STATEMENTS, type ModelStatement, type Status } from './model-statements';

const root = join(import.meta.dirname, '..', '..');
const read = (path: string): string => readFileSync(join(root, path), 'utf8');

interface StoredResult {
  id: string;
  verdict: Verdict;
}
const results = (
  JSON.parse(read('src-main/sim/validation/results.json')) as { results: StoredResult[] }
).results;

const STATUS_OF: Record<Verdict, Status> = {
  green: 'holds',
  yellow: 'partly',
  red: 'does not hold',
};

/** What the model does now about one statement. */
function statusNow(m: ModelStatement): Status {
  const c = m.cover;
  switch (c.by) {
    case 'target': {
      const verdicts = [c.id, ...(c.also ?? [])].map((id) => {
        const r = results.find((x) => x.id === id);
        if (r === undefined) throw new Error(`no target ${id} in results.json`);
        return r.verdict;
      });
      const worst = (['red', 'yellow', 'green'] as const).find((v) => verdicts.includes(v));
      return STATUS_OF[worst ?? 'green'];
    }
    case 'run':
      return STATUS_OF[verdictOf(((c.measure() - c.literature) / c.literature) * 100)];
    case 'relation':
      c.check();
      return 'holds';
    case 'parameter': {
      const v = PARAMETERS[c.name].value;
      return v >= c.within[0] && v <= c.within[1] ? 'holds' : 'does not hold';
    }
    case 'test':
      expect(existsSync(join(root, c.file)), c.file).toBe(true);
      expect(read(c.file), `${c.file} has no test "${c.title}"`).toContain(c.title);
      return 'holds';
    case 'notModelled':
      return 'not modelled';
  }
}

describe('the physiology spec, statement by statement', () => {
  for (const m of MODEL_STATEMENTS) {
    it(`${m.section}: ${m.statement} — ${m.status}`, () => {
      expect(statusNow(m)).toBe(m.status);
    }, 120_000);
  }
});

/** README's rows of the table, as cells: section, statement, status, how it is checked. */
function readmeRows(): string[][] {
  const text = read('README.md');
  const start = text.indexOf('### The physiology spec, statement by statement');
  expect(start, 'README has the section').toBeGreaterThanOrEqual(0);
  const rest = text.slice(start);
  const end = rest.indexOf('\n#', 5);
  return rest
    .slice(0, end < 0 ? undefined : end)
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('| ---') && !l.startsWith('| section'))
    .map((l) =>
      l
        .slice(1, -1)
        .split(' | ')
        .map((cell) => cell.trim()),
    );
}

/** How README names a statement's check. */
function checkedBy(m: ModelStatement): string {
  const c = m.cover;
  switch (c.by) {
    case 'target':
      return [c.id, ...(c.also ?? [])].join(', ');
    case 'run':
      return `a run: ${c.literature} in the spec`;
    case 'relation':
      return 'a run, every case';
    case 'parameter':
      return `\`${c.name}\``;
    case 'test':
      return `\`${c.file.split('/').pop() ?? c.file}\``;
    case 'notModelled':
      return c.why;
  }
}

describe('README lists every statement with the status the model gives', () => {
  it('row by row, in order', () => {
    expect(readmeRows()).toEqual(
      MODEL_STATEMENTS.map((m) => [m.section, m.statement, m.status, checkedBy(m)]),
    );
  });
});
