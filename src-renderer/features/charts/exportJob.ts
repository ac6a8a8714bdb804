// A long export ("all formats" of several charts) as a list of small main-side calls, so the panel
// can show "N of M files" and stop between calls. Cancelling discards every file already made:
// nothing is downloaded or saved unless the whole export finished.
import type { ChartName } from '../../../src-main/charts/chart-specs';
import type { ExportedFile, ExportFormat, PngSize } from '../../../src-main/contract/export';

export interface ExportStep {
  charts: ChartName[];
  format: ExportFormat;
  pngSize?: PngSize;
}

/** What the export menu offers: one format, or every format and size at once. */
export type MenuChoice = { format: ExportFormat; pngSize?: PngSize } | { format: 'all' };

const ALL_FORMATS: { format: ExportFormat; pngSize?: PngSize }[] = [
  { format: 'svg' },
  { format: 'png', pngSize: 'screen' },
  { format: 'png', pngSize: '2x' },
  { format: 'png', pngSize: 'print' },
  { format: 'csv' },
];

/**
 * One step per file: each chart of each per-chart format, then the PDF report of all the charts
 * as one step (it is one file).
 */
export function planExport(charts: ChartName[], choice: MenuChoice): ExportStep[] {
  const formats = choice.format === 'all' ? [...ALL_FORMATS, { format: 'pdf' as const }] : [choice];
  return formats.flatMap((f) =>
    f.format === 'pdf'
      ? [{ charts, format: 'pdf' }]
      : charts.map((chart) => ({ ...f, charts: [chart] })),
  );
}

export interface ExportRun {
  /** Resolves with every file in plan order, or null when cancelled. */
  files: Promise<ExportedFile[] | null>;
  cancel(): void;
}

/** Runs the steps one after another, reporting files made so far; `cancel` stops before the next. */
export function runExport(
  steps: ExportStep[],
  exportStep: (step: ExportStep) => Promise<ExportedFile[]>,
  onProgress: (done: number, total: number) => void,
): ExportRun {
  let cancelled = false;
  const files = (async () => {
    const made: ExportedFile[] = [];
    onProgress(0, steps.length);
    for (const step of steps) {
      if (cancelled) return null;
      made.push(...(await exportStep(step)));
      // A call that finished after Cancel is dropped with the rest.
      if (cancelled) return null;
      onProgress(made.length, steps.length);
    }
    return made;
  })();
  return {
    files,
    cancel: () => {
      cancelled = true;
    },
  };
}
