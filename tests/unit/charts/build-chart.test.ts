import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildChart,
  canonicalJson,
  CHART_NAMES,
  CHART_SPECS,
  readOuts,
  SERIES_STYLES,
  serializeSvg,
  valueAt,
  type SvgNode,
} from '../../../src-main/charts/index';
import { runModel, type ChannelName } from '../../../src-main/sim/index';
import { CATALOGS } from '../../../src-main/walkthrough/catalog';
import { syntheticTrace, repoRoot } from '../../fixtures/charts/fixture';
import { find, textOf } from './svg-query';

describe('buildChart', () => {
  const trace = syntheticTrace();

  it('labels every panel with its quantity and unit', () => {
    for (const chart of CHART_NAMES) {
      const texts = find(buildChart(trace, chart).tree, (n) => n.tag === 'text').map(textOf);
      for (const panel of CHART_SPECS[chart].panels) {
        expect(texts).toContain(`${panel.label} (${panel.unit})`);
      }
      expect(texts).toContain('Time from start of run (h)');
    }
  });

  it('draws one line per series, carrying its channel name', () => {
    const { tree } = buildChart(trace, 'flow-intake');
    const channels = find(tree, (n) => n.attrs.class === 'series').map(
      (n) => n.attrs['data-channel'],
    );
    expect(channels).toEqual([
      'leftFlowMlPerMin',
      'rightFlowMlPerMin',
      'intakeMlPerMin',
      'removedCumulativeMl',
    ]);
  });

  it("shows a pump's milk leaving the breast, not only the baby's intake", () => {
    // A 15-min double pumping at 6 weeks: milk flows to the pump and the baby takes none.
    const { trace: pumped } = runModel({
      schema: 'lactasim/scenario@1',
      name: 'pumping',
      start: { postpartumHours: 1008 },
      durationHours: 1,
      feeding: {
        plan: 'explicit',
        events: [{ atMinutes: 5, kind: 'pump', side: 'both', durationMinutes: 15 }],
        seed: 1,
      },
    });
    const [flow, total] = CHART_SPECS['flow-intake'].panels;
    const last = (ch: ChannelName) => pumped.channels[ch].at(-1) ?? 0;
    expect(Math.max(...pumped.channels[flow!.series[0]!.channel])).toBeGreaterThan(5);
    expect(last('intakeCumulativeMl')).toBe(0);
    expect(total!.series).toHaveLength(1);
    expect(last(total!.series[0]!.channel)).toBeGreaterThan(50);
  });

  it('tells series apart by dash pattern and marker shape, not colour alone', () => {
    expect(new Set(SERIES_STYLES.map((s) => s.dash)).size).toBe(SERIES_STYLES.length);
    expect(new Set(SERIES_STYLES.map((s) => s.marker)).size).toBe(SERIES_STYLES.length);
  });

  it('draws the cursor only when a time is given, at the x that maps back to that time', () => {
    expect(find(buildChart(trace, 'synthesis').tree, (n) => n.attrs.class === 'cursor')).toEqual(
      [],
    );
    const built = buildChart(trace, 'synthesis', { cursorSec: 7200 });
    const [cursor] = find(built.tree, (n) => n.attrs.class === 'cursor');
    const line = cursor?.children[0] as SvgNode;
    expect(built.timeAt(Number(line.attrs.x1))).toBeCloseTo(7200, -1);
  });

  it('maps the plot edges to the start and end of the run and clamps beyond them', () => {
    const built = buildChart(trace, 'hormones');
    expect(built.timeAt(built.plotLeft)).toBe(0);
    expect(built.timeAt(built.plotRight)).toBeCloseTo(trace.durationSec, 6);
    expect(built.timeAt(-50)).toBe(0);
    expect(built.timeAt(built.width + 50)).toBe(trace.durationSec);
  });

  it('puts landmark events at the same x in every chart so they line up', () => {
    const xs = CHART_NAMES.map((chart) =>
      find(buildChart(trace, chart).tree, (n) => n.attrs.class === 'landmarks')
        .flatMap((g) => g.children)
        .filter((c): c is SvgNode => typeof c !== 'string' && c.tag === 'line')
        .map((l) => l.attrs.x1),
    );
    // Placenta delivered and progesterone withdrawal: one line per panel, not across the labels.
    expect(new Set(xs[0]).size).toBe(2);
    for (const x of xs) expect(new Set(x)).toEqual(new Set(xs[0]));
  });

  it('draws landmark lines inside the plots, leaving the panel labels between them clear', () => {
    const built = buildChart(trace, 'hormones');
    const lines = find(built.tree, (n) => n.attrs.class === 'landmarks')
      .flatMap((g) => g.children)
      .filter((c): c is SvgNode => typeof c !== 'string' && c.tag === 'line')
      .filter((l) => l.attrs.class !== 'leader');
    // Three hormone panels × two landmarks.
    expect(lines).toHaveLength(6);
    const spans = new Set(lines.map((l) => `${l.attrs.y1}-${l.attrs.y2}`));
    expect(spans.size).toBe(3);
    expect(
      lines.every(
        (l) => Number(l.attrs.y2) - Number(l.attrs.y1) < built.plotBottom - built.plotTop,
      ),
    ).toBe(true);
  });

  it('writes provenance into <metadata> when given', () => {
    const svg = serializeSvg(
      buildChart(trace, 'supply', {
        provenance: {
          appVersion: '1.2.3',
          modelVersion: 'm/1',
          scenarioHash: 'f'.repeat(64),
          caseTitle: 'A & B',
          exportedAt: '2026-01-01T00:00:00.000Z',
        },
      }).tree,
    );
    expect(svg).toMatch(/<metadata>\s*<lactasim:provenance [^>]*app="LactaSim 1\.2\.3"/);
    expect(svg).toContain('case-title="A &amp; B"');
    expect(svg).toContain(`scenario-sha256="${'f'.repeat(64)}"`);
  });

  it('draws the comparison run underneath as wide faded bands round full-colour lines, with a legend entry', () => {
    const { tree } = buildChart(trace, 'milk-fat', { compare: trace, compareLabel: 'Fork' });
    // Two series and the legend's sample, each a faded band and an opaque line within it.
    expect(find(tree, (n) => n.attrs.class === 'compare-band')).toHaveLength(3);
    const lines = find(tree, (n) => n.attrs.class === 'compare');
    expect(lines).toHaveLength(3);
    expect(lines.map((n) => n.attrs['stroke-opacity'])).toEqual([undefined, undefined, undefined]);
    expect(find(tree, (n) => n.tag === 'text').map(textOf)).toContain('Wide faded: Fork');
  });

  it("says every word of a parent handout's charts in the parent's language", () => {
    const words = CATALOGS.es.chartWords;
    for (const chart of ['supply', 'milk-stored'] as const) {
      const built = buildChart(trace, chart, { words, subtitle: 'Empieza en el parto · 8 horas' });
      const texts = find(built.tree, (n) => n.tag === 'text').map(textOf);
      expect(texts).toContain('Empieza en el parto · 8 horas');
      expect(texts).toContain('Horas');
      // No English label is left: every text is a translation, a number or a unit.
      const english = Object.keys(words).filter((k) => words[k as keyof typeof words] !== k);
      for (const t of texts) {
        for (const e of english) expect(t).not.toContain(e);
      }
    }
    const stored = find(buildChart(trace, 'milk-stored', { words }).tree, (n) => n.tag === 'text');
    expect(stored.map(textOf)).toEqual(
      expect.arrayContaining([
        'Leche en cada pecho',
        'Pecho izquierdo',
        'Sale la placenta',
        'Sube la leche',
        'Qué tan lleno (% lleno)',
      ]),
    );
  });

  it('plots only a window of the run, in minutes, with the feeds inside it', () => {
    // The synthetic run has latches at 1.5 h and 4.33 h and a pump start at 7 h.
    const built = buildChart(trace, 'milk-stored', { windowSec: [3600, 7200] });
    expect(built.xAt(3600)).toBe(built.plotLeft);
    expect(built.xAt(7200)).toBe(built.plotRight);
    expect(built.xAt(0)).toBe(built.plotLeft);
    expect(built.timeAt(built.plotRight + 50)).toBe(7200);
    const texts = find(built.tree, (n) => n.tag === 'text').map(textOf);
    expect(texts).toContain('Time from start of run (min)');
    expect(texts).toContain('90');
    const rug = find(built.tree, (n) => n.attrs.class === 'feeds')[0];
    // One tick: the latch at 90 min; the others lie outside the window.
    expect(rug?.attrs.d).toMatch(new RegExp(`^M${built.xAt(5400)},\\d+v-6$`));
  });

  it('counts time from the window start when asked, at the same places', () => {
    const ticks = (built: ReturnType<typeof buildChart>) =>
      find(find(built.tree, (n) => n.attrs.class === 'x-axis')[0]!, (n) => n.tag === 'text')
        .map(textOf)
        .slice(0, -1);
    const fromRun = buildChart(trace, 'milk-stored', { windowSec: [3600, 7200] });
    const fromWindow = buildChart(trace, 'milk-stored', {
      windowSec: [3600, 7200],
      timeFromWindowStart: true,
    });
    expect(ticks(fromRun)[0]).toBe('60');
    expect(ticks(fromWindow)).toEqual(ticks(fromRun).map((t) => String(Number(t) - 60)));
  });
});

describe('reading the trace', () => {
  const trace = syntheticTrace();

  it('returns the sample value at a sample time and interpolates between samples', () => {
    const i = 100;
    const t0 = trace.timesSec[i] as number;
    const t1 = trace.timesSec[i + 1] as number;
    const v0 = trace.channels.prolactinNgPerMl[i] as number;
    const v1 = trace.channels.prolactinNgPerMl[i + 1] as number;
    expect(valueAt(trace, 'prolactinNgPerMl', t0)).toBeCloseTo(v0, 9);
    expect(valueAt(trace, 'prolactinNgPerMl', (t0 + t1) / 2)).toBeCloseTo((v0 + v1) / 2, 9);
  });

  it('reads out every plotted series of a chart in display units', () => {
    const t = trace.timesSec[200] as number;
    const outs = readOuts(trace, 'milk-stored', t);
    expect(outs.map((o) => o.unit)).toEqual(['mL', 'mL', '% of capacity', '% of capacity']);
    expect(outs[2]?.value).toBeCloseTo((trace.channels.leftFullness[200] as number) * 100, 9);
  });
});

describe('canonicalJson', () => {
  it('gives the same text whatever the key order, and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [2, 1] }, b: 1 }),
    );
    expect(canonicalJson({ b: 1, a: [2, 1], u: undefined })).toBe('{"a":[2,1],"b":1}');
  });
});

describe('purity of src-main/charts', () => {
  it('imports nothing from Node, the DOM, React or Electron', () => {
    const dir = join(repoRoot, 'src-main', 'charts');
    for (const file of readdirSync(dir)) {
      const source = readFileSync(join(dir, file), 'utf8');
      const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
      for (const spec of imports) {
        expect(spec, `${file} imports ${spec}`).toMatch(
          /^(\.\/|\.\.\/sim\/|d3-(scale|shape|array)$)/,
        );
      }
      expect(source, file).not.toMatch(/\b(document|window|process)\./);
    }
  });
});
