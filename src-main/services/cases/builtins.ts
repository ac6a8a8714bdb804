// The read-only library shipped in resources/scenarios, kept in step with the resources on every
// open: added when new, replaced when the file changed (by content hash), removed when gone.
// Runs outside migrations because it follows the app's resources, not the schema.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { slugSchema, tagsSchema, titleSchema, notesSchema } from '../../contract/cases';
import type { CaseContent, CaseStore } from '../../store/index';
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

export interface EnsureBuiltinsResult {
  added: string[];
  updated: string[];
  removed: string[];
  /** Built-ins whose resource could not be read or failed validation; left as they were. */
  skipped: { slug: string; message: string }[];
}

export function ensureBuiltins(store: CaseStore, resourcesDir: string): EnsureBuiltinsResult {
  const result: EnsureBuiltinsResult = { added: [], updated: [], removed: [], skipped: [] };
  const dir = join(resourcesDir, 'scenarios');
  let index: z.infer<typeof indexSchema>;
  try {
    index = indexSchema.parse(JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')));
  } catch (error) {
    // Without a readable index nothing is removed: a missing folder must not empty the library.
    result.skipped.push({ slug: '*', message: `index.json: ${(error as Error).message}` });
    return result;
  }

  const wanted: { slug: string; content: CaseContent; hash: string }[] = [];
  const listed = new Set<string>();
  for (const entry of index) {
    listed.add(entry.slug);
    try {
      const text = readFileSync(join(dir, `${entry.slug}.json`), 'utf8');
      const scenario = checkScenario(JSON.parse(text) as unknown, `${entry.slug}.json`);
      const content: CaseContent = {
        title: entry.title,
        tags: normalizeTags(entry.tags),
        notes: entry.summary,
        parentNotes: entry.parentSummary,
        scenario,
        personal: null,
        beats: [],
      };
      const hash = createHash('sha256').update(JSON.stringify(content)).digest('hex');
      wanted.push({ slug: entry.slug, content, hash });
    } catch (error) {
      result.skipped.push({ slug: entry.slug, message: (error as Error).message });
    }
  }

  const { cases } = store;
  cases.transaction(() => {
    const now = store.now();
    const existing = new Map(cases.builtins().map((b) => [b.slug, b]));
    for (const w of wanted) {
      const have = existing.get(w.slug);
      if (have === undefined) {
        cases.insert({
          ...w.content,
          id: builtinId(w.slug),
          builtinSlug: w.slug,
          builtinHash: w.hash,
          revision: 1,
          createdAt: now,
          updatedAt: now,
          deletedAt: null,
        });
        result.added.push(w.slug);
      } else if (have.hash !== w.hash) {
        cases.replaceBuiltin(w.slug, w.content, w.hash, now);
        result.updated.push(w.slug);
      }
    }
    for (const slug of existing.keys()) {
      if (!listed.has(slug)) {
        cases.removeBuiltin(slug);
        result.removed.push(slug);
      }
    }
  });
  return result;
}
