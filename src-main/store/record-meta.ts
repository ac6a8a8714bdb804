// The bookkeeping of a row at its first revision, shared by cases and lessons, user-made or built in.
import type { RecordMeta } from './types';

export function firstRevision(
  id: string,
  now: number,
  builtin: { slug: string; hash: string } | null = null,
): RecordMeta {
  return {
    id,
    builtinSlug: builtin?.slug ?? null,
    builtinHash: builtin?.hash ?? null,
    revision: 1,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  };
}
