import { createHash } from 'node:crypto';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { canonicalJson, CHART_NAMES, CHART_SPECS } from '../../../src-main/charts/index';
import { chartColumns, chartCsv } from '../../../src-main/export/csv';
import { pngGeometry, svgToPng, withPngMetadata } from '../../../src-main/export/png';
import { makeProvenance, scenarioHash } from '../../../src-main/export/provenance';
import { chartSvg } from '../../../src-main/export/svg';
import { APP_VERSION } from '../../../src-main/services/app';
import {
  FIXED_NOW,
  fixedProvenance,
  fixtureScenario,
  fixtureTrace,
} from '../../fixtures/charts/fixture';
import { readPng } from './png-reader';

describe('provenance', () => {
  it('hashes the canonical JSON of the scenario with sha256, whatever the key order', () => {
    const scenario = fixtureScenario();
    const reordered = Object.fromEntries(Object.entries(scenario).reverse());
    expect(scenarioHash(reordered)).toBe(scenarioHash(scenario));
    expect(scenarioHash(scenario)).toBe(
      createHash('sha256').update(canonicalJson(scenario)).digest('hex'),
    );
  });

  it('carries app and model version, case title and the injected export time', () => {
    const p = makeProvenance(fixtureScenario(), fixtureTrace(), 'My case', FIXED_NOW);
    expect(p).toEqual({
      appVersion: APP_VERSION,
      modelVersion: fixtureTrace().modelVersion,
      scenarioHash: scenarioHash(fixtureScenario()),
      caseTitle: 'My case',
      exportedAt: '2026-01-02T03:04:05.000Z',
    });
  });
});

describe('SVG export', () => {
  const svg = chartSvg(fixtureTrace(), 'hormones', { provenance: fixedProvenance });

  it('outlines all text so the file needs no installed font, keeping the words as labels', () => {
    expect(svg).not.toMatch(/<text[\s>]/);
    expect(svg).toContain('aria-label="Hormones — Chart fixture"');
    expect(svg).toContain('aria-label="Prolactin (ng/mL)"');
  });

  it('starts with an XML declaration and holds the provenance metadata', () => {
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    expect(svg).toContain(`scenario-sha256="${fixedProvenance.scenarioHash}"`);
    expect(svg).toContain('exported-at="2026-01-02T03:04:05.000Z"');
  });
});

describe('PNG export', () => {
  const svg = chartSvg(fixtureTrace(), 'milk-fat', { provenance: fixedProvenance });

  it('renders screen, 2× and 300-dpi print sizes with the chart’s aspect ratio', () => {
    const heightAt1x = Number(/height="(\d+)"/.exec(svg)?.[1]);
    for (const [size, width, dpi] of [
      ['screen', 800, 96],
      ['2x', 1600, 192],
      ['print', 2008, 300],
    ] as const) {
      const geometry = pngGeometry(size, 800);
      expect(geometry).toEqual({ widthPx: width, dpi });
      const info = readPng(withPngMetadata(svgToPng(svg, width), fixedProvenance, 'T', dpi));
      expect(info.width).toBe(width);
      expect(info.height).toBe(Math.round((heightAt1x * width) / 800));
      expect(info.pixelsPerMetre).toBe(Math.round(dpi / 0.0254));
    }
  });

  it('writes provenance as text chunks after IHDR with valid CRCs', () => {
    const png = withPngMetadata(
      svgToPng(svg, 800),
      fixedProvenance,
      'Milk fat — Chart fixture',
      96,
    );
    const info = readPng(png);
    expect(info.crcOk).toBe(true);
    expect(info.chunkTypes[0]).toBe('IHDR');
    expect(info.chunkTypes.indexOf('tEXt')).toBeLessThan(info.chunkTypes.indexOf('IDAT'));
    // The em dash is not Latin-1, so the title travels as UTF-8 in iTXt.
    expect(info.chunkTypes.filter((t) => t === 'iTXt')).toHaveLength(1);
    expect(info.text).toMatchObject({
      Title: 'Milk fat — Chart fixture',
      Software: 'LactaSim 9.9.9-test',
      'Creation Time': '2026-01-02T03:04:05.000Z',
      'lactasim:model-version': 'test-model/1',
      'lactasim:scenario-sha256': fixedProvenance.scenarioHash,
      'lactasim:case-title': 'Chart fixture',
    });
  });
});

describe('CSV export', () => {
  const trace = fixtureTrace();

  it('has a time column and one column per plotted series, each named with its unit', () => {
    for (const chart of CHART_NAMES) {
      const columns = chartColumns(chart);
      const series = CHART_SPECS[chart].panels.flatMap((p) => p.series);
      expect(columns).toEqual(['time_s', ...series.map((s) => s.column)]);
      for (const c of columns) {
        expect(c).toMatch(
          /_(s|ng_per_ml|pg_per_ml|ml|percent|ml_per_min|g_per_l|ml_per_h|ml_per_day)$/,
        );
      }
    }
  });

  it('has one row per trace sample with the trace’s values (fullness in percent)', () => {
    const csv = chartCsv(trace, 'milk-stored', fixedProvenance);
    const rows = csvParse(csv.replace(/^#.*\n/gm, ''));
    expect(rows).toHaveLength(trace.timesSec.length);
    expect(rows.columns).toEqual(chartColumns('milk-stored'));
    const i = 321;
    expect(Number(rows[i]?.time_s)).toBeCloseTo(trace.timesSec[i] as number, 5);
    expect(Number(rows[i]?.left_stored_ml)).toBeCloseTo(
      trace.channels.leftStoredMl[i] as number,
      5,
    );
    expect(Number(rows[i]?.right_fullness_percent)).toBeCloseTo(
      (trace.channels.rightFullness[i] as number) * 100,
      4,
    );
  });

  it('starts with # comment lines holding the provenance', () => {
    const head = chartCsv(trace, 'supply', fixedProvenance).split('\n').slice(0, 7);
    expect(head).toEqual([
      '# LactaSim chart data: Supply over days',
      '# app: LactaSim 9.9.9-test',
      '# model-version: test-model/1',
      `# scenario-sha256: ${fixedProvenance.scenarioHash}`,
      '# case-title: Chart fixture',
      '# exported-at: 2026-01-02T03:04:05.000Z',
      'time_s,supply_ml_per_day',
    ]);
  });
});
