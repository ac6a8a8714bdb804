// The read-only library shipped in resources/scenarios, kept in step with the resources on every
// open (see builtin-sync.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { slugSchema, tagsSchema, titleSchema, notesSchema } from '../../contract/cases';
import type { CaseContent, CaseStore } from '../../store/index';
import { emptySyncResult, syncBuiltins, type BuiltinSyncResult } from '../builtin-sync';
import { builtinId } from './ids';
import { normalizeTags } from './mapping';
import { checkScenario } from './scenario';

const indexSchema = z.array(
  z.object({
    slug: slugSchema,
    title: titleSchema,
    tags: tagsSchema.default([]),
    summary: notesSchema.default(''),
    parentSummary: notesSchema.default(''),
  }),
);

export type EnsureBuiltinsResult = BuiltinSyncResult;

export function ensureBuiltins(store: CaseStore, resourcesDir: string): EnsureBuiltinsResult {
  const dir = join(resourcesDir, 'scenarios');
  let index: z.infer<typeof indexSchema>;
  try {
    index = indexSchema.parse(JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')));
  } catch (error) {
    // Without a readable index nothing is removed: a missing folder must not empty the library.
    const result = emptySyncResult();
    result.skipped.push({ slug: '*', message: `index.json: ${(error as Error).message}` });
    return result;
  }
  const entries = new Map(index.map((e) => [e.slug, e]));
  const read = (slug: string): CaseContent => {
    const entry = entries.get(slug)!;
    const text = readFileSync(join(dir, `${slug}.json`), 'utf8');
    return {
      title: entry.title,
      tags: normalizeTags(entry.tags),
      notes: entry.summary,
      parentNotes: entry.parentSummary,
      scenario: checkScenario(JSON.parse(text) as unknown, `${slug}.json`),
      personal: null,
      beats: [],
    };
  };
  return syncBuiltins(store.cases, [...entries.keys()], read, builtinId, store.now);
}
