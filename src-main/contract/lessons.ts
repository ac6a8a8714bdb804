// Lesson methods: ordered story beats over cases, presented to a classroom. A beat names a case
// by id, a moment (or range) of its timeline, what the view shows, a caption for the audience and
// speaker notes. Times cross the boundary as ISO 8601 strings in UTC.
import { z } from 'zod';
import { CHART_NAMES } from '../charts/chart-specs';
import { caseIdSchema, type BundleCase, type ImportCheckResponse } from './cases';
import { method } from './define';
import type { ExportedFile } from './export';
import { blockText, lineText } from './text';

/** `l_` + 12 base32 characters for the user's lessons, `lb_<slug>` for built-ins. */
export const lessonIdSchema = z.string().regex(/^lb?_[a-z0-9-]{1,80}$/, 'not a lesson id');

/** Short enough to read from the back of a lecture hall. */
export const CAPTION_MAX = 160;
export const BEATS_MAX = 200;

export const beatViewSchema = z
  .object({
    anatomy: z.enum(['classical', 'ultrasound']).default('classical'),
    side: z.enum(['left', 'right']).default('left'),
    /** Charts shown beside the drawing, in order; none for an anatomy-only beat. */
    charts: z.array(z.enum(CHART_NAMES)).max(3).default([]),
    /** A structure (glossary term id, e.g. `alveolus`) the view highlights and names. */
    zoom: z
      .string()
      .regex(/^[a-z][a-zA-Z-]{0,40}$/, 'not a structure name')
      .nullable()
      .default(null),
  })
  .strict();
export type BeatView = z.infer<typeof beatViewSchema>;

export const lessonBeatSchema = z
  .object({
    caseId: caseIdSchema,
    /** The moment shown, hours from the scenario's start. */
    atHours: z
      .number()
      .min(0)
      .max(24 * 366),
    /** End of a range the beat may play through; absent for a single moment. */
    untilHours: z
      .number()
      .min(0)
      .max(24 * 366)
      .optional(),
    view: beatViewSchema.default({ anatomy: 'classical', side: 'left', charts: [], zoom: null }),
    caption: lineText(CAPTION_MAX),
    notes: blockText(10_000).default(''),
  })
  .strict()
  .refine((b) => b.untilHours === undefined || b.untilHours > b.atHours, {
    message: 'untilHours must be after atHours',
    path: ['untilHours'],
  });
export type LessonBeat = z.infer<typeof lessonBeatSchema>;
export type LessonBeatInput = z.input<typeof lessonBeatSchema>;

export const lessonTitleSchema = lineText(200);
export const lessonSummarySchema = blockText(2000);
export const lessonBeatsSchema = z.array(lessonBeatSchema).max(BEATS_MAX);

export interface LessonSummary {
  id: string;
  title: string;
  summary: string;
  /** Built-ins are read-only; duplicate one to change it. */
  builtin: boolean;
  beatCount: number;
  revision: number;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

export interface LessonDetail extends LessonSummary {
  beats: LessonBeat[];
}

export const LESSON_BUNDLE_FORMAT = 'lactasim/lesson-bundle@1';

export interface LessonBundleLesson {
  title: string;
  summary: string;
  beats: LessonBeat[];
}

/**
 * One file with lessons and the user cases their beats use. Beats that name a built-in case
 * (`b_<slug>`) point at the importing library's own built-in; every other case is in `cases`
 * with its exporting id, and gets a new id on import.
 */
export interface LessonBundle {
  format: typeof LESSON_BUNDLE_FORMAT;
  exportedAt: string;
  app: { version: string };
  lessons: LessonBundleLesson[];
  cases: (BundleCase & { id: string })[];
}

export interface LessonImportResponse {
  lessons: { id: string; title: string }[];
  cases: { id: string; title: string }[];
}

const idRequest = z.object({ id: lessonIdSchema }).strict();

export const lessonMethods = {
  'lessons.list': method<{ lessons: LessonSummary[] }>()(
    z.object({ includeDeleted: z.boolean().default(false) }).strict(),
  ),
  'lessons.get': method<LessonDetail>()(idRequest),
  'lessons.create': method<LessonDetail>()(
    z
      .object({
        title: lessonTitleSchema,
        summary: lessonSummarySchema.default(''),
        beats: lessonBeatsSchema.default([]),
      })
      .strict(),
  ),
  'lessons.update': method<LessonDetail>()(
    z
      .object({
        id: lessonIdSchema,
        baseRevision: z.number().int().min(1),
        patch: z
          .object({
            title: lessonTitleSchema.optional(),
            summary: lessonSummarySchema.optional(),
            beats: lessonBeatsSchema.optional(),
          })
          .strict()
          .refine((p) => Object.keys(p).length > 0, { message: 'patch is empty' }),
      })
      .strict(),
  ),
  'lessons.duplicate': method<LessonDetail>()(idRequest),
  /** Like cases: the lesson stays in the trash until `purgeAfter`. */
  'lessons.delete': method<{ id: string; deletedAt: string; purgeAfter: string }>()(idRequest),
  'lessons.undoDelete': method<LessonSummary>()(idRequest),
  'lessons.exportBundle': method<LessonBundle>()(
    z.object({ ids: z.array(lessonIdSchema).min(1).max(500) }).strict(),
  ),
  /**
   * Checks a lesson bundle as an import would, writing nothing: `count` lessons and cases, and
   * the titles already in use (lessons among lessons, cases among cases).
   */
  'lessons.checkImport': method<ImportCheckResponse>()(z.object({ bundle: z.unknown() }).strict()),
  'lessons.importBundle': method<LessonImportResponse>()(
    z
      .object({
        bundle: z.unknown(),
        /** 'rename': titles already in use get a number, "Supply and demand (2)". */
        duplicateTitles: z.enum(['keep', 'rename']).optional(),
      })
      .strict(),
  ),
  /** A printable PDF: every beat's caption, notes and charts. */
  'lessons.handout': method<{ file: ExportedFile }>()(idRequest),
};

export type LessonMethodName = keyof typeof lessonMethods;
