// The built-in lessons as shipped, for the specs that step through their beats.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './fixtures';

export interface LessonFile {
  title: string;
  beats: { caption: string; view: { zoom: string | null; anatomy: string } }[];
}

const lessonsDir = join(repoRoot, 'resources', 'lessons');

/** Every built-in lesson's slug, in the library's order. */
export const LESSON_SLUGS = JSON.parse(
  readFileSync(join(lessonsDir, 'index.json'), 'utf8'),
) as string[];

export const lessonFile = (slug: string) =>
  JSON.parse(readFileSync(join(lessonsDir, `${slug}.json`), 'utf8')) as LessonFile;
