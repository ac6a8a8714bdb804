// One number, one derivation: a set of cases and logs run as the screen runs them, and every place
// that shows a parent-facing quantity — the walkthrough step on screen, the feed-log status line,
// the pattern form, the what-if sentence and the printed handout — shows the same value at the
// same rounding.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Language } from '../../../src-main/contract/parent';
import { resolutionFor } from '../../../src-main/contract/resolution';
import { dispatch } from '../../../src-main/services/dispatch';
import { importFeedLog } from '../../../src-main/import/feed-log';
import { parseScenario, type Scenario } from '../../../src-main/sim/scenario';
import { simulate } from '../../../src-main/sim/index';
import {
  CATALOGS,
  captionValues,
  catalogCaption,
  fill,
  whatIfSentence,
} from '../../../src-main/walkthrough/catalog';
import { parentQuantities } from '../../../src-main/walkthrough/quantities';
import { generateSteps } from '../../../src-main/walkthrough/steps';
import {
  applyWhatIf,
  patternOf,
  scenarioForPattern,
  whatIfDifference,
} from '../../../src-main/walkthrough/what-if';
import { repoRoot, testServices } from '../../fixtures/services';

const { services } = testServices();
afterAll(() => services.close());

const builtin = (slug: string): Scenario => {
  const r = parseScenario(
    JSON.parse(readFileSync(join(repoRoot, 'resources', 'scenarios', `${slug}.json`), 'utf8')),
  );
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const log = (name: string) =>
  readFileSync(join(repoRoot, 'tests', 'fixtures', 'feed-logs', name), 'utf8');
/** A run as the parent view asks for it. */
const run = (s: Scenario) => simulate(s, { resolutionSec: resolutionFor(s) });

async function handoutText(scenario: Scenario, language: Language, whatIf?: 'moreFeeds') {
  const r = await dispatch(services.handlers, 'parent.handout', {
    scenario,
    parentTitle: 'Test',
    language,
    paper: 'A4',
    ...(whatIf ? { whatIf } : {}),
  });
  if (!r.ok) throw new Error(r.error.message);
  const file = join(mkdtempSync(join(tmpdir(), 'lactasim-q-')), 'h.pdf');
  writeFileSync(file, Buffer.from((r.value as { base64: string }).base64, 'base64'));
  return spawnSync('/usr/bin/pdftotext', [file, '-'], { encoding: 'utf8' }).stdout.replace(
    /\s+/g,
    ' ',
  );
}

describe('every place shows the same number', () => {
  const base = builtin('typical-feed-6-weeks');
  const cases: [string, Scenario][] = [
    ['typical day', base],
    ['after breast reduction', builtin('after-breast-reduction')],
    [
      'Huckleberry log',
      importFeedLog(base, log('huckleberry.csv'), { skipBadRows: false }).scenario!,
    ],
    ['Spanish table', importFeedLog(base, log('tabla-es.csv'), { skipBadRows: false }).scenario!],
    ['pumping alone', builtin('stress-delayed-letdown-pumping-baby-present')],
    ['feeds and pumping', builtin('low-supply-recovery')],
  ];

  it.each(cases)('%s: step, status line, pattern form and handout agree', async (_, scenario) => {
    const trace = run(scenario);
    const said = parentQuantities(trace);
    const pattern = generateSteps(scenario, trace).find((s) => s.kind === 'pattern')!;
    expect(pattern.params).toEqual({
      feeds: said.feedsPerDay,
      pumps: said.pumpsPerDay,
      amount: said.removedPer24hMl,
    });
    const more = generateSteps(scenario, trace).find((s) => s.kind === 'moreOutMoreMade')!;
    expect(more.params['amount']).toBe(said.supplyEndMlPerDay);
    expect(patternOf(scenario, trace).feedsPerDay).toBe(Math.min(16, said.feedsPerDay));
    for (const language of ['en', 'es'] as const) {
      const text = await handoutText(scenario, language);
      expect(text).toContain(
        fill(catalogCaption(CATALOGS[language], pattern), captionValues(language, pattern)),
      );
      expect(text).toContain(fill(CATALOGS[language].steps.moreOutMoreMade.caption, more.params));
    }
  });

  it.each(cases.slice(2, 4))('%s: the import line counts feeds as the run does', (_, scenario) => {
    const name = scenario === cases[2]![1] ? 'huckleberry.csv' : 'tabla-es.csv';
    const imported = importFeedLog(base, log(name), { skipBadRows: false });
    expect(imported.feedsPerDay).toBe(parentQuantities(run(scenario)).feedsPerDay);
  });

  it('the what-if sentence on screen is the handout sentence', async () => {
    const scenario = builtin('low-supply-recovery');
    const trace = run(scenario);
    const pattern = patternOf(scenario, trace);
    const change = applyWhatIf(pattern, 'moreFeeds');
    const diff = whatIfDifference(
      run(scenarioForPattern(scenario, pattern)),
      run(scenarioForPattern(scenario, change.pattern, { block: change.block })),
    );
    const text = (await handoutText(scenario, 'en', 'moreFeeds')).replace(/\s+/g, ' ');
    // The figure's caption names the change once, then says what it does.
    expect(text).toContain('More feeds each day.');
    expect(text).toContain(whatIfSentence('en', diff).replace(/\s+/g, ' '));
  });
});
