// Export methods: the main side renders chart files (SVG, PNG, CSV, PDF report) with provenance and
// returns them as bytes. The web edition offers them as downloads; the desktop app hands them back
// to `export.save`, which asks where to save them with the system's save dialog. One contract for
// both editions: the web edition's `export.save` refuses (it has no dialog and its renderer never
// calls it).
import { z } from 'zod';
import { CHART_NAMES } from '../charts/chart-specs';
import { CHART_STYLES, CHART_THEMES } from '../charts/chart-theme';
import { scenarioSchema } from '../sim/scenario';
import type { Provenance } from '../charts/provenance';
import { method } from './define';
import { drawingSchema } from './svg-drawing';
import { LANGUAGES } from './parent';
import { lineText } from './text';

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

/** A file name the renderer may ask to save: no folders, no hidden files, no `..`. */
export const SAFE_FILENAME = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,199}$/;

/** The anatomy drawing as a file: SVG, PNG, or a bare PNG frame of an animation. */
export const DRAWING_FORMATS = ['svg', 'png', 'frame'] as const;

export type SaveResult = { status: 'saved'; paths: string[] } | { status: 'cancelled' };

export const exportMethods = {
  /** Files of one format for the chosen charts: one per chart, or one PDF report for them all. */
  'export.charts': method<{ files: ExportedFile[] }>()(
    z
      .object({
        scenario: scenarioSchema,
        caseTitle: lineText(200),
        charts: z.union([z.literal('all'), z.array(z.enum(CHART_NAMES)).min(1)]),
        format: z.enum(EXPORT_FORMATS),
        pngSize: z.enum(PNG_SIZES).default('2x'),
        /** SVG and PNG only; the PDF report is a printed document and keeps the print style. */
        style: z.enum(CHART_STYLES).default('print'),
        /** Whose colours a presentation-style file takes. */
        theme: z.enum(CHART_THEMES).default('light'),
        /**
         * The words of SVG and PNG charts: the interface language. The PDF report and CSV
         * column names stay English (the report's built-in evidence is English content).
         */
        language: z.enum(LANGUAGES).default('en'),
        /**
         * A fork of the case (Fork and compare): drawn over every chart with the table of
         * differences after `atSec`; a CSV has both runs' columns.
         */
        compare: z
          .object({
            scenario: scenarioSchema,
            /** What the fork changed and when, as the screen says it. */
            label: lineText(300),
            /** Where the fork starts, model seconds. */
            atSec: z.number().finite().min(0),
          })
          .strict()
          .optional(),
      })
      .strict(),
  ),
  /**
   * The anatomy drawing as it is on screen (the renderer sends its shapes, `svg-drawing.ts`),
   * with provenance: an SVG or PNG file, or a PNG frame of an animation that the renderer encodes
   * (its provenance comes back for the animation file to record).
   */
  'export.anatomy': method<{ files: ExportedFile[]; provenance: Provenance }>()(
    z
      .object({
        scenario: scenarioSchema,
        caseTitle: lineText(200),
        /** What and when the drawing shows, e.g. "Left breast, day 42 10:15": the file's title. */
        title: lineText(300),
        drawing: drawingSchema,
        format: z.enum(DRAWING_FORMATS),
        /** PNG files: 2× the drawing's size on screen, or 300 dpi print. */
        pngSize: z.enum(PNG_SIZES).default('2x'),
        /** Frames: the width in pixels (the height keeps the drawing's proportions). */
        frameWidth: z.number().int().min(160).max(3840).default(960),
      })
      .strict(),
  ),
  /**
   * Desktop only: saves files made by `export.charts`. One file goes through a save dialog,
   * several into a folder the user chooses; an existing file in that folder is never overwritten
   * (the new one gets a number). Closing the dialog resolves with `cancelled`.
   */
  'export.save': method<SaveResult>()(
    z
      .object({
        files: z
          .array(
            z
              .object({
                filename: z
                  .string()
                  .regex(SAFE_FILENAME, 'a plain file name (letters, digits, . _ @ -)')
                  .refine((n) => !n.includes('..'), 'a plain file name without ".."'),
                mime: z.string().min(1).max(100),
                base64: z.base64(),
              })
              .strict(),
          )
          .min(1)
          .max(500)
          .refine((fs) => new Set(fs.map((f) => f.filename)).size === fs.length, {
            message: 'file names must be unique',
          }),
      })
      .strict(),
  ),
};
