// Asked before an import whose titles are already in the library (case and lesson bundles):
// rename them ("Maria (2)"), keep them as they are, or cancel. A modal dialog: focus starts on
// Rename, Esc cancels the import, and focus goes back to where it was (the Import button).
import { useRef } from 'react';
import type { ImportCheckResponse } from '../../../src-main/contract/cases';
import { useT } from '../../app/i18n';
import { useModalDialog } from '../../app/useModalDialog';

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
  const { t } = useT('imports');
  const ref = useRef<HTMLDialogElement>(null);
  useModalDialog(ref);
  const { check } = pending;
  const first = check.duplicates[0];
  if (first === undefined) return null;
  const named = check.duplicates
    .slice(0, 3)
    .map((d) => t('quoted', { title: d.title }))
    .join(', ');
  return (
    <dialog
      ref={ref}
      aria-labelledby="duplicate-question"
      className="question-dialog"
      onCancel={(e) => {
        e.preventDefault();
        onChoose(null);
      }}
    >
      <p id="duplicate-question">
        {t('duplicates.question', {
          // The sentence agrees with the titles already there, not with the file's size.
          count: check.duplicates.length,
          total: check.count,
          file: pending.fileName,
          named: check.duplicates.length > 3 ? `${named}, …` : named,
        })}
      </p>
      <button type="button" className="primary" onClick={() => onChoose('rename')}>
        {t('duplicates.rename', { example: first.renamedTo })}
      </button>
      <button type="button" onClick={() => onChoose('keep')}>
        {t('duplicates.keep')}
      </button>
      <button type="button" onClick={() => onChoose(null)}>
        {t('duplicates.cancel')}
      </button>
    </dialog>
  );
}
