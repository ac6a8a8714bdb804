// Charts in the clinician's Spanish: every phrase a chart can say has its Spanish in the catalog
// (found by building every chart of real runs with a words map that records what it is asked),
// and a Spanish chart shows none of the English ones.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildChart,
  CHART_NAMES,
  compareRuns,
  describeChange,
  differenceHeadings,
  describeRun,
  forkScenario,
  makeSay,
  naturalTimeAxis,
  type ChartWords,
  type ForkChange,
} from '../../../src-main/charts/index';
import { textWidth } from '../../../src-main/charts/chart-parts';
import { CLINICIAN_CATALOGS } from '../../../src-main/labels/catalogs';
import { parseScenario, simulate, type Scenario, type Trace } from '../../../src-main/sim/index';
import { repoRoot } from '../../fixtures/charts/fixture';
import { find, textOf } from './svg-query';

const es = CLINICIAN_CATALOGS.es.chartWords as Record<string, string>;
const en = CLINICIAN_CATALOGS.en.chartWords as Record<string, string>;

function run(slug: string): { scenario: Scenario; trace: Trace } {
  const doc: unknown = JSON.parse(
    readFileSync(join(repoRoot, 'resources/scenarios', `${slug}.json`), 'utf8'),
  );
  const parsed = parseScenario(doc);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const scenario = parsed.value;
  return { scenario, trace: simulate(scenario) };
}

/** A words map that remembers every phrase it is asked for. */
function recorder(asked: Set<string>): ChartWords {
  return new Proxy({} as Record<string, string>, {
    get(_, key) {
      if (typeof key === 'string') asked.add(key);
      return undefined;
    },
  });
}

const CHANGES: ForkChange[] = [
  { kind: 'pumpNow', durationMinutes: 15 },
  { kind: 'extraFeedNow', side: 'left', durationMinutes: 10 },
  { kind: 'extraFeedNow', side: 'right', durationMinutes: 10 },
  { kind: 'skinToSkinNow', durationMinutes: 30 },
  { kind: 'startPillNow', type: 'combined' },
  { kind: 'startPillNow', type: 'progestinOnly' },
  { kind: 'removePlacentaNow' },
  { kind: 'blockFeedingFromNow', blockHours: 4 },
  { kind: 'pumpAfterFeedsFromNow', durationMinutes: 10 },
  { kind: 'skipNightFeeds', hours: 6 },
];

describe('chart words', () => {
  const day = run('typical-feed-6-weeks');
  const firstDays = run('first-five-days');
  const asked = new Set<string>();
  const words = recorder(asked);
  for (const { scenario, trace } of [day, firstDays]) {
    const fork = simulate(forkScenario(scenario, 3600 * 3, CHANGES[0]!));
    for (const chart of CHART_NAMES) {
      for (const style of ['print', 'presentation'] as const) {
        buildChart(trace, chart, { words, style });
        buildChart(trace, chart, { words, style, compare: fork });
        // A beat inside one feed (minutes axis) and a stretch of one day (time of day).
        buildChart(trace, chart, { words, style, windowSec: [3600, 3600 + 1800] });
        buildChart(trace, chart, { words, style, windowSec: [3600, 3600 * 10] });
      }
    }
    compareRuns(trace, fork, 3600, makeSay(words));
    compareRuns(trace, fork, 3600 * 30, makeSay(words));
  }
  for (const change of CHANGES) describeChange(change, makeSay(words));
  differenceHeadings(makeSay(words));
  for (const [h, d] of [
    [-30, 3600 * 5],
    [10, 3600 * 100],
    [1000, 3600 * 24],
  ] as const)
    describeRun(h, d, makeSay(words));
  naturalTimeAxis(
    { fromSec: 0, toSec: 86_400 * 20, startPostpartumHours: 0, events: [], maxTicks: 6 },
    makeSay(words),
  );
  // A beat on a pumping session counts its minutes from the start of pumping.
  naturalTimeAxis(
    {
      fromSec: 0,
      toSec: 1800,
      startPostpartumHours: 1008,
      events: [{ atSeconds: 300, kind: 'pumpStart' }],
      maxTicks: 6,
    },
    makeSay(words),
  );

  it('finds the phrases charts say', () => {
    expect(asked.size).toBeGreaterThan(40);
  });

  it('has Spanish for every phrase a chart can say, and English says itself', () => {
    const missing = [...asked].filter((k) => !(k in es));
    expect(missing).toEqual([]);
    for (const k of asked) expect([k, en[k]]).toEqual([k, k === 'decimal mark' ? '.' : k]);
  });

  it('keeps no phrase a chart never says', () => {
    expect(Object.keys(es).filter((k) => !asked.has(k))).toEqual([]);
  });

  it('a Spanish chart shows no English phrase and writes decimals with a comma', () => {
    let commas = 0;
    const english = [...asked].filter((k) => es[k] !== k && !k.includes('{{') && k.length > 3);
    for (const chart of CHART_NAMES) {
      for (const style of ['print', 'presentation'] as const) {
        const texts = find(
          buildChart(firstDays.trace, chart, { words: es, style }).tree,
          (n) => n.tag === 'text' || n.tag === 'tspan',
        ).map(textOf);
        for (const phrase of english)
          expect([chart, style, texts.some((t) => t === phrase)]).toEqual([chart, style, false]);
        // A point followed by one or two digits is an English decimal (1.000 is Spanish thousands).
        const decimals = texts.filter((t) => /^-?\d+\.\d{1,2}$/.test(t));
        expect([chart, style, decimals]).toEqual([chart, style, []]);
        commas += texts.filter((t) => /^-?\d+,\d{1,2}$/.test(t)).length;
      }
    }
    expect(commas).toBeGreaterThan(0);
    expect(describeRun(36, 3600 * 30, makeSay(es))).toBe(
      'Empieza 36 h después del parto · simulación de 30 h',
    );
  });

  it('a Spanish legend wraps inside the plot width instead of running off the chart', () => {
    for (const chart of CHART_NAMES) {
      const built = buildChart(firstDays.trace, chart, { words: es });
      const items = find(built.tree, (n) => n.attrs.class === 'legend-item');
      for (const item of items) {
        const label = find(item, (n) => n.tag === 'text')[0]!;
        const right = Number(label.attrs.x) + textWidth(textOf(label), 12);
        expect([chart, textOf(label), right <= built.plotRight]).toEqual([
          chart,
          textOf(label),
          true,
        ]);
      }
    }
  });
});
