// The chart builder: a pure function from a trace and options to an SVG tree. The on-screen
// ChartsPanel renders this tree as React elements and export serialises it, so what a clinician
// sees is what lands in the slide.
import { scaleLinear } from 'd3-scale';
import type { Trace } from '../sim/trace';
import {
  chartRoot,
  compareLine,
  cursorGroup,
  FEED_STARTS,
  fitText,
  LANDMARKS,
  linePath,
  seriesPaths,
  sampleXs,
  provenanceNode,
  text,
  textWidth,
  yDomain,
} from './chart-parts';
import { buildPresentationChart } from './build-presentation';
import { laneLabels, laneMarks } from './event-lane';
import { CHART_SPECS, type ChartName } from './chart-specs';
import type { ChartStyle, ChartThemeName } from './chart-theme';
import { INK, seriesStyle, type MarkerShape } from './palette';
import type { Provenance } from './provenance';
import { el, px, type SvgNode } from './svg-tree';
import { describeRun, timeAxisFor } from './time-axis';
import { localNumber, makeSay } from './chart-words';
import { valueAt } from './value-at';

export interface ChartOptions {
  /** Width in SVG units (CSS px at 1×). */
  width?: number;
  /** Height of each panel's plot area. */
  panelHeight?: number;
  caseTitle?: string;
  /** Only this span of the run, model seconds [from, to] (a lesson beat's feed); default: all. */
  windowSec?: readonly [number, number];
  /**
   * Time ticks count from the window's start rather than the run's (a parent handout, whose
   * subtitle says on which day that start lies).
   */
  timeFromWindowStart?: true;
  /**
   * On screen: device-pixel columns per SVG unit; each line keeps only the samples that show at
   * that density (decimate.ts). Exports leave it out and draw every sample.
   */
  columnsPerUnit?: number;
  /** Timeline cursor, model seconds; drawn only when given (on screen, not in exports). */
  cursorSec?: number;
  /** A second run drawn underneath as wide faded lines. */
  compare?: Trace;
  compareLabel?: string;
  /** Written into <metadata> for exported files. */
  provenance?: Provenance;
  /**
   * The chart's words in another language or register (a parent handout), keyed by the English
   * (title, panel and series labels, legend, landmarks, time axis); a word not listed stays.
   */
  words?: Readonly<Record<string, string>>;
  /** Replaces the line under the title (where the run lies relative to birth). */
  subtitle?: string;
  /** 'print' (the default) or 'presentation' (chart-theme.ts, build-presentation.ts). */
  style?: ChartStyle;
  /** Presentation: the height of the box the chart fills, in SVG units like `width`. */
  height?: number;
  /** Presentation: the size of every text, in SVG units. */
  fontPx?: number;
  /** Presentation: the app theme whose colours the chart takes (default light). */
  theme?: ChartThemeName;
  /** Presentation: the moment the stretch is about; its feed is minute zero of the time axis. */
  momentSec?: number;
}

export interface ChartBuild {
  tree: SvgNode;
  width: number;
  height: number;
  plotLeft: number;
  plotRight: number;
  /** Top of the first panel and bottom of the last: the extent of a cursor line. */
  plotTop: number;
  plotBottom: number;
  /** Model time (s) at a horizontal SVG coordinate, clamped to the run (or window). */
  timeAt(x: number): number;
  /** Horizontal SVG coordinate of a model time, clamped to the run (or window). */
  xAt(timeSec: number): number;
  /** Top and bottom of each panel's plot: a cursor crosses the plots, not the labels between. */
  plotRows: [number, number][];
  /** The timeline cursor's colour in this chart's style. */
  cursorColor: string;
}

const MARGIN = { left: 62, right: 24 };
const TITLE_Y = 26;
const SUBTITLE_Y = 46;
const LEGEND_Y = 70;
const LEGEND_ROW = 20;
const FIRST_PANEL_TOP = 90;
const PANEL_LABEL_ROW = 20;
const PANEL_GAP = 14;
const AXIS_ROOM = 50;
const MARKER_SPACING = 120;
/** Event names: their size, a lane row's height, and rows added above the first panel at most. */
const EVENT_FONT = 10.5;
const LANE_ROW = 14;
const LANE_EXTRA_ROWS = 2;

function marker(shape: MarkerShape, x: number, y: number, color: string): SvgNode {
  const common = { fill: color, stroke: INK.background, 'stroke-width': 0.8 };
  switch (shape) {
    case 'circle':
      return el('circle', { cx: px(x), cy: px(y), r: 3.4, ...common });
    case 'square':
      return el('rect', { x: px(x - 3.2), y: px(y - 3.2), width: 6.4, height: 6.4, ...common });
    case 'triangle':
      return el('path', {
        d: `M${px(x)},${px(y - 4.2)}L${px(x + 4)},${px(y + 3)}L${px(x - 4)},${px(y + 3)}Z`,
        ...common,
      });
    case 'diamond':
      return el('path', {
        d: `M${px(x)},${px(y - 4.4)}L${px(x + 4)},${px(y)}L${px(x)},${px(y + 4.4)}L${px(x - 4)},${px(y)}Z`,
        ...common,
      });
  }
}

function legendItem(x: number, y: number, label: string, sample: SvgNode[]): SvgNode {
  return el('g', { class: 'legend-item' }, [
    ...sample,
    text(x + 30, y + 4, label, { size: 12, fill: INK.text }),
  ]);
}

export function buildChart(trace: Trace, chart: ChartName, options: ChartOptions = {}): ChartBuild {
  if (options.style === 'presentation') return buildPresentationChart(trace, chart, options);
  const spec = CHART_SPECS[chart];
  const say = makeSay(options.words);
  const width = options.width ?? 800;
  const panelHeight = options.panelHeight ?? 150;
  const plotLeft = MARGIN.left;
  const plotRight = width - MARGIN.right;
  const from = Math.max(0, Math.min(trace.durationSec, options.windowSec?.[0] ?? 0));
  const to = Math.max(from + 1, Math.min(trace.durationSec, options.windowSec?.[1] ?? Infinity));
  const clampTime = (tSec: number): number => Math.min(to, Math.max(from, tSec));
  const inWindow = (e: { atSeconds: number }): boolean => e.atSeconds >= from && e.atSeconds <= to;
  const axis = timeAxisFor(to - from);
  const xScale = scaleLinear()
    .domain([from / axis.unitSec, to / axis.unitSec])
    .range([plotLeft, plotRight]);
  const xs = sampleXs(xScale, axis.unitSec);
  const xOf = xs.at;
  const timeAt = (x: number): number => clampTime(xScale.invert(x) * axis.unitSec);
  const traces = options.compare ? [trace, options.compare] : [trace];

  const children: SvgNode[] = [];
  const idBase = `lactasim-${chart}`;
  const chartTitle = say(spec.title);
  const fullTitle = options.caseTitle ? `${chartTitle} — ${options.caseTitle}` : chartTitle;
  // A long case title moves to the subtitle line rather than running off the chart.
  const titleFits = textWidth(fullTitle, 17) <= plotRight - plotLeft;
  const title = titleFits ? fullTitle : chartTitle;
  const run = options.subtitle ?? describeRun(trace.startPostpartumHours, trace.durationSec, say);
  const subtitle =
    titleFits || !options.caseTitle
      ? run
      : fitText(`${options.caseTitle} · ${run}`, 12, plotRight - plotLeft);
  children.push(el('title', {}, [fullTitle]));
  if (options.provenance) children.push(provenanceNode(options.provenance));
  children.push(el('rect', { width, height: 0, fill: INK.background, class: 'background' }));
  children.push(text(plotLeft, TITLE_Y, title, { size: 17, weight: 600 }));
  children.push(text(plotLeft, SUBTITLE_Y, subtitle, { size: 12, fill: INK.muted }));

  // Legend: one entry per distinct series label, then the event furniture, then the fork. An
  // entry that would run past the plot starts a new row (longer words, a long fork label), and
  // the panels move down by a row each time.
  const legend: SvgNode[] = [];
  let lx = plotLeft;
  let legendRows = 1;
  const addLegend = (label: string, sample: (x: number, y: number) => SvgNode[]) => {
    const width = 30 + textWidth(label, 12) + 18;
    if (lx + width - 18 > plotRight && lx > plotLeft) {
      lx = plotLeft;
      legendRows += 1;
    }
    const ly = LEGEND_Y + (legendRows - 1) * LEGEND_ROW;
    legend.push(legendItem(lx, ly, label, sample(lx, ly)));
    lx += width;
  };
  const seen = new Set<string>();
  for (const panel of spec.panels) {
    for (const s of panel.series) {
      if (seen.has(s.label)) continue;
      seen.add(s.label);
      const st = seriesStyle(s.style);
      addLegend(say(s.label), (x, y) => [
        el('line', {
          x1: x,
          y1: y,
          x2: x + 24,
          y2: y,
          stroke: st.color,
          'stroke-width': 2,
          'stroke-dasharray': st.dash || undefined,
        }),
        marker(st.marker, x + 12, y, st.color),
      ]);
    }
  }
  const feeds = trace.events.filter((e) => FEED_STARTS.has(e.kind) && inWindow(e));
  // A rug denser than one tick per two pixels is a grey band that hides the data; leave it out.
  const showRug = feeds.length > 0 && feeds.length / (plotRight - plotLeft) < 0.5;
  if (showRug) {
    addLegend(say('Feed or pump start'), (x, y) => [
      el('line', {
        x1: x + 12,
        y1: y - 5,
        x2: x + 12,
        y2: y + 5,
        stroke: INK.event,
        'stroke-width': 1.5,
      }),
    ]);
  }
  if (options.compare) {
    const label = options.compareLabel ?? say('Comparison run');
    addLegend(`${say('Wide faded:')} ${label}`, (x, y) =>
      compareLine(`M${x},${y}h24`, INK.axis, 4, 0.4),
    );
  }
  children.push(el('g', { class: 'legend' }, legend));

  // Event names: beside the first panel's label, or in rows added between that label and its
  // plot (event-lane.ts).
  const landmarks = trace.events.filter((e) => LANDMARKS[e.kind] !== undefined && inWindow(e));
  const firstPanel = spec.panels[0];
  const firstLabel = firstPanel
    ? textWidth(`${say(firstPanel.label)} (${say(firstPanel.unit)})`, 12)
    : 0;
  const lane = laneLabels(
    landmarks.map((e) => ({ x: xOf(e.atSeconds), name: say(LANDMARKS[e.kind] ?? '') })),
    (s) => textWidth(s, EVENT_FONT),
    (n) => `+${n} ${say('more')}`,
    {
      left: 2,
      right: width - 2,
      gap: 8,
      maxAdded: LANE_EXTRA_ROWS,
      label: [plotLeft - 8, plotLeft - 8 + firstLabel],
    },
  );

  const xTicks = xScale.ticks(Math.max(2, Math.floor((plotRight - plotLeft) / 80)));
  let top = FIRST_PANEL_TOP + (legendRows - 1) * LEGEND_ROW;
  let firstPlotTop = 0;
  let lastPlotBottom = 0;
  /** Top and bottom of each panel's plot: landmark lines cross plots, not the labels between. */
  const plotRows: [number, number][] = [];
  spec.panels.forEach((panel, pi) => {
    const plotTop = top + PANEL_LABEL_ROW + (pi === 0 ? lane.added * LANE_ROW : 0);
    const plotBottom = plotTop + panelHeight;
    if (pi === 0) firstPlotTop = plotTop;
    lastPlotBottom = plotBottom;
    plotRows.push([plotTop, plotBottom]);
    const y = scaleLinear().domain(yDomain(panel, traces)).range([plotBottom, plotTop]).nice(4);
    const g: SvgNode[] = [];
    g.push(
      el('text', { x: px(plotLeft - 8), y: px(top + 12), 'font-size': 12, fill: INK.text }, [
        el('tspan', { 'font-weight': 600 }, [say(panel.label)]),
        el('tspan', { fill: INK.muted }, [` (${say(panel.unit)})`]),
      ]),
    );
    for (const t of y.ticks(4)) {
      g.push(
        el('line', {
          x1: plotLeft,
          x2: plotRight,
          y1: px(y(t)),
          y2: px(y(t)),
          stroke: INK.grid,
          'stroke-width': 1,
        }),
        text(plotLeft - 6, y(t) + 4, localNumber(y.tickFormat(4)(t), say), {
          size: 11,
          anchor: 'end',
          fill: INK.muted,
        }),
      );
    }
    for (const t of xTicks) {
      g.push(
        el('line', {
          x1: px(xScale(t)),
          x2: px(xScale(t)),
          y1: plotTop,
          y2: plotBottom,
          stroke: INK.grid,
          'stroke-width': 1,
        }),
      );
    }
    g.push(
      el('line', {
        x1: plotLeft,
        x2: plotRight,
        y1: plotBottom,
        y2: plotBottom,
        stroke: INK.axis,
        'stroke-width': 1,
      }),
    );
    const clipId = `${idBase}-clip-${pi}`;
    g.push(
      el('clipPath', { id: clipId }, [
        el('rect', {
          x: plotLeft,
          y: plotTop - 6,
          width: plotRight - plotLeft,
          height: panelHeight + 6,
        }),
      ]),
    );
    const lines: SvgNode[] = [];
    if (options.compare) {
      for (const s of panel.series) {
        const d = linePath(options.compare, s, xs, y, undefined, options.columnsPerUnit);
        lines.push(...compareLine(d, seriesStyle(s.style).color, 4.5, 0.3));
      }
    }
    for (const s of panel.series) {
      const st = seriesStyle(s.style);
      lines.push(
        ...seriesPaths(
          {
            class: 'series',
            'data-channel': s.channel,
            d: linePath(trace, s, xs, y, undefined, options.columnsPerUnit),
            fill: 'none',
            stroke: st.color,
            'stroke-width': 1.8,
            'stroke-dasharray': st.dash || undefined,
            'stroke-linejoin': 'round',
          },
          options.columnsPerUnit !== undefined,
        ),
      );
      // Markers are staggered per style so overlapping lines still show every shape.
      for (let mx = plotLeft + 30 + s.style * 28; mx < plotRight - 4; mx += MARKER_SPACING) {
        const v = valueAt(trace, s.channel, timeAt(mx)) * (s.factor ?? 1);
        if (Number.isFinite(v)) lines.push(marker(st.marker, mx, y(v), st.color));
      }
    }
    g.push(el('g', { 'clip-path': `url(#${clipId})` }, lines));
    if (showRug) {
      const d = feeds.map((e) => `M${px(xOf(e.atSeconds))},${plotBottom}v-6`).join('');
      g.push(el('path', { class: 'feeds', d, stroke: INK.event, 'stroke-width': 1.2 }));
    }
    children.push(el('g', { class: 'panel', 'data-panel': panel.label }, g));
    top = plotBottom + PANEL_GAP;
  });

  // Landmark events cross every panel so they line up; their names stand above the plots.
  const marks = laneMarks(
    landmarks.map((e) => xOf(e.atSeconds)),
    lane.labels,
    (row) => firstPlotTop - PANEL_LABEL_ROW + 12 - row * LANE_ROW,
    plotRows,
    {
      font: EVENT_FONT,
      descent: 0.25,
      line: INK.event,
      lineWidth: 1,
      dash: '4 3',
      text: INK.muted,
      halo: INK.background,
      haloWidth: 3,
    },
  );
  children.push(el('g', { class: 'landmarks' }, marks));

  const axisY = lastPlotBottom;
  const fmt = xScale.tickFormat();
  const tickOrigin = options.timeFromWindowStart ? from / axis.unitSec : 0;
  children.push(
    el('g', { class: 'x-axis' }, [
      ...xTicks.flatMap((t) => [
        el('line', {
          x1: px(xScale(t)),
          x2: px(xScale(t)),
          y1: axisY,
          y2: axisY + 5,
          stroke: INK.axis,
        }),
        text(xScale(t), axisY + 18, localNumber(fmt(t - tickOrigin), say), {
          size: 11,
          anchor: 'middle',
          fill: INK.muted,
        }),
      ]),
      text((plotLeft + plotRight) / 2, axisY + 38, say(axis.label), {
        size: 12,
        anchor: 'middle',
        fill: INK.text,
      }),
    ]),
  );

  if (options.cursorSec !== undefined) {
    // Drawn into the tree for exports of a moment; on screen ChartsPanel overlays its own cursor so
    // the tree need not be rebuilt every frame.
    children.push(
      cursorGroup({
        x: xOf(clampTime(options.cursorSec)),
        top: firstPlotTop,
        bottom: lastPlotBottom,
        color: INK.cursor,
        strokeWidth: 1.5,
        head: true,
      }),
    );
  }

  const height = lastPlotBottom + AXIS_ROOM;
  const background = children.find((c) => c.attrs.class === 'background');
  if (background) background.attrs.height = height;
  const tree = chartRoot(chart, width, height, children);
  return {
    tree,
    width,
    height,
    plotLeft,
    plotRight,
    plotTop: firstPlotTop,
    plotBottom: lastPlotBottom,
    plotRows,
    cursorColor: INK.cursor,
    timeAt,
    xAt: (t) => xOf(clampTime(t)),
  };
}
