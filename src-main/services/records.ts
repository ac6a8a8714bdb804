// What the case and lesson services share: one kind of stored record, read by id, made new at
// revision 1, written under the revision an edit started from, moved to the trash and back.
// Messages name the kind ("No lesson with id …", "a built-in case …").
import { AppError } from '../contract/errors';
import {
  PURGE_AFTER_MS,
  firstRevision,
  type RecordMeta,
  type RecordRepository,
} from '../store/index';

export type RecordKind = 'case' | 'lesson';

export const iso = (ms: number): string => new Date(ms).toISOString();

/**
 * Throws unless the record is the user's own, not in the trash and (when a base revision is
 * given) still at the revision the edit started from.
 */
export function mustBeEditable(
  record: RecordMeta & { title: string },
  kind: RecordKind,
  baseRevision?: number,
): void {
  if (record.builtinSlug !== null) {
    throw new AppError(
      'READ_ONLY',
      `"${record.title}" is a built-in ${kind} and cannot be changed; duplicate it to edit a copy`,
      'id',
    );
  }
  if (record.deletedAt !== null) {
    throw new AppError(
      'CONFLICT',
      `"${record.title}" is in the trash; undo the delete first`,
      'id',
    );
  }
  if (baseRevision !== undefined && baseRevision !== record.revision) {
    throw new AppError(
      'CONFLICT',
      `"${record.title}" was changed elsewhere (it is now at revision ${record.revision}, this ` +
        `edit started from revision ${baseRevision}); reload it and apply the change again`,
      'baseRevision',
    );
  }
}

export interface TrashAnswer {
  id: string;
  deletedAt: string;
  /** When the record leaves the trash for good. */
  purgeAfter: string;
}

export function recordService<C extends { title: string }>(
  kind: RecordKind,
  repo: RecordRepository<C>,
  now: () => number,
  newId: () => string,
) {
  type Stored = C & RecordMeta;

  function mustGet(id: string): Stored {
    const record = repo.get(id);
    if (record === undefined) throw new AppError('NOT_FOUND', `No ${kind} with id ${id}`, 'id');
    return record;
  }

  return {
    mustGet,

    /** Stores `content` as a new record of the user's at revision 1. */
    insertNew(content: C): Stored {
      const id = newId();
      repo.insert({ ...content, ...firstRevision(id, now()) });
      return mustGet(id);
    },

    /** Writes `content` as the next revision; an edit that lost a race is told why. */
    write(id: string, baseRevision: number, content: C): Stored {
      if (repo.update(id, baseRevision, content, now()) === null) {
        mustBeEditable(mustGet(id), kind, baseRevision);
      }
      return mustGet(id);
    },

    /** The title of a duplicate. */
    copyTitle: (title: string): string => `${title} (copy)`.slice(0, 200),

    /** Moves a record of the user's to the trash (again: no change). */
    trash(id: string): TrashAnswer {
      const record = mustGet(id);
      if (record.builtinSlug !== null) {
        throw new AppError(
          'READ_ONLY',
          `"${record.title}" is a built-in ${kind} and cannot be deleted`,
          'id',
        );
      }
      const deletedAt = record.deletedAt ?? now();
      if (record.deletedAt === null) repo.setDeleted(id, deletedAt);
      return { id, deletedAt: iso(deletedAt), purgeAfter: iso(deletedAt + PURGE_AFTER_MS) };
    },

    /** Takes a record out of the trash (not in it: no change); returns it as it now is. */
    untrash(id: string): Stored {
      const record = mustGet(id);
      if (record.deletedAt !== null) repo.setDeleted(id, null);
      return { ...record, deletedAt: null };
    },
  };
}
