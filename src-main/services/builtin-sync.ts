// Built-in content (cases, lessons) follows the app's resources on every open: added when new,
// replaced when its file changed (by content hash), removed when gone from the index. It runs
// outside migrations because it follows the resources, not the schema.
import { createHash } from 'node:crypto';
import { firstRevision, type RecordMeta } from '../store/index';

export interface BuiltinSyncResult {
  added: string[];
  updated: string[];
  removed: string[];
  /** Built-ins whose resource could not be read or failed validation; left as they were. */
  skipped: { slug: string; message: string }[];
}

/** What the case and lesson repositories both offer for their read-only rows. */
interface BuiltinRepository<C> {
  transaction<T>(fn: () => T): T;
  builtins(): { slug: string; hash: string | null }[];
  insert(record: C & RecordMeta): void;
  replaceBuiltin(slug: string, content: C, hash: string, now: number): void;
  removeBuiltin(slug: string): void;
}

export const emptySyncResult = (): BuiltinSyncResult => ({
  added: [],
  updated: [],
  removed: [],
  skipped: [],
});

/**
 * Brings the repository's built-ins in line with `slugs` (the resource index, already read):
 * `read` returns a slug's checked content or throws, and a slug that fails is skipped, keeping
 * whatever the library had for it.
 */
export function syncBuiltins<C>(
  repo: BuiltinRepository<C>,
  slugs: readonly string[],
  read: (slug: string) => C,
  idOf: (slug: string) => string,
  now: () => number,
): BuiltinSyncResult {
  const result = emptySyncResult();
  const wanted: { slug: string; content: C; hash: string }[] = [];
  for (const slug of slugs) {
    try {
      const content = read(slug);
      const hash = createHash('sha256').update(JSON.stringify(content)).digest('hex');
      wanted.push({ slug, content, hash });
    } catch (error) {
      result.skipped.push({ slug, message: (error as Error).message });
    }
  }
  repo.transaction(() => {
    const at = now();
    const existing = new Map(repo.builtins().map((b) => [b.slug, b]));
    for (const w of wanted) {
      const have = existing.get(w.slug);
      if (have === undefined) {
        repo.insert({ ...w.content, ...firstRevision(idOf(w.slug), at, w) });
        result.added.push(w.slug);
      } else if (have.hash !== w.hash) {
        repo.replaceBuiltin(w.slug, w.content, w.hash, at);
        result.updated.push(w.slug);
      }
    }
    const listed = new Set(slugs);
    for (const slug of existing.keys()) {
      if (!listed.has(slug)) {
        repo.removeBuiltin(slug);
        result.removed.push(slug);
      }
    }
  });
  return result;
}
