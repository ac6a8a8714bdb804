// CSV of what a chart plots: one row per trace sample, units in the column names, provenance as
// '#' comment lines before the header (pandas: comment='#'; R: comment.char='#').
import { csvFormatRows } from 'd3-dsv';
import { CHART_SPECS, provenanceEntries, type ChartName, type Provenance } from '../charts/index';
import type { Trace } from '../sim/trace';

/** Rounds to 6 significant decimals: the engine's precision, without float noise. */
function cell(v: number): string {
  return Number.isFinite(v) ? String(Math.round(v * 1e6) / 1e6) : '';
}

export function chartColumns(chart: ChartName): string[] {
  return ['time_s', ...CHART_SPECS[chart].panels.flatMap((p) => p.series.map((s) => s.column))];
}

export function chartCsv(trace: Trace, chart: ChartName, provenance: Provenance): string {
  const series = CHART_SPECS[chart].panels.flatMap((p) => p.series);
  const rows: string[][] = [chartColumns(chart)];
  for (let i = 0; i < trace.timesSec.length; i++) {
    rows.push([
      cell(trace.timesSec[i] as number),
      ...series.map((s) => cell((trace.channels[s.channel][i] as number) * (s.factor ?? 1))),
    ]);
  }
  const header = [
    `# LactaSim chart data: ${CHART_SPECS[chart].title}`,
    ...provenanceEntries(provenance).map(([k, v]) => `# ${k}: ${v.replace(/[\r\n]+/g, ' ')}`),
  ];
  return `${header.join('\n')}\n${csvFormatRows(rows)}\n`;
}
