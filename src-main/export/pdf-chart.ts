// One chart drawn into a PDF as vectors: the same tree as every other export, text outlined with
// Inter (so it looks identical to the SVG and PNG files, with no font lookup inside svg-to-pdfkit),
// drawn by svg-to-pdfkit as path operators. Any PDF that shows charts (the case report, handouts)
// calls `drawChart`.
import SVGtoPDF from 'svg-to-pdfkit';
import {
  buildChart,
  CHART_SPECS,
  describeRun,
  serializeSvg,
  type ChartBuild,
  type ChartName,
  type SvgNode,
} from '../charts/index';
import type { Trace } from '../sim/trace';
import { outlineText } from './outline-text';

export interface ChartBox {
  /** Left edge, PDF points. */
  x: number;
  /** Top edge, PDF points. */
  y: number;
  /** Width the chart is scaled to, PDF points; the height follows the chart's aspect ratio. */
  width: number;
}

export interface DrawChartOptions {
  /** Shown in the chart's subtitle; the report passes the case title. */
  caseTitle?: string;
  /** Chart layout width in SVG units before scaling (the export default, 800). */
  layoutWidth?: number;
  /** A second run drawn underneath, faded (a what-if over the family's pattern). */
  compare?: { trace: Trace; label: string };
  /** The chart's words in the reader's language or register (buildChart's `words`). */
  words?: Readonly<Record<string, string>>;
  /** Replaces the line under the title. */
  subtitle?: string;
  /** Only this span of the run, model seconds (a lesson beat's stretch). */
  windowSec?: readonly [number, number];
  /** Time ticks count from the window's start (buildChart's `timeFromWindowStart`). */
  timeFromWindowStart?: true;
}

const LAYOUT_WIDTH = 800;

/** A long run's chart takes a while to build; measuring then drawing builds it once. */
const builds = new WeakMap<Trace, Map<string, ChartBuild>>();

/** Names a comparison run inside a cache key without holding on to it. */
const compareIds = new WeakMap<Trace, number>();
let lastCompareId = 0;
function compareId(trace: Trace): number {
  let id = compareIds.get(trace);
  if (id === undefined) compareIds.set(trace, (id = ++lastCompareId));
  return id;
}

function build(trace: Trace, chart: ChartName, o: DrawChartOptions): ChartBuild {
  const against = o.compare ? `${compareId(o.compare.trace)}|${o.compare.label}` : '';
  const said = o.words ? JSON.stringify(o.words) : '';
  const key = `${chart}|${o.layoutWidth ?? LAYOUT_WIDTH}|${o.caseTitle ?? ''}|${against}|${said}|${o.subtitle ?? ''}|${o.windowSec?.join('-') ?? ''}|${o.timeFromWindowStart ?? ''}`;
  let perTrace = builds.get(trace);
  if (perTrace === undefined) builds.set(trace, (perTrace = new Map()));
  let built = perTrace.get(key);
  if (built === undefined) {
    built = buildChart(trace, chart, {
      width: o.layoutWidth ?? LAYOUT_WIDTH,
      ...(o.caseTitle !== undefined ? { caseTitle: o.caseTitle } : {}),
      ...(o.compare ? { compare: o.compare.trace, compareLabel: o.compare.label } : {}),
      ...(o.words ? { words: o.words } : {}),
      ...(o.subtitle !== undefined ? { subtitle: o.subtitle } : {}),
      ...(o.windowSec ? { windowSec: o.windowSec } : {}),
      ...(o.timeFromWindowStart ? { timeFromWindowStart: true as const } : {}),
    });
    perTrace.set(key, built);
  }
  return built;
}

function withoutFill(node: SvgNode): SvgNode {
  return {
    ...node,
    attrs: { ...node.attrs, fill: 'none' },
    children: node.children.map((c) => (typeof c === 'string' ? c : withoutFill(c))),
  };
}

/**
 * svg-to-pdfkit ignores `paint-order`, so a label's white halo would be stroked over its letters.
 * Draw such nodes twice instead: the halo (stroke only) first, then the letters (fill only).
 */
function haloFirst(node: SvgNode): SvgNode {
  if (node.attrs['paint-order'] !== 'stroke') {
    return {
      ...node,
      children: node.children.map((c) => (typeof c === 'string' ? c : haloFirst(c))),
    };
  }
  const attrs = { ...node.attrs };
  delete attrs['paint-order'];
  const bare = { ...node, attrs };
  return {
    tag: 'g',
    attrs: {},
    children: [withoutFill(bare), { ...bare, attrs: { ...attrs, stroke: 'none' } }],
  };
}

/**
 * Draws `chart` of `trace` at `box` on the current page of `doc` as vector paths and returns the
 * height drawn in points. The caller moves `doc.y` and handles page breaks (check the height first
 * with `chartHeight`). Text is outlined, so the chart's words are not extractable: put a caption
 * beside it.
 */
export function drawChart(
  doc: PDFKit.PDFDocument,
  trace: Trace,
  chart: ChartName,
  box: ChartBox,
  options: DrawChartOptions = {},
): number {
  const built = build(trace, chart, options);
  const height = (box.width * built.height) / built.width;
  const svg = serializeSvg(haloFirst(outlineText(built.tree)));
  doc.save();
  // The type definitions name the PDFDocument class where pdfkit passes an instance.
  SVGtoPDF(doc as unknown as Parameters<typeof SVGtoPDF>[0], svg, box.x, box.y, {
    width: box.width,
    height,
    preserveAspectRatio: 'xMinYMin meet',
    warningCallback: (w) => {
      throw new Error(`chart ${chart} cannot be drawn into the PDF: ${w}`);
    },
  });
  doc.restore();
  return height;
}

/** Height in points `drawChart` will use for `chart` at `width` points, without drawing it. */
export function chartHeight(
  trace: Trace,
  chart: ChartName,
  width: number,
  options: DrawChartOptions = {},
): number {
  const built = build(trace, chart, options);
  return (width * built.height) / built.width;
}

/**
 * A clinician chart's text alternative for a tagged PDF (its words are outlined shapes): the
 * title, each panel with its unit and lines, and the stretch of the run it shows.
 */
export function chartAlt(
  trace: Trace,
  chart: ChartName,
  windowSec?: readonly [number, number],
): string {
  const spec = CHART_SPECS[chart];
  const panels = spec.panels.map(
    (p) => `${p.label} (${p.unit}): ${p.series.map((s) => s.label).join(', ')}`,
  );
  const [from, to] = windowSec ?? [0, trace.durationSec];
  const run = describeRun(trace.startPostpartumHours + from / 3600, to - from);
  return `Chart: ${spec.title}. ${panels.join('; ')}. ${run}.`;
}
