// Whether a stored case or lesson may be changed, with the reason a user can act on when not.
import { AppError } from '../contract/errors';
import type { RecordMeta } from '../store/index';

/**
 * Throws unless the record is the user's own, not in the trash and (when a base revision is
 * given) still at the revision the edit started from.
 */
export function mustBeEditable(
  record: RecordMeta & { title: string },
  kind: 'case' | 'lesson',
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
