import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildChart,
  CHART_NAMES,
  CHART_SPECS,
  PRESENTATION_THEMES,
  presentationFontPx,
  serializeSvg,
  type ChartOptions,
  type SvgNode,
} from '../../../src-main/charts/index';
import { syntheticTrace, repoRoot } from '../../fixtures/charts/fixture';
import { find, textOf } from './svg-query';

const texts = (tree: SvgNode) => find(tree, (n) => n.tag === 'text');

const trace = syntheticTrace();
const FONT = 16;
/** A beat's chart at 1280 × 720: a 480 × 300 box. */
const box = { style: 'presentation', width: 480, height: 300, fontPx: FONT } as const;

describe('the presentation style', () => {
  it('sizes chart text at 2.2 % of the window height, above the 2 % a back row needs', () => {
    expect(presentationFontPx(720)).toBeGreaterThanOrEqual(0.02 * 720);
    expect(presentationFontPx(1080)).toBeGreaterThanOrEqual(0.02 * 1080);
    expect(presentationFontPx(1080) / presentationFontPx(720)).toBeCloseTo(1.5, 2);
    // A beat's chart in the room: two fifths of the screen wide, the height rule decides.
    expect(presentationFontPx(720, 480)).toBe(presentationFontPx(720));
    expect(presentationFontPx(1080, 720)).toBe(presentationFontPx(1080));
    // A thumbnail in the presenter's view gets smaller text that still fits its width.
    expect(presentationFontPx(1080, 300)).toBeLessThan(presentationFontPx(1080));
  });

  it('draws every text at the one size asked for, inside the box it was given', () => {
    for (const chart of CHART_NAMES) {
      const built = buildChart(trace, chart, box);
      expect(built.width).toBe(480);
      expect(built.height).toBeCloseTo(300, 6);
      for (const t of texts(built.tree)) {
        expect(t.attrs['font-size']).toBe(FONT);
        const y = Number(t.attrs.y);
        // The baseline leaves room for ascent above and descent below.
        expect(y - 0.97 * FONT).toBeGreaterThanOrEqual(-0.01);
        expect(y + 0.25 * FONT).toBeLessThanOrEqual(built.height + 0.01);
        expect(Number(t.attrs.x)).toBeGreaterThanOrEqual(0);
        expect(Number(t.attrs.x)).toBeLessThanOrEqual(built.width);
      }
    }
  });

  it('shrinks its text rather than outgrow a box too short for its panels', () => {
    const built = buildChart(trace, 'hormones', { ...box, height: 150 });
    expect(built.height).toBe(150);
    const sizes = texts(built.tree).map((t) => Number(t.attrs['font-size']));
    expect(Math.max(...sizes)).toBeLessThan(FONT);
    for (const t of texts(built.tree)) {
      expect(Number(t.attrs.y) + 0.25 * Number(t.attrs['font-size'])).toBeLessThanOrEqual(150.01);
    }
  });

  it('draws at most two lines per panel and names two lines at their ends instead of a legend', () => {
    for (const chart of CHART_NAMES) {
      const { tree } = buildChart(trace, chart, box);
      expect(find(tree, (n) => n.attrs.class === 'legend')).toEqual([]);
      for (const panel of find(tree, (n) => n.attrs.class === 'panel')) {
        expect(find(panel, (n) => n.attrs.class === 'series').length).toBeLessThanOrEqual(2);
      }
    }
    const flow = buildChart(trace, 'flow-intake', box);
    const flowPanel = find(flow.tree, (n) => n.attrs['data-panel'] === 'Flow')[0] as SvgNode;
    expect(texts(flowPanel).map(textOf)).toEqual(expect.arrayContaining(['Left', 'Right']));
    // The names stand right of the plot, at the ends of their lines.
    for (const t of texts(flowPanel).filter((n) => ['Left', 'Right'].includes(textOf(n)))) {
      expect(Number(t.attrs.x)).toBeGreaterThan(flow.plotRight);
    }
  });

  it('speaks in clinical words: panel labels with units, no channel names, no run-relative axis', () => {
    for (const chart of CHART_NAMES) {
      const words = texts(buildChart(trace, chart, box).tree).map(textOf);
      expect(words.join(' ')).not.toMatch(/Time from start of run|Ml\b|PerMl|NgPer|Fullness\b.*1$/);
      for (const panel of CHART_SPECS[chart].panels.filter((p) => !p.noteWhenFlat)) {
        expect(words).toContain(`${panel.label} (${panel.unit})`);
      }
    }
  });

  it('gives progesterone a panel where it changes and a sentence where it is flat', () => {
    // The synthetic progesterone falls from 150 ng/mL after the placenta at 30 min.
    const falling = buildChart(trace, 'hormones', { ...box, windowSec: [0, 3 * 3600] });
    expect(find(falling.tree, (n) => n.attrs['data-panel'] === 'Progesterone')).toHaveLength(1);
    const later = buildChart(trace, 'hormones', { ...box, windowSec: [5 * 3600, 8 * 3600] });
    expect(find(later.tree, (n) => n.attrs['data-panel'] === 'Progesterone')).toEqual([]);
    expect(texts(later.tree).map(textOf)).toContainEqual(
      expect.stringMatching(/^Progesterone steady at about [\d.]+ ng\/mL$/),
    );
    // The two remaining panels take the height the third would have had.
    expect(find(later.tree, (n) => n.attrs.class === 'panel')).toHaveLength(2);
    expect(later.height).toBeCloseTo(300, 6);
  });

  it('wraps the sentence of a flat hormone onto more rows in a narrow chart instead of cutting it', () => {
    // The presenter's copy of a beat at 1280 × 720 is about 240 px wide.
    const narrow = { ...box, width: 240, fontPx: presentationFontPx(720, 240) };
    const built = buildChart(trace, 'hormones', { ...narrow, windowSec: [5 * 3600, 8 * 3600] });
    const words = texts(built.tree).map(textOf);
    const first = words.findIndex((w) => w.startsWith('Progesterone steady'));
    const lines = words.slice(first, first + 2);
    expect(lines.join(' ')).toMatch(/^Progesterone steady at about [\d.]+ ng\/mL$/);
    expect(words.join(' ')).not.toContain('…');
    expect(built.height).toBeCloseTo(300, 6);
  });

  it('counts minutes from the start of the feed the beat is about', () => {
    // Latches at 90 min and 260 min; the beat's moment is 95 min.
    const built = buildChart(trace, 'milk-stored', {
      ...box,
      windowSec: [60 * 60, 180 * 60],
      momentSec: 95 * 60,
    });
    const words = texts(built.tree).map(textOf);
    expect(words).toContain('Minutes from the start of the feed');
    const axis = find(built.tree, (n) => n.attrs.class === 'x-axis')[0] as SvgNode;
    const zero = texts(axis).find((t) => textOf(t) === '0') as SvgNode;
    expect(zero).toBeDefined();
    // "0" is the tick at the latch (its label centred there, so it starts left of it).
    expect(Math.abs(Number(zero.attrs.x) - (built.xAt(90 * 60) - 0.31 * FONT))).toBeLessThan(1);
    expect(texts(axis).map(textOf)).toContain('−30');
  });

  it('keeps the time axis labels inside the chart at both ends', () => {
    for (const windowSec of [undefined, [0, 3 * 3600] as const, [2 * 3600, 9 * 3600] as const]) {
      const built = buildChart(trace, 'synthesis', { ...box, ...(windowSec ? { windowSec } : {}) });
      const axis = find(built.tree, (n) => n.attrs.class === 'x-axis')[0] as SvgNode;
      for (const t of texts(axis)) {
        const w = textOf(t).length * 0.62 * FONT;
        const anchor = t.attrs['text-anchor'];
        const left = Number(t.attrs.x) - (anchor === 'middle' ? w / 2 : 0);
        expect(left).toBeGreaterThanOrEqual(0);
        expect(left + w).toBeLessThanOrEqual(built.width + 0.01);
      }
    }
  });

  it("counts time alike on every chart of a beat, whatever each one's width for its labels", () => {
    const timeLabels = (chart: (typeof CHART_NAMES)[number], options: ChartOptions) => {
      const built = buildChart(trace, chart, options);
      const axis = find(built.tree, (n) => n.attrs.class === 'x-axis')[0] as SvgNode;
      return texts(axis).map(textOf).slice(0, -1);
    };
    // A beat's charts at 1280 × 720 and at 1920 × 1080 (the column's share of the screen).
    const rooms = [box, { ...box, width: 720, height: 450, fontPx: 24 }];
    for (const windowSec of [undefined, [0, 3 * 3600] as const, [3600, 2 * 3600] as const]) {
      for (const room of rooms) {
        const options = { ...room, ...(windowSec ? { windowSec } : {}) };
        // Line-end names and y labels of different widths leave plots of different widths.
        const ticks = CHART_NAMES.map((chart) => timeLabels(chart, options));
        expect(ticks[0]?.length, `${windowSec?.join('–')}`).toBeGreaterThan(2);
        for (const t of ticks) expect(t, `${windowSec?.join('–')}`).toEqual(ticks[0]);
      }
    }
  });

  it("takes the theme's colours: no white box on the projector's black", () => {
    const dark = buildChart(trace, 'hormones', { ...box, theme: 'projector' });
    const background = find(dark.tree, (n) => n.attrs.class === 'background')[0];
    expect(background?.attrs.fill).toBe('#000000');
    expect(texts(dark.tree).every((t) => t.attrs.fill !== '#1a1a1a')).toBe(true);
    expect(dark.cursorColor).toBe(PRESENTATION_THEMES.projector.cursor);
    const prolactin = find(dark.tree, (n) => n.attrs['data-channel'] === 'prolactinNgPerMl')[0];
    expect(prolactin?.attrs.stroke).toBe(PRESENTATION_THEMES.projector.hormones.prolactin);
  });

  it('uses the same colours as the app themes in styles.css', () => {
    const css = readFileSync(join(repoRoot, 'src-renderer', 'app', 'styles.css'), 'utf8');
    const block = (selector: string) => {
      const start = css.indexOf(`${selector} {`);
      return css.slice(start, css.indexOf('}', start));
    };
    const variable = (text: string, name: string) =>
      new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(text)?.[1]?.toLowerCase();
    for (const [selector, theme] of [
      [':root', PRESENTATION_THEMES.light],
      [":root[data-theme='projector']", PRESENTATION_THEMES.projector],
    ] as const) {
      const b = block(selector);
      expect(variable(b, 'bg')).toBe(theme.background);
      expect(variable(b, 'ink')).toBe(theme.text);
      expect(variable(b, 'ink-soft')).toBe(theme.muted);
      for (const h of ['prolactin', 'oxytocin', 'progesterone'] as const) {
        expect(variable(b, h)).toBe(theme.hormones[h]);
      }
    }
  });

  it('leaves the print style exactly as it was', () => {
    const print = serializeSvg(buildChart(trace, 'hormones').tree);
    expect(print).toContain('Time from start of run (h)');
    expect(print).not.toContain('data-style');
  });
});
