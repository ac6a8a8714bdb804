// Event names (placenta delivered, milk comes in…) stay readable: above the plots, clear of each
// other, of every other text and of the lines, each with a leader to its moment. Checked on the
// real charts that showed the overlaps (the engine's runs of the built-in cases), with boxes
// measured in Inter's own advance widths rather than the layout's estimate.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  beatWindow,
  buildChart,
  presentationFontPx,
  PRESENTATION_FILE,
  type ChartBuild,
  type ChartName,
  type ChartOptions,
  type SvgNode,
} from '../../../src-main/charts/index';
import { laneLabels, packLane } from '../../../src-main/charts/event-lane';
import { LANDMARKS } from '../../../src-main/charts/chart-parts';
import { resolutionFor } from '../../../src-main/contract/resolution';
import { interFont } from '../../../src-main/export/fonts';
import { parseScenario, simulate, type Trace } from '../../../src-main/sim/index';
import { CATALOGS } from '../../../src-main/walkthrough/catalog';
import { repoRoot } from '../../fixtures/charts/fixture';
import { find, textOf } from './svg-query';

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
  text: string;
}

const runs = new Map<string, Trace>();
/** A built-in case run as the app runs it. */
function run(slug: string): Trace {
  let trace = runs.get(slug);
  if (trace === undefined) {
    const json: unknown = JSON.parse(
      readFileSync(join(repoRoot, 'resources', 'scenarios', `${slug}.json`), 'utf8'),
    );
    const parsed = parseScenario(json);
    if (!parsed.ok) throw new Error(parsed.error.message);
    trace = simulate(parsed.value, { resolutionSec: resolutionFor(parsed.value) });
    runs.set(slug, trace);
  }
  return trace;
}

/** The advance width of a text's runs in Inter at its size (tspans keep their weight). */
function inkWidth(node: SvgNode, size: number, weight: number): number {
  const w = Number(node.attrs['font-weight'] ?? weight) > 500 ? 600 : 400;
  return node.children.reduce<number>((sum, c) => {
    if (typeof c !== 'string') return sum + inkWidth(c, size, w);
    const font = interFont(w);
    return sum + (font.layout(c).advanceWidth / font.unitsPerEm) * size;
  }, 0);
}

function textBox(t: SvgNode): Box {
  const size = Number(t.attrs['font-size']);
  const w = inkWidth(t, size, 400);
  const x = Number(t.attrs.x);
  const y = Number(t.attrs.y);
  const anchor = t.attrs['text-anchor'];
  const left = anchor === 'end' ? x - w : anchor === 'middle' ? x - w / 2 : x;
  return { left, right: left + w, top: y - 0.97 * size, bottom: y + 0.25 * size, text: textOf(t) };
}

const meets = (a: Box, b: Box): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The points of every plotted line (d3's M/L path: x,y pairs). */
function linePoints(tree: SvgNode): [number, number][] {
  return find(tree, (n) => n.attrs.class === 'series').flatMap((p) => {
    const nums = String(p.attrs.d).match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g) ?? [];
    const pts: [number, number][] = [];
    for (let i = 0; i + 1 < nums.length; i += 2) pts.push([Number(nums[i]), Number(nums[i + 1])]);
    return pts;
  });
}

/** Everything the lane promises, for one built chart; returns the names shown. */
function expectReadableNames(built: ChartBuild, where: string): string[] {
  const lane = find(built.tree, (n) => n.attrs.class === 'landmarks')[0] as SvgNode;
  const names = find(lane, (n) => n.attrs.class === 'event-name').map(textBox);
  const others = find(built.tree, (n) => n.tag === 'text' && n.attrs.class !== 'event-name').map(
    textBox,
  );
  const plotTop = built.plotRows[0]?.[0] ?? 0;
  names.forEach((a, i) => {
    // Above the plots: no name lies over a line.
    expect(a.bottom, `${where}: "${a.text}" reaches into the plot`).toBeLessThanOrEqual(
      plotTop + 0.01,
    );
    expect(a.left, `${where}: "${a.text}" starts outside the chart`).toBeGreaterThanOrEqual(0);
    expect(a.right, `${where}: "${a.text}" ends outside the chart`).toBeLessThanOrEqual(
      built.width + 0.01,
    );
    for (const b of names.slice(i + 1)) {
      expect(meets(a, b), `${where}: "${a.text}" overlaps "${b.text}"`).toBe(false);
    }
    for (const b of others) {
      expect(meets(a, b), `${where}: "${a.text}" overlaps "${b.text}"`).toBe(false);
    }
    for (const [x, y] of linePoints(built.tree)) {
      const inside = x > a.left && x < a.right && y > a.top && y < a.bottom;
      expect(inside, `${where}: a line point (${x}, ${y}) lies under "${a.text}"`).toBe(false);
    }
  });
  // Each name has a leader from under it down to the first plot, crossing no other name.
  const leaders = find(lane, (n) => n.attrs.class === 'leader');
  expect(leaders).toHaveLength(names.length);
  for (const l of leaders) {
    const x = Number(l.attrs.x1);
    const [y1, y2] = [Number(l.attrs.y1), Number(l.attrs.y2)];
    expect(y2).toBeCloseTo(plotTop, 1);
    // It rises into the name's letters (measured), not beside them.
    const own = names.filter(
      (n) => Math.abs(n.bottom - y1) < 0.5 && x >= n.left - 1 && x <= n.right + 1,
    );
    expect(own.length, `${where}: a leader at ${x} rises to no name`).toBeGreaterThan(0);
    for (const n of names) {
      const crosses = x > n.left && x < n.right && n.top > y1 && n.top < y2;
      expect(crosses, `${where}: the leader at ${x} crosses "${n.text}"`).toBe(false);
    }
  }
  return names.map((n) => n.text);
}

/** The landmark names a chart of `trace` over `windowSec` should show, in the chart's words. */
function landmarkNames(trace: Trace, windowSec: readonly [number, number], say = (s: string) => s) {
  const kinds = trace.events
    .filter((e) => LANDMARKS[e.kind] && e.atSeconds >= windowSec[0] && e.atSeconds <= windowSec[1])
    .map((e) => say(LANDMARKS[e.kind] ?? ''));
  return [...new Set(kinds)].sort();
}

interface LessonBeat {
  caseId: string;
  atHours: number;
  untilHours?: number;
  view: { charts: ChartName[] };
}

describe('event names on the lesson "When things go wrong", beat 2 (placenta removed)', () => {
  const lesson = JSON.parse(
    readFileSync(join(repoRoot, 'resources', 'lessons', 'when-things-go-wrong.json'), 'utf8'),
  ) as { beats: LessonBeat[] };
  const beat = lesson.beats[1] as LessonBeat;
  const trace = run(beat.caseId.replace(/^b_/, ''));
  const windowSec = beatWindow(beat, trace.durationSec);
  const expected = landmarkNames(trace, windowSec);

  it('has the landmarks that used to overlap in its stretch', () => {
    expect(expected).toEqual(['Milk comes in', 'Placenta delivered']);
  });

  // The beat's two charts as the audience view lays them out (measured in the web edition at
  // each screen size: hormones, then synthesis), and the slide-sized file export.
  const boxes: Record<string, [string, ChartOptions][]> = {
    hormones: [
      ['1280×720', { width: 476, height: 410, fontPx: presentationFontPx(720) }],
      ['1920×1080', { width: 732, height: 637, fontPx: presentationFontPx(1080) }],
      ['file', { ...PRESENTATION_FILE }],
    ],
    synthesis: [
      ['1280×720', { width: 476, height: 205, fontPx: presentationFontPx(720) }],
      ['1920×1080', { width: 732, height: 318, fontPx: presentationFontPx(1080) }],
      ['file', { ...PRESENTATION_FILE }],
    ],
  };
  for (const chart of beat.view.charts) {
    for (const [name, box] of boxes[chart] ?? []) {
      it(`names every landmark of the ${chart} chart clear of lines and text (${name})`, () => {
        for (const theme of ['light', 'projector'] as const) {
          const built = buildChart(trace, chart, {
            style: 'presentation',
            theme,
            ...box,
            windowSec,
            momentSec: beat.atHours * 3600,
          });
          const shown = expectReadableNames(built, `${chart} ${name} ${theme}`);
          expect(shown.sort()).toEqual(expected);
          // The lane keeps the text rule: every text at the one size, ≥ 2 % of the screen.
          for (const t of find(built.tree, (n) => n.tag === 'text')) {
            expect(Number(t.attrs['font-size'])).toBe(box.fontPx);
          }
          expect(built.height).toBeCloseTo(box.height ?? 0, 6);
        }
      });
    }
  }

  it('keeps the text size in a box too short for rows of names, and says what it left out', () => {
    const box = { width: 470, height: 250, fontPx: presentationFontPx(720) };
    const built = buildChart(trace, 'hormones', { style: 'presentation', ...box, windowSec });
    for (const t of find(built.tree, (n) => n.tag === 'text')) {
      expect(Number(t.attrs['font-size'])).toBe(box.fontPx);
    }
    const shown = expectReadableNames(built, 'hormones in a short box');
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.filter((s) => /^\+\d+ more$/.test(s))).toHaveLength(1);
    const more = Number(/\d+/.exec(shown.find((s) => s.startsWith('+')) ?? '')?.[0]);
    // Every landmark is either named or counted.
    expect(shown.length - 1 + more).toBe(expected.length);
  });
});

describe('event names on the parent handout chart "Milk in each breast"', () => {
  for (const slug of ['retained-placenta-day-6', 'first-five-days', 'sheehan-syndrome']) {
    for (const language of ['en', 'es'] as const) {
      it(`names every landmark of ${slug} clear of lines and text (${language})`, () => {
        const trace = run(slug);
        const words = CATALOGS[language].chartWords;
        // The handout's layout width (export/pdf-chart.ts).
        const built = buildChart(trace, 'milk-stored', { words, subtitle: 'Starts at birth' });
        const say = (s: string) => (words as Record<string, string>)[s] ?? s;
        const shown = expectReadableNames(built, `${slug} ${language}`);
        expect(shown.sort()).toEqual(landmarkNames(trace, [0, trace.durationSec], say));
      });
    }
  }
});

describe('packing names into the lane', () => {
  const width = (s: string) => s.length * 8;
  const pack = (events: { x: number; name: string }[], right: number, maxAdded: number) =>
    laneLabels(events, width, (n) => `+${n} more`, {
      left: 0,
      right,
      gap: 8,
      maxAdded,
      label: [0, 40],
    });

  it('names a kind once, at its first moment, and keeps one row when they fit beside each other', () => {
    const { labels, added } = pack(
      [
        { x: 300, name: 'Milk comes in' },
        { x: 100, name: 'Placenta delivered' },
        { x: 500, name: 'Milk comes in' },
      ],
      800,
      2,
    );
    expect(added).toBe(0);
    expect(labels.map((l) => [l.text, l.x, l.row])).toEqual([
      ['Placenta delivered', 100, 0],
      ['Milk comes in', 300, 0],
    ]);
  });

  it('adds a row under the panel label rather than overlap, each name over its moment', () => {
    const { labels, added } = pack(
      [
        { x: 100, name: 'Placenta delivered' },
        { x: 150, name: 'Milk comes in' },
      ],
      800,
      2,
    );
    expect(added).toBe(1);
    const [a, b] = labels.map((l) => ({ ...l, right: l.left + width(l.text) }));
    if (!a || !b) throw new Error('both names are placed');
    expect(a.row !== b.row || a.right + 8 <= b.left || b.right + 8 <= a.left).toBe(true);
    for (const l of [a, b]) {
      expect(l.left).toBeLessThanOrEqual(l.x);
      expect(l.right).toBeGreaterThanOrEqual(l.x);
    }
  });

  it('says "+N more" where a name has no room left', () => {
    const { labels } = pack(
      [
        { x: 100, name: 'First' },
        { x: 150, name: 'A much longer name here' },
      ],
      260,
      0,
    );
    expect(labels.map((l) => [l.text, l.x])).toEqual([
      ['First', 100],
      ['+1 more', 150],
    ]);
  });

  it('counts a placed name too when "+N more" has no room beside it, never leaving a line unnamed', () => {
    // "+1 more" over 120 would overlap "First" over 100 wherever either goes in 150 units: both
    // are counted at the first moment.
    const { labels } = pack(
      [
        { x: 100, name: 'First' },
        { x: 120, name: 'A much longer name here' },
      ],
      150,
      0,
    );
    expect(labels.map((l) => [l.text, l.x])).toEqual([['+2 more', 100]]);
  });

  it('keeps a name out of a row a leader from above passes through', () => {
    const slots = packLane(
      [
        { x: 50, width: 80 },
        { x: 52, width: 80 },
      ],
      { left: 0, right: 400, gap: 8, rows: 2, order: [1, 0] },
    );
    const [a, b] = slots;
    expect(a?.row).toBe(1);
    // The second cannot sit in row 0 over the first's leader at 50, nor beside the first in
    // row 1 while over its own moment: there is no room for it.
    expect(b).toBeNull();
  });
});
