// The read-only lessons shipped in resources/lessons, kept in step on every open like the built-in
// cases: added when new, replaced when the file changed (content hash), removed when gone. Their
// beats may only name built-in cases, which are synced first.
import { createHash } from 'node:crypto';
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
import { checkBeatCases } from './beats';
import { builtinLessonId } from './ids';

const lessonFileSchema = z
  .object({
    title: lessonTitleSchema,
    summary: lessonSummarySchema.default(''),
    beats: lessonBeatsSchema.min(1),
  })
  .strict();

export interface EnsureLessonsResult {
  added: string[];
  updated: string[];
  removed: string[];
  skipped: { slug: string; message: string }[];
}

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
  const result: EnsureLessonsResult = { added: [], updated: [], removed: [], skipped: [] };
  const dir = join(resourcesDir, 'lessons');
  let index: string[];
  try {
    index = z.array(slugSchema).parse(JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')));
  } catch (error) {
    // Without a readable index nothing is removed: a missing folder must not empty the library.
    result.skipped.push({ slug: '*', message: `index.json: ${(error as Error).message}` });
    return result;
  }
  const lookup = (id: string) => store.cases.get(id);
  const isBuiltinCase = (id: string) => lookup(id)?.builtinSlug != null;

  const wanted: { slug: string; content: LessonContent; hash: string }[] = [];
  for (const slug of index) {
    try {
      const content = readBuiltinLesson(dir, slug, isBuiltinCase);
      checkBeatCases(content.beats, lookup, `${slug}.json: beats`);
      const hash = createHash('sha256').update(JSON.stringify(content)).digest('hex');
      wanted.push({ slug, content, hash });
    } catch (error) {
      result.skipped.push({ slug, message: (error as Error).message });
    }
  }

  const { lessons } = store;
  lessons.transaction(() => {
    const now = store.now();
    const existing = new Map(lessons.builtins().map((b) => [b.slug, b]));
    for (const w of wanted) {
      const have = existing.get(w.slug);
      if (have === undefined) {
        lessons.insert({
          ...w.content,
          id: builtinLessonId(w.slug),
          builtinSlug: w.slug,
          builtinHash: w.hash,
          revision: 1,
          createdAt: now,
          updatedAt: now,
          deletedAt: null,
        });
        result.added.push(w.slug);
      } else if (have.hash !== w.hash) {
        lessons.replaceBuiltin(w.slug, w.content, w.hash, now);
        result.updated.push(w.slug);
      }
    }
    const listed = new Set(index);
    for (const slug of existing.keys()) {
      if (!listed.has(slug)) {
        lessons.removeBuiltin(slug);
        result.removed.push(slug);
      }
    }
  });
  return result;
}
