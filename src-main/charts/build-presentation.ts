// The presentation style (chart-theme.ts): a chart laid out for the box it is shown in, with every
// text at one size chosen by the caller (on screen, a share of the window's height), so it can
// be read from the back of a room. Units are the box's CSS pixels: nothing is scaled afterwards.
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { Trace } from '../sim/trace';
import type { ChartBuild, ChartOptions } from './build-chart';
import {
  chartRoot,
  compareLine,
  cursorGroup,
  fitText,
  LANDMARKS,
  linePath,
  sampleXs,
  seriesPaths,
  provenanceNode,
  sampleRange,
  seriesValues,
  text,
  textWidth,
  wrapText,
  yDomain,
} from './chart-parts';
import { laneLabels, laneMarks } from './event-lane';
import { CHART_SPECS, type ChartName, type PanelSpec, type SeriesSpec } from './chart-specs';
import { PRESENTATION_THEMES, presentationColor, type ChartTheme } from './chart-theme';
import { naturalTimeAxis } from './natural-time-axis';
import { localNumber, makeSay } from './chart-words';
import { seriesStyle } from './palette';
import { el, px, type SvgNode } from './svg-tree';
import { valueAt } from './value-at';

/** Inter's ascent and descent (em): the box a text occupies around its baseline. */
const ASCENT = 0.97;
const DESCENT = 0.25;
/** Generous width estimates (Inter averages ~0.55 em), so nothing runs past the box. */
const EM = 0.62;
const EM_BOLD = 0.66;
/** Rows, in multiples of the font size. */
const ROW = 1.3;
const LABEL_ROW = 1.35;
const PANEL_GAP = 0.7;
const AXIS_ROOM = 0.4 + ROW + ROW + DESCENT;
const MIN_PLOT = 2.2;
/** Rows event names may add above the first panel's label. */
const LANE_EXTRA_ROWS = 2;
/**
 * Most ticks on the time axis: as many as a beat's chart (two fifths of the screen wide, so about
 * 30 text sizes) holds with room between their labels ("day 43").
 */
const TIME_TICKS = 6;
/** A line whose range is under this share of its level is "steady". */
const FLAT = 0.05;

interface ShownPanel {
  spec: PanelSpec;
  series: SeriesSpec[];
}

function formatLevel(v: number): string {
  const a = Math.abs(v);
  return a >= 10 ? v.toFixed(0) : a >= 1 ? v.toFixed(1) : v.toFixed(2);
}

/**
 * The level of a panel's line over the stretch when it is flat there, else null. Flat is judged
 * against the line's whole run too, so a level that has fallen to a trace of its peak (progesterone
 * days after the placenta) counts as flat rather than being blown up to fill a panel.
 */
function steadyLevel(traces: Trace[], panel: ShownPanel, from: number, to: number): number | null {
  let lo = Infinity;
  let hi = -Infinity;
  let peak = 0;
  let sum = 0;
  let n = 0;
  for (const t of traces) {
    const [first, last] = sampleRange(t, from, to);
    for (const s of panel.series) {
      const values = seriesValues(t, s);
      values.forEach((v, i) => {
        if (!Number.isFinite(v)) return;
        peak = Math.max(peak, Math.abs(v));
        if (i < first || i > last) return;
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
        sum += v;
        n++;
      });
    }
  }
  if (n === 0) return null;
  return hi - lo <= FLAT * Math.max(peak, 1e-9) ? sum / n : null;
}

/**
 * A panel's y scale and its ticks: no more than `count` + 1 of them (d3 takes the count as a hint
 * and may give twice as many), the domain rounded to the last tick so the top line is labelled,
 * and labels thinned so they never touch.
 */
function yAxis(
  domain: [number, number],
  range: [number, number],
  count: number,
  font: number,
): { y: ScaleLinear<number, number>; ticks: number[]; format: (v: number) => string } {
  let y = scaleLinear().domain(domain).range(range).nice(count);
  let c = count;
  while (c > 1 && y.ticks(c).length > count + 1) {
    c--;
    y = scaleLinear().domain(domain).range(range).nice(c);
  }
  const kept: number[] = [];
  for (const t of y.ticks(c)) {
    const last = kept.at(-1);
    if (last === undefined || Math.abs(y(last) - y(t)) >= 1.2 * font) kept.push(t);
  }
  return { y, ticks: kept, format: y.tickFormat(c) };
}

/** Vertical positions of the line-end labels: at their lines, pushed apart to not overlap. */
function spreadLabels(ys: number[], gap: number, top: number, bottom: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  const placed = order.map((o) => o.y);
  for (let k = 1; k < placed.length; k++) {
    placed[k] = Math.max(placed[k] as number, (placed[k - 1] as number) + gap);
  }
  const overflow = (placed.at(-1) ?? bottom) - bottom;
  if (overflow > 0)
    for (let k = 0; k < placed.length; k++) placed[k] = (placed[k] as number) - overflow;
  for (let k = 0; k < placed.length; k++) placed[k] = Math.max(top, placed[k] as number);
  const out = new Array<number>(ys.length);
  order.forEach((o, k) => (out[o.i] = placed[k] as number));
  return out;
}

function dashFor(style: number, strokeWidth: number): string | undefined {
  const dash = seriesStyle(style).dash;
  if (!dash) return undefined;
  return dash
    .split(' ')
    .map((d) => px((Number(d) * strokeWidth) / 1.8))
    .join(' ');
}

export function buildPresentationChart(
  trace: Trace,
  chart: ChartName,
  options: ChartOptions,
): ChartBuild {
  const spec = CHART_SPECS[chart];
  const say = makeSay(options.words);
  const theme: ChartTheme = PRESENTATION_THEMES[options.theme ?? 'light'];
  const width = options.width ?? 960;
  const targetHeight = options.height ?? 540;
  const from = Math.max(0, Math.min(trace.durationSec, options.windowSec?.[0] ?? 0));
  const to = Math.max(from + 1, Math.min(trace.durationSec, options.windowSec?.[1] ?? Infinity));
  const clampTime = (tSec: number): number => Math.min(to, Math.max(from, tSec));
  const traces = options.compare ? [trace, options.compare] : [trace];

  const notes: string[] = [];
  if (options.compare)
    notes.push(`${say('Faded lines:')} ${options.compareLabel ?? say('Comparison run')}`);
  const panels: ShownPanel[] = [];
  for (const p of spec.panels) {
    const panel = { spec: p, series: p.series.filter((s) => !s.printOnly) };
    const level = p.noteWhenFlat ? steadyLevel(traces, panel, from, to) : null;
    if (level === null) panels.push(panel);
    else
      notes.push(
        say('{{what}} steady at about {{level}} {{unit}}', {
          what: say(p.label),
          level: localNumber(formatLevel(level), say),
          unit: say(p.unit),
        }),
      );
  }

  // A note is a sentence the reader needs whole ("Progesterone steady at about 60 ng/mL"), so a
  // narrow chart gives it more rows instead of cutting it. Broken at the largest text size; a
  // smaller size only makes the lines shorter than the width.
  const noteLines = notes.flatMap((note) => wrapText(note, options.fontPx ?? 16, width, EM));

  // Heights, in text sizes: fixed rows first, the plots share the rest. A box too short for its
  // panels at the size asked for gets smaller text, never a chart taller than its box. Event
  // names may add rows above the first panel (event-lane.ts), taken from the plots.
  const layout = (laneRows: number, maxAdded: number) => {
    const fixedRows =
      (noteLines.length + laneRows) * ROW +
      panels.length * LABEL_ROW +
      (panels.length - 1) * PANEL_GAP +
      AXIS_ROOM;
    const F = Math.min(options.fontPx ?? 16, targetHeight / (fixedRows + MIN_PLOT * panels.length));
    const plotHeight = (targetHeight - fixedRows * F) / panels.length;

    let top = noteLines.length * ROW * F;
    const rows = panels.map((panel, pi) => {
      // The first panel's label stands above the rows event names take (event-lane.ts).
      const labelTop = top;
      const plotTop = top + (LABEL_ROW + (pi === 0 ? laneRows * ROW : 0)) * F;
      const plotBottom = plotTop + plotHeight;
      top = plotBottom + PANEL_GAP * F;
      const count = Math.max(2, Math.min(5, Math.floor(plotHeight / (1.6 * F))));
      const { y, ticks, format } = yAxis(
        yDomain({ ...panel.spec, series: panel.series }, traces, sampleRange(trace, from, to)),
        [plotBottom, plotTop],
        count,
        F,
      );
      return {
        panel,
        labelTop,
        plotTop,
        plotBottom,
        y,
        ticks: ticks.map((t) => ({ t, label: localNumber(format(t), say) })),
      };
    });

    // Widths: y tick labels on the left, line-end names on the right.
    const tickWidth = Math.max(
      0,
      ...rows.flatMap((r) => r.ticks.map((t) => textWidth(t.label, F, EM))),
    );
    const plotLeft = px(tickWidth + 0.8 * F);
    const endLabels = panels.flatMap((p) =>
      p.series.length > 1 ? p.series.map((s) => say(s.short ?? s.label)) : [],
    );
    const endRoom = Math.max(0, ...endLabels.map((l) => textWidth(l, F, EM_BOLD)));
    const plotRight = px(width - (endRoom > 0 ? endRoom + 0.9 * F : 0.6 * F));
    const xScale = scaleLinear().domain([from, to]).range([plotLeft, plotRight]);

    // Event names: beside the first panel's label, else in rows added under it.
    const first = panels[0];
    const firstLabel = first
      ? textWidth(say(first.spec.label), F, EM_BOLD) +
        textWidth(` (${say(first.spec.unit)})`, F, EM)
      : 0;
    const lane = laneLabels(
      landmarks.map((e) => ({ x: xScale(e.atSeconds), name: say(LANDMARKS[e.kind] ?? '') })),
      (name) => textWidth(name, F, EM),
      (n) => `+${n} ${say('more')}`,
      { left: 0, right: width, gap: 0.6 * F, maxAdded, label: [0, Math.min(width, firstLabel)] },
    );
    return { F, fixedRows, plotHeight, rows, plotLeft, plotRight, xScale, lane };
  };
  const landmarks = trace.events.filter(
    (e) => LANDMARKS[e.kind] !== undefined && e.atSeconds >= from && e.atSeconds <= to,
  );
  // Laid out once without added rows, then with the rows the names asked for. Rows are added
  // only while the plots keep their least height at the text size asked for: names never make
  // the text smaller (a short box thins them to "+N more" instead).
  const bare = layout(0, 0);
  const spare = targetHeight / bare.F - bare.fixedRows - MIN_PLOT * panels.length;
  const allowed = Math.max(0, Math.min(LANE_EXTRA_ROWS, Math.floor(spare / ROW + 1e-9)));
  let laid = allowed > 0 ? layout(0, allowed) : bare;
  if (laid.lane.added > 0) laid = layout(laid.lane.added, laid.lane.added);
  const { F, plotHeight, rows, plotLeft, plotRight, xScale, lane } = laid;
  const height = targetHeight;
  const strokeWidth = px(Math.max(2, F * 0.16));
  const xs = sampleXs(xScale);
  const xOf = xs.at;
  const timeAt = (x: number): number => clampTime(xScale.invert(x));

  // The time axis: its step from the stretch alone, so the charts of a beat, whose plots differ in
  // width by their labels, count time alike; halved below only where its labels would touch.
  let axis = naturalTimeAxis(
    {
      fromSec: from,
      toSec: to,
      startPostpartumHours: trace.startPostpartumHours,
      events: trace.events,
      momentSec: options.momentSec,
      maxTicks: TIME_TICKS,
    },
    say,
  );
  const spanOf = (label: string, x: number): [number, number] => {
    const w = textWidth(label, F, EM);
    const left = Math.min(Math.max(0, x - w / 2), width - w);
    return [left, left + w];
  };
  while (axis.ticks.length > 2) {
    const spans = axis.ticks.map((t) => spanOf(t.label, xOf(t.sec)));
    const crowded = spans.some(
      (s, i) => i > 0 && s[0] < (spans[i - 1] as [number, number])[1] + 0.5 * F,
    );
    if (!crowded) break;
    axis = { ...axis, ticks: axis.ticks.filter((_, i) => i % 2 === 0) };
  }

  const children: SvgNode[] = [];
  const idBase = `lactasim-presentation-${chart}`;
  const chartTitle = say(spec.title);
  children.push(
    el('title', {}, [options.caseTitle ? `${chartTitle} — ${options.caseTitle}` : chartTitle]),
  );
  if (options.provenance) children.push(provenanceNode(options.provenance));
  children.push(el('rect', { width, height, fill: theme.background, class: 'background' }));
  noteLines.forEach((line, i) => {
    children.push(
      text(0, (i * ROW + ASCENT) * F, line, {
        size: F,
        fill: theme.muted,
      }),
    );
  });

  const bottom = rows.at(-1)?.plotBottom ?? noteLines.length * ROW * F;
  rows.forEach((row, pi) => {
    const { panel, plotTop, plotBottom, y } = row;
    const g: SvgNode[] = [];
    const unit = ` (${say(panel.spec.unit)})`;
    const label = fitText(say(panel.spec.label), F, width - textWidth(unit, F, EM), EM_BOLD);
    g.push(
      el('text', { x: 0, y: px(row.labelTop + ASCENT * F), 'font-size': F, fill: theme.text }, [
        el('tspan', { 'font-weight': 600 }, [label]),
        el('tspan', { fill: theme.muted }, [unit]),
      ]),
    );
    for (const { t, label: tick } of row.ticks) {
      const ty = y(t);
      g.push(
        el('line', {
          x1: plotLeft,
          x2: plotRight,
          y1: px(ty),
          y2: px(ty),
          stroke: theme.grid,
          'stroke-width': 1,
        }),
        // Kept inside the panel's rows: the top label hangs below the top line, the bottom one
        // sits on the axis, so neither touches the panel label above or the time axis below.
        text(
          plotLeft - 0.4 * F,
          Math.min(plotBottom, Math.max(plotTop + 0.85 * F, ty + 0.35 * F)),
          tick,
          {
            size: F,
            anchor: 'end',
            fill: theme.muted,
          },
        ),
      );
    }
    g.push(
      el('line', {
        x1: plotLeft,
        x2: plotRight,
        y1: px(plotBottom),
        y2: px(plotBottom),
        stroke: theme.axis,
        'stroke-width': 1.5,
      }),
    );
    const clipId = `${idBase}-clip-${pi}`;
    g.push(
      el('clipPath', { id: clipId }, [
        el('rect', {
          x: plotLeft,
          y: px(plotTop - strokeWidth),
          width: px(plotRight - plotLeft),
          height: px(plotHeight + 2 * strokeWidth),
        }),
      ]),
    );
    const lines: SvgNode[] = [];
    if (options.compare) {
      const range = sampleRange(options.compare, from, to);
      for (const s of panel.series) {
        const d = linePath(options.compare, s, xs, y, range, options.columnsPerUnit);
        lines.push(...compareLine(d, presentationColor(theme, s), px(strokeWidth * 3), 0.35));
      }
    }
    const range = sampleRange(trace, from, to);
    for (const s of panel.series) {
      lines.push(
        ...seriesPaths(
          {
            class: 'series',
            'data-channel': s.channel,
            d: linePath(trace, s, xs, y, range, options.columnsPerUnit),
            fill: 'none',
            stroke: presentationColor(theme, s),
            'stroke-width': strokeWidth,
            // Dashes tell two lines of one panel apart (with their names); one line stays solid.
            'stroke-dasharray': panel.series.length > 1 ? dashFor(s.style, strokeWidth) : undefined,
            'stroke-linejoin': 'round',
          },
          options.columnsPerUnit !== undefined,
        ),
      );
    }
    g.push(el('g', { 'clip-path': `url(#${clipId})` }, lines));
    // Two lines in a panel are named at their right ends, in their colours; one line is named
    // by the panel label above it.
    if (panel.series.length > 1) {
      const ends = panel.series.map((s) => y(valueAt(trace, s.channel, to) * (s.factor ?? 1)));
      const placed = spreadLabels(
        ends.map((e) => (Number.isFinite(e) ? e : plotBottom)),
        1.15 * F,
        plotTop + 0.45 * F,
        plotBottom - 0.3 * F,
      );
      panel.series.forEach((s, i) => {
        g.push(
          text(plotRight + 0.5 * F, (placed[i] as number) + 0.35 * F, say(s.short ?? s.label), {
            size: F,
            weight: 600,
            fill: presentationColor(theme, s),
          }),
        );
      });
    }
    children.push(el('g', { class: 'panel', 'data-panel': panel.spec.label }, g));
  });

  // Landmarks cross every plot; their names stand above the first (event-lane.ts).
  const firstTop = rows[0]?.plotTop ?? 0;
  const marks = laneMarks(
    landmarks.map((e) => xOf(e.atSeconds)),
    lane.labels,
    (row) => firstTop - (LABEL_ROW - ASCENT + row * ROW) * F,
    rows.map((r) => [r.plotTop, r.plotBottom]),
    {
      font: F,
      descent: DESCENT,
      line: theme.event,
      lineWidth: 1.5,
      dash: '6 4',
      text: theme.text,
      halo: theme.background,
      haloWidth: px(0.3 * F),
    },
  );
  children.push(el('g', { class: 'landmarks' }, marks));

  const tickBaseline = bottom + (0.4 + ASCENT) * F;
  children.push(
    el('g', { class: 'x-axis' }, [
      ...axis.ticks.flatMap((t) => {
        const x = xOf(t.sec);
        const [left] = spanOf(t.label, x);
        return [
          el('line', {
            x1: px(x),
            x2: px(x),
            y1: px(bottom),
            y2: px(bottom + 0.3 * F),
            stroke: theme.axis,
            'stroke-width': 1.5,
          }),
          text(left, tickBaseline, t.label, { size: F, fill: theme.muted }),
        ];
      }),
      text((plotLeft + plotRight) / 2, tickBaseline + ROW * F, fitText(axis.title, F, width, EM), {
        size: F,
        anchor: 'middle',
        fill: theme.text,
      }),
    ]),
  );

  if (options.cursorSec !== undefined) {
    children.push(
      cursorGroup({
        x: xOf(clampTime(options.cursorSec)),
        top: firstTop,
        bottom,
        color: theme.cursor,
        strokeWidth,
      }),
    );
  }

  const tree = chartRoot(chart, width, height, children, { 'data-style': 'presentation' });
  return {
    tree,
    width,
    height,
    plotLeft,
    plotRight,
    plotTop: firstTop,
    plotBottom: bottom,
    plotRows: rows.map((r) => [r.plotTop, r.plotBottom]),
    cursorColor: theme.cursor,
    timeAt,
    xAt: (t) => xOf(clampTime(t)),
  };
}
