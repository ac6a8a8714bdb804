// Lesson bundles: lessons plus the user cases their beats use, in one `.lactasim-lesson` file
// (LactaSim 0.1's `.lactasim-lesson.json` still import). The cases reuse the case bundle's schema
// and checks (services/cases/bundle.ts), so a case inside a lesson bundle is held to exactly the
// same rules as one in a case bundle. The whole file is checked, and every beat resolved, before
// the first row is written.
import { z } from 'zod';
import { BUNDLE_FORMAT, type BundleCase } from '../../contract/cases';
import { AppError, formatPath } from '../../contract/errors';
import {
  LESSON_BUNDLE_FORMAT,
  lessonBeatSchema,
  lessonSummarySchema,
  lessonTitleSchema,
  type LessonBeat,
  type LessonBundle,
  type LessonBundleLesson,
} from '../../contract/lessons';
import { firstRevision, type CaseRecord, type LessonRecord } from '../../store/index';
import { buildBundle, validateBundle } from '../cases/bundle';
import { checkBeatCases, parseStoredBeats, type CaseLookup } from './beats';

const envelopeSchema = z
  .object({
    format: z.literal(LESSON_BUNDLE_FORMAT),
    exportedAt: z.iso.datetime({ offset: true }).optional(),
    app: z
      .object({ version: z.string().max(50) })
      .strict()
      .optional(),
    lessons: z.array(z.unknown()).min(1).max(500),
    cases: z.array(z.unknown()).max(10_000).default([]),
  })
  .strict();

const bundleLessonSchema = z
  .object({
    title: lessonTitleSchema,
    summary: lessonSummarySchema.default(''),
    beats: z.array(lessonBeatSchema).max(200),
  })
  .strict();

function bad(message: string, path?: string): AppError {
  return new AppError('BAD_IMPORT', message, path);
}

function firstIssue(error: z.ZodError, prefix: string): AppError {
  const issue = error.issues[0];
  const inner = issue === undefined ? '' : formatPath(issue.path);
  const path =
    inner === '' ? prefix : inner.startsWith('[') ? `${prefix}${inner}` : `${prefix}.${inner}`;
  return bad(`${path || 'bundle'}: ${issue?.message ?? 'invalid'}`, path);
}

export const isBuiltinCaseId = (id: string): boolean => id.startsWith('b_');

/** Every case id the lessons' beats use, first use first. */
export function usedCaseIds(lessons: readonly { beats: readonly LessonBeat[] }[]): string[] {
  return [...new Set(lessons.flatMap((l) => l.beats.map((b) => b.caseId)))];
}

export function buildLessonBundle(
  lessons: readonly LessonRecord[],
  lookup: CaseLookup,
  appVersion: string,
  now: number,
): LessonBundle {
  const parsed = lessons.map((l, i) => ({
    title: l.title,
    summary: l.summary,
    beats: parseStoredBeats(l.beats, `lessons[${i}].beats`),
  }));
  const records: CaseRecord[] = [];
  for (const id of usedCaseIds(parsed)) {
    if (isBuiltinCaseId(id)) continue;
    const record = lookup(id);
    if (record === undefined) {
      throw new AppError('NOT_FOUND', `A beat names case ${id}, which is no longer in the library`);
    }
    records.push(record);
  }
  // Personal details never travel with a lesson: a classroom file must not carry a family's data.
  const cases = buildBundle(records, false, appVersion, now).cases as LessonBundle['cases'];
  return {
    format: LESSON_BUNDLE_FORMAT,
    exportedAt: new Date(now).toISOString(),
    app: { version: appVersion },
    lessons: parsed,
    cases,
  };
}

export interface ValidatedLessonBundle {
  lessons: LessonBundleLesson[];
  /** Cases to insert, each with the id the bundle's beats use for it. */
  cases: (BundleCase & { id: string })[];
}

/**
 * Checks the whole bundle: envelope, every case (as a case bundle would be checked), every
 * lesson and beat, and that every beat names a case in the file or a built-in of this library.
 */
export function validateLessonBundle(value: unknown, lookup: CaseLookup): ValidatedLessonBundle {
  const format = (value as { format?: unknown } | null)?.format;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw bad(`expected a LactaSim lesson bundle object with "format": "${LESSON_BUNDLE_FORMAT}"`);
  }
  if (format !== LESSON_BUNDLE_FORMAT) {
    const hint =
      format === BUNDLE_FORMAT ? ' (this is a case bundle: import it in the case library)' : '';
    throw bad(
      `not a LactaSim lesson bundle: "format" must be "${LESSON_BUNDLE_FORMAT}"${hint}`,
      'format',
    );
  }
  const envelope = envelopeSchema.safeParse(value);
  if (!envelope.success) throw firstIssue(envelope.error, '');

  const cases = validateBundle({ format: BUNDLE_FORMAT, cases: envelope.data.cases });
  const withIds = cases.map((c, i) => {
    if (c.id === undefined)
      throw bad(`cases[${i}].id: required in a lesson bundle`, `cases[${i}].id`);
    return { ...c, id: c.id };
  });
  const inFile = new Map(withIds.map((c) => [c.id, c]));

  const lessons = envelope.data.lessons.map((raw, i) => {
    const parsed = bundleLessonSchema.safeParse(raw);
    if (!parsed.success) throw firstIssue(parsed.error, `lessons[${i}]`);
    return parsed.data;
  });
  lessons.forEach((lesson, i) => {
    // A case from the file stands in for itself so its duration can be checked like a stored one.
    const resolve: CaseLookup = (id) => {
      const c = inFile.get(id);
      if (c !== undefined) {
        return { ...c, personal: null, ...firstRevision(c.id, 0) };
      }
      const local = lookup(id);
      return local?.builtinSlug != null ? local : undefined;
    };
    checkBeatCases(lesson.beats, resolve, `lessons[${i}].beats`, 'BAD_IMPORT');
  });
  return { lessons, cases: withIds };
}
