// The read-only lessons shipped in resources/lessons, kept in step on every open like the built-in
// cases: added when new, replaced when the file changed (content hash), removed when gone. Their
// beats may only name built-in cases, which are synced first.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { slugSchema } from '../../contract/cases';
import { formatPath } from '../../contract/errors';
import {
  lessonBeatsSchema,
  lessonSummarySchema,
  lessonTitleSchema,
  type LessonBeat,
} from '../../contract/lessons';
import type { CaseStore, LessonContent } from '../../store/index';
import { emptySyncResult, syncBuiltins, type BuiltinSyncResult } from '../builtin-sync';
import { checkBeatCases } from './beats';
import { builtinLessonId } from './ids';

const lessonFileSchema = z
  .object({
    title: lessonTitleSchema,
    summary: lessonSummarySchema.default(''),
    beats: lessonBeatsSchema.min(1),
  })
  .strict();

export type EnsureLessonsResult = BuiltinSyncResult;

/** Reads and checks one built-in lesson file; throws naming the file and path. */
export function readBuiltinLesson(
  dir: string,
  slug: string,
  isBuiltinCase: (id: string) => boolean,
): LessonContent & { beats: LessonBeat[] } {
  const file = `${slug}.json`;
  const parsed = lessonFileSchema.safeParse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: ${issue ? formatPath(issue.path) : ''}: ${issue?.message ?? ''}`);
  }
  parsed.data.beats.forEach((b, i) => {
    if (!isBuiltinCase(b.caseId)) {
      throw new Error(`${file}: beats[${i}].caseId: ${b.caseId} is not a built-in case`);
    }
  });
  return parsed.data;
}

export function ensureBuiltinLessons(store: CaseStore, resourcesDir: string): EnsureLessonsResult {
  const dir = join(resourcesDir, 'lessons');
  let index: string[];
  try {
    index = z.array(slugSchema).parse(JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')));
  } catch (error) {
    // Without a readable index nothing is removed: a missing folder must not empty the library.
    const result = emptySyncResult();
    result.skipped.push({ slug: '*', message: `index.json: ${(error as Error).message}` });
    return result;
  }
  const lookup = (id: string) => store.cases.get(id);
  const isBuiltinCase = (id: string) => lookup(id)?.builtinSlug != null;
  const read = (slug: string): LessonContent => {
    const content = readBuiltinLesson(dir, slug, isBuiltinCase);
    checkBeatCases(content.beats, lookup, `${slug}.json: beats`);
    return content;
  };
  return syncBuiltins(store.lessons, index, read, builtinLessonId, store.now);
}
