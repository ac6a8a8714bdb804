// Issue 20 item 5, "one number, one derivation": one run's key numbers as every place shows them
// — the drawing's close-up and its text description, the readouts, the fork table, the PDF
// report, the chart CSV and the parent view — each the same value at the same rounding.
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, describe, expect, it } from 'vitest';
import {
  compareRuns,
  differenceCells,
  forkScenario,
  type Provenance,
} from '../../../src-main/charts/index';
import { chartCsv } from '../../../src-main/export/csv';
import { renderExports } from '../../../src-main/export/render';
import { FLOW_DIGITS, fullnessPercent, roundFlow } from '../../../src-main/charts/numbers';
import { simulate, type Trace } from '../../../src-main/sim/index';
import { parentQuantities, roundMl } from '../../../src-main/walkthrough/quantities';
import { setUiLanguage } from '../../../src-renderer/app/i18n';
import { frameModel } from '../../../src-renderer/features/anatomy/frameModel';
import { closeUpLabels, closeUpWords } from '../../../src-renderer/features/anatomy/labels';
import { describeFrame } from '../../../src-renderer/features/sim/describe';
import { Readouts } from '../../../src-renderer/features/sim/Readouts';
import { sampleChannels } from '../../../src-renderer/lib/traceSampling';
import { fixedProvenance, repoRoot } from '../../fixtures/charts/fixture';
import { builtinScenario } from '../../fixtures/model-runs';
import { pdfText } from './pdf-text';

const builtin = builtinScenario;

const CASES = ['small-capacity-4-hourly', 'after-breast-reduction', 'typical-feed-6-weeks'];

/** Rows of a chart's CSV, one per trace sample in order (times are written to 6 decimals). */
function csvRows(trace: Trace, chart: 'milk-stored' | 'flow-intake'): Record<string, string>[] {
  const text = chartCsv(trace, chart, fixedProvenance as Provenance);
  const body = text
    .split('\n')
    .filter((l) => !l.startsWith('#'))
    .join('\n');
  return csvParse(body) as Record<string, string>[];
}

/** Sample indices to read: five minutes into each of the first latches, and each feed's end. */
function moments(trace: Trace): number[] {
  const at = (sec: number) => trace.timesSec.findIndex((t) => t >= sec - 0.001);
  const latches = trace.events.filter((e) => e.kind === 'latch').slice(0, 3);
  const ends = trace.events.filter((e) => e.kind === 'sessionEnd').slice(0, 3);
  return [
    ...latches.map((e) => at(e.atSeconds + 300)),
    ...latches.map((e) => at(e.atSeconds + 30)),
    ...ends.map((e) => at(e.atSeconds)),
  ].filter((i) => i > 0);
}

const en = new Intl.NumberFormat('en', {
  minimumFractionDigits: FLOW_DIGITS,
  maximumFractionDigits: FLOW_DIGITS,
});

afterAll(() => setUiLanguage('en'));

describe('one number, one derivation', () => {
  setUiLanguage('en');

  it.each(CASES)(
    '%s: fullness, flow and nerve agree on the drawing, its description, the readouts and the CSV',
    (slug) => {
      const trace = simulate(builtin(slug));
      const stored = csvRows(trace, 'milk-stored');
      const flows = csvRows(trace, 'flow-intake');
      for (const i of moments(trace)) {
        const t = trace.timesSec[i] as number;
        const csvFull = Number(stored[i]?.['left_fullness_percent']);
        const csvFlow = Number(flows[i]?.['left_flow_ml_per_min']);
        const csvIntake = Number(flows[i]?.['intake_ml_per_min']);
        const percent = fullnessPercent(csvFull / 100);
        for (const reducedMotion of [false, true]) {
          const frame = frameModel(sampleChannels(trace, t), t, 'left', 0, reducedMotion);
          const closeUp = closeUpLabels(
            frame,
            closeUpWords(() => 30),
          ).find((l) => l.kind === 'state')?.text;
          const description = describeFrame(frame, 0);
          const where = `${slug} at ${t} s${reducedMotion ? ', reduced motion' : ''}`;
          expect(closeUp, where).toBe(`Milk: ${percent} % full`);
          expect(description, where).toContain(`breast ${percent} % full`);
          if (roundFlow(csvFlow) > 0) {
            expect(description, where).toContain(`about ${en.format(roundFlow(csvFlow))} mL/min`);
          } else {
            expect(description, where).toContain('no milk is flowing out');
          }
          // Nerve activity stops with the feed: never beside its sessionEnd.
          if (trace.events.some((e) => e.kind === 'sessionEnd' && Math.abs(e.atSeconds - t) < 1e-3))
            expect(description, where).not.toContain('nerve signals run');
        }
        const readouts = renderToStaticMarkup(
          createElement(Readouts, {
            frame: frameModel(sampleChannels(trace, t), t, 'left', 0, false),
            capacityMl: { left: 100, right: 100 },
            onSelect: () => undefined,
          }),
        );
        expect(readouts, `${slug} at ${t} s`).toContain(
          `${en.format(roundFlow(csvIntake))} mL/min now`,
        );
      }
    },
  );

  it.each(CASES)(
    '%s: milk removed per 24 h is one number in the fork table, the PDF report and the parent view',
    async (slug) => {
      const scenario = builtin(slug);
      const trace = simulate(scenario);
      const fork = simulate(forkScenario(scenario, 0, { kind: 'pumpNow', durationMinutes: 10 }));
      const rows = compareRuns(trace, fork, 0);
      const removed = rows[0]!;
      const shown = `${Math.round(trace.summary.milkRemovedPer24hMl)} mL`;
      // The fork table, on screen, in SVG files and in the report, shows this run's value.
      expect(differenceCells(removed)[1]).toBe(shown);
      const [pdf] = await renderExports({
        scenario,
        trace,
        provenance: fixedProvenance,
        charts: ['flow-intake'],
        formats: ['pdf'],
        pngSizes: [],
        resourcesDir: join(repoRoot, 'resources'),
        compare: { trace: fork, table: { label: 'Pump 10 min at 0:00', rows } },
      });
      const text = pdfText(pdf!.bytes);
      expect(text).toMatch(new RegExp(`Milk removed per 24 h\\s+${shown}`));
      expect(text).toMatch(new RegExp(`Milk removed per 24 h after the fork\\s+${shown}`));
      // The parent view says it to 10 mL, from the same number.
      expect(parentQuantities(trace).removedPer24hMl).toBe(roundMl(removed.base!));
    },
  );

  it("milk pumped is the chart CSV's milk removed in the readouts and the description, and absent without a pump", () => {
    const show = (slug: string) => {
      const trace = simulate(builtin(slug));
      const firstEnd = trace.events.find((e) => e.kind === 'sessionEnd')!.atSeconds;
      const i = trace.timesSec.findIndex((t) => t >= firstEnd + 600);
      const t = trace.timesSec[i]!;
      const frame = frameModel(sampleChannels(trace, t), t, 'left', 0, false);
      const readouts = renderToStaticMarkup(
        createElement(Readouts, {
          frame,
          capacityMl: { left: 210, right: 210 },
          onSelect: () => undefined,
        }),
      );
      const removed = Number(csvRows(trace, 'flow-intake')[i]?.['removed_cumulative_ml']);
      return { readouts, description: describeFrame(frame, 0), removed };
    };
    // Pumping only: the baby's intake stays 0, and everything removed was pumped.
    const pumping = show('stress-delayed-letdown-pumping-baby-present');
    expect(pumping.removed).toBeGreaterThan(50);
    expect(pumping.readouts).toContain('>0 mL<');
    expect(pumping.readouts).toContain(`Pumped so far: ${Math.round(pumping.removed)} mL`);
    expect(pumping.description).toContain(
      `a pump has taken about ${Math.round(pumping.removed / 5) * 5} mL`,
    );
    const feeding = show('typical-feed-6-weeks');
    expect(feeding.readouts).not.toContain('Pumped');
    expect(feeding.description).not.toContain('pump');
  });
});
