// CSV of what a chart plots: one row per trace sample, units in the column names, provenance as
// '#' comment lines before the header (pandas: comment='#'; R: comment.char='#'). A comparison CSV
// has both runs side by side: the fork's columns carry a `fork_` prefix.
import { csvFormatRows } from 'd3-dsv';
import {
  CHART_SPECS,
  provenanceEntries,
  valueAt,
  type ChartName,
  type Provenance,
} from '../charts/index';
import type { Trace } from '../sim/trace';

/** Rounds to 6 significant decimals: the engine's precision, without float noise. */
function cell(v: number): string {
  return Number.isFinite(v) ? String(Math.round(v * 1e6) / 1e6) : '';
}

export const FORK_PREFIX = 'fork_';

function seriesOf(chart: ChartName) {
  return CHART_SPECS[chart].panels.flatMap((p) => p.series);
}

export function chartColumns(chart: ChartName): string[] {
  return ['time_s', ...seriesOf(chart).map((s) => s.column)];
}

function header(chart: ChartName, provenance: Provenance, lines: string[] = []): string {
  return [
    `# LactaSim chart data: ${CHART_SPECS[chart].title}`,
    ...lines,
    ...provenanceEntries(provenance).map(([k, v]) => `# ${k}: ${v.replace(/[\r\n]+/g, ' ')}`),
  ].join('\n');
}

export function chartCsv(trace: Trace, chart: ChartName, provenance: Provenance): string {
  const series = seriesOf(chart);
  const rows: string[][] = [chartColumns(chart)];
  for (let i = 0; i < trace.timesSec.length; i++) {
    rows.push([
      cell(trace.timesSec[i] as number),
      ...series.map((s) => cell((trace.channels[s.channel][i] as number) * (s.factor ?? 1))),
    ]);
  }
  return `${header(chart, provenance)}\n${csvFormatRows(rows)}\n`;
}

/** Every sample time of either run, in order, each once. */
function unionTimes(a: Float64Array, b: Float64Array): number[] {
  return [...new Set([...a, ...b])].sort((x, y) => x - y);
}

/**
 * Both runs of a comparison. The engine samples each run where it changes, so the fork has other
 * sample times than the original: the rows are the times of either, and each run is read there
 * (exact at its own samples, linear between them).
 */
export function compareCsv(
  base: Trace,
  fork: Trace,
  chart: ChartName,
  provenance: Provenance,
): string {
  const series = seriesOf(chart);
  const columns = chartColumns(chart);
  const rows: string[][] = [[...columns, ...columns.slice(1).map((c) => FORK_PREFIX + c)]];
  for (const t of unionTimes(base.timesSec, fork.timesSec)) {
    const read = (trace: Trace) =>
      series.map((s) => cell(valueAt(trace, s.channel, t) * (s.factor ?? 1)));
    rows.push([cell(t), ...read(base), ...read(fork)]);
  }
  const note = `# Columns without a prefix: this run; ${FORK_PREFIX}…: the fork (${provenance.fork?.label ?? 'comparison run'})`;
  return `${header(chart, provenance, [note.replace(/[\r\n]+/g, ' ')])}\n${csvFormatRows(rows)}\n`;
}
