// Asked before an import whose titles are already in the library (case and lesson bundles):
// rename them ("Maria (2)"), keep them as they are, or cancel.
import type { ImportCheckResponse } from '../../../src-main/contract/cases';

/** A checked bundle whose titles repeat ones in the library, waiting for the user's choice. */
export interface PendingImport {
  bundle: unknown;
  fileName: string;
  check: ImportCheckResponse;
}

export type DuplicateChoice = 'rename' | 'keep';

export function DuplicateTitlesQuestion({
  pending,
  onChoose,
}: {
  pending: PendingImport;
  /** null: cancel the import. */
  onChoose: (choice: DuplicateChoice | null) => void;
}) {
  const { check } = pending;
  const first = check.duplicates[0];
  if (first === undefined) return null;
  const named = check.duplicates
    .slice(0, 3)
    .map((d) => `“${d.title}”`)
    .join(', ');
  return (
    <div role="dialog" aria-labelledby="duplicate-question" className="case-message">
      <p id="duplicate-question">
        {check.duplicates.length} of the {check.count} {check.count === 1 ? 'item' : 'items'} in{' '}
        {pending.fileName} have a title already in your library ({named}
        {check.duplicates.length > 3 ? ', …' : ''}).
      </p>
      <button type="button" className="primary" onClick={() => onChoose('rename')}>
        Rename them (“{first.renamedTo}”)
      </button>
      <button type="button" onClick={() => onChoose('keep')}>
        Keep the same titles
      </button>
      <button type="button" onClick={() => onChoose(null)}>
        Cancel import
      </button>
    </div>
  );
}
