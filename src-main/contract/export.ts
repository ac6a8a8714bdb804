// Export methods: the main side renders chart files (SVG, PNG, CSV, PDF report) with provenance and
// returns them as bytes for the renderer to offer as downloads (the web edition has no file system).
import { z } from 'zod';
import { CHART_NAMES } from '../charts/chart-specs';
import { scenarioSchema } from '../sim/scenario';
import { method } from './define';

export const EXPORT_FORMATS = ['svg', 'png', 'csv', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const PNG_SIZES = ['screen', '2x', 'print'] as const;
export type PngSize = (typeof PNG_SIZES)[number];

export interface ExportedFile {
  filename: string;
  mime: string;
  /** The file's bytes in base64, so the response crosses HTTP as JSON unchanged. */
  base64: string;
}

export const exportMethods = {
  /** Files of one format for the chosen charts: one per chart, or one PDF report for them all. */
  'export.charts': method<{ files: ExportedFile[] }>()(
    z
      .object({
        scenario: scenarioSchema,
        caseTitle: z.string().trim().min(1).max(200),
        charts: z.union([z.literal('all'), z.array(z.enum(CHART_NAMES)).min(1)]),
        format: z.enum(EXPORT_FORMATS),
        pngSize: z.enum(PNG_SIZES).default('2x'),
      })
      .strict(),
  ),
};
