import { createElement, isValidElement, type ReactElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { buildChart } from '../../../src-main/charts/index';
import { ChartsPanel } from '../../../src-renderer/features/charts/ChartsPanel';
import { ComparePanel } from '../../../src-renderer/features/charts/ComparePanel';
import { SvgTreeDrawer, svgTreeToReact } from '../../../src-renderer/features/charts/svgTree';
import { fixedProvenance, fixtureScenario, syntheticTrace } from '../../fixtures/charts/fixture';

const trace = syntheticTrace();
const noop = () => undefined;

describe('ChartsPanel', () => {
  it('shows hormones, milk stored and flow for a short run, each with the timeline cursor', () => {
    const html = renderToStaticMarkup(
      createElement(ChartsPanel, { trace, timeSec: 3600, onSeek: noop }),
    );
    expect(html.match(/<figure/g)).toHaveLength(3);
    expect(html).toContain('data-chart="hormones"');
    expect(html).toContain('data-chart="milk-stored"');
    expect(html).toContain('data-chart="flow-intake"');
    const x = buildChart(trace, 'hormones', { width: 720, panelHeight: 110 }).xAt(3600);
    expect(html.match(/class="chart-cursor"/g)).toHaveLength(3);
    expect(html).toContain(`d="M${x},`);
  });

  it('offers the print and presentation styles, print in the light theme', () => {
    const html = renderToStaticMarkup(
      createElement(ChartsPanel, {
        trace,
        timeSec: 0,
        onSeek: noop,
        onExport: () => Promise.resolve([]),
      }),
    );
    expect(html).toContain('<legend>Chart style</legend>');
    expect(html).toMatch(/<input type="radio"[^>]*checked=""[^>]*\/>Print/);
    expect(html).toMatch(/<input type="radio"(?![^>]*checked)[^>]*\/>Presentation/);
    expect(html.match(/data-style="print"/g)).toHaveLength(3);
    // Files stay in print style unless asked.
    expect(html).toMatch(/<option value="print" selected="">print style<\/option>/);
  });

  it('offers export only when the caller wires it', () => {
    const without = renderToStaticMarkup(
      createElement(ChartsPanel, { trace, timeSec: 0, onSeek: noop }),
    );
    expect(without).not.toContain('Export shown charts');
    const withExport = renderToStaticMarkup(
      createElement(ChartsPanel, {
        trace,
        timeSec: 0,
        onSeek: noop,
        onExport: () => Promise.resolve([]),
      }),
    );
    expect(withExport).toContain('Export shown charts as');
    expect(withExport).toContain('PDF report');
    expect(withExport).toContain('All formats (SVG, PNG at 3 sizes, CSV, PDF)');
    // No progress bar until an export runs.
    expect(withExport).not.toContain('<progress');
  });
});

describe('svgTreeToReact', () => {
  it('renders the builder tree with its SVG attribute names and drops file metadata', () => {
    const { tree } = buildChart(trace, 'milk-stored', { provenance: fixedProvenance });
    const html = renderToStaticMarkup(svgTreeToReact(tree) as never);
    expect(html).toContain('stroke-dasharray="7 4"');
    expect(html).toContain('text-anchor="end"');
    expect(html).toContain('clip-path="url(#lactasim-milk-stored-clip-0)"');
    expect(html).toContain('class="series"');
    expect(html).not.toContain('metadata');
  });
});

/** Every element under (and including) `node`, parents first. */
function elements(node: ReactNode): ReactElement<{ children?: ReactNode }>[] {
  if (!isValidElement<{ children?: ReactNode }>(node)) return [];
  const children = node.props.children;
  const list = Array.isArray(children) ? (children as ReactNode[]) : [children];
  return [node, ...list.flatMap(elements)];
}

describe('SvgTreeDrawer', () => {
  it('redraws a changed run as a fresh drawing would, reusing the elements of unchanged parts', () => {
    const options = { provenance: fixedProvenance };
    const changed: typeof trace = {
      ...trace,
      channels: {
        ...trace.channels,
        leftStoredMl: trace.channels.leftStoredMl.map((v) => v * 0.97),
      },
    };
    const drawer = new SvgTreeDrawer();
    const first = drawer.draw(buildChart(trace, 'milk-stored', options).tree);
    const tree = buildChart(changed, 'milk-stored', options).tree;
    const second = drawer.draw(tree);

    expect(renderToStaticMarkup(second as never)).toBe(
      renderToStaticMarkup(svgTreeToReact(tree) as never),
    );
    const before = new Set(elements(first));
    const after = elements(second);
    const kept = after.filter((e) => before.has(e));
    // The left line changed, and so did the root and the groups holding it; most did not.
    expect(kept.length).toBeGreaterThan(after.length / 2);
    expect(kept.length).toBeLessThan(after.length);
    expect(after[0]).toBe(second);
    expect(before.has(after[0]!)).toBe(false);
    expect(drawer.draw(tree)).toBe(second);
  });
});

describe('ComparePanel', () => {
  it('offers time-gated changes for the open case and no placenta removal without retention', () => {
    const html = renderToStaticMarkup(
      createElement(ComparePanel, {
        scenario: fixtureScenario(),
        trace: syntheticTrace(),
        timeSec: 7200,
        runScenario: async () => syntheticTrace(),
        onCompare: noop,
      }),
    );
    expect(html).toContain('Fork at 1.0 h after birth with');
    expect(html).toContain('Double pumping for 15 min');
    expect(html).toContain('Combined pill started');
    expect(html).not.toContain('Retained placenta removed');
  });
});
