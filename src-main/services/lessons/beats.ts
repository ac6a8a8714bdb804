// Beat checks that need the case library: the case a beat names must exist and be live, and the
// beat's moment must fall inside that case's simulated run.
import { AppError, formatPath, type ErrorCode } from '../../contract/errors';
import {
  lessonBeatSchema,
  type LessonBeat,
  type LessonDetail,
  type LessonSummary,
} from '../../contract/lessons';
import type { CaseRecord, LessonRecord } from '../../store/index';
import { iso } from '../records';

export type CaseLookup = (id: string) => CaseRecord | undefined;

function durationHours(record: CaseRecord): number | null {
  const d = (record.scenario as { durationHours?: unknown } | null)?.durationHours;
  return typeof d === 'number' ? d : null;
}

/** Throws on the first beat that names a missing case or a moment past its run's end. */
export function checkBeatCases(
  beats: readonly LessonBeat[],
  lookup: CaseLookup,
  prefix: string,
  code: ErrorCode = 'BAD_REQUEST',
): void {
  beats.forEach((beat, i) => {
    const at = `${prefix}[${i}]`;
    const record = lookup(beat.caseId);
    if (record === undefined || record.deletedAt !== null) {
      throw new AppError(
        code === 'BAD_REQUEST' ? 'NOT_FOUND' : code,
        code === 'BAD_IMPORT'
          ? `${at}.caseId: case ${beat.caseId} is neither in the bundle nor a built-in case of this library`
          : `${at}.caseId: no case with id ${beat.caseId} in this library`,
        `${at}.caseId`,
      );
    }
    const hours = durationHours(record);
    for (const key of ['atHours', 'untilHours'] as const) {
      const v = beat[key];
      if (v !== undefined && hours !== null && v > hours) {
        throw new AppError(
          code,
          `${at}.${key}: ${v} h is after the end of "${record.title}" (${hours} h)`,
          `${at}.${key}`,
        );
      }
    }
  });
}

/** Beats read back from the store are re-validated: nothing malformed reaches the renderer. */
export function parseStoredBeats(raw: readonly unknown[], where: string): LessonBeat[] {
  return raw.map((b, i) => {
    const parsed = lessonBeatSchema.safeParse(b);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const path = `${where}[${i}]${issue ? `.${formatPath(issue.path)}` : ''}`;
      throw new AppError('INTERNAL', `${path}: ${issue?.message ?? 'invalid beat'}`, path);
    }
    return parsed.data;
  });
}

export function toLessonSummary(r: LessonRecord): LessonSummary {
  return {
    id: r.id,
    title: r.title,
    summary: r.summary,
    builtin: r.builtinSlug !== null,
    beatCount: r.beats.length,
    revision: r.revision,
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
    deletedAt: r.deletedAt === null ? null : iso(r.deletedAt),
  };
}

export function toLessonDetail(r: LessonRecord): LessonDetail {
  return { ...toLessonSummary(r), beats: parseStoredBeats(r.beats, 'beats') };
}
