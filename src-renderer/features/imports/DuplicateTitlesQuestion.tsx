// Asked before an import whose titles are already in the library (case and lesson bundles):
// rename them ("Maria (2)"), keep them as they are, or cancel.
import type { ImportCheckResponse } from '../../../src-main/contract/cases';
import { useT } from '../../app/i18n';

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
  const { check } = pending;
  const first = check.duplicates[0];
  if (first === undefined) return null;
  const named = check.duplicates
    .slice(0, 3)
    .map((d) => t('quoted', { title: d.title }))
    .join(', ');
  return (
    <div role="dialog" aria-labelledby="duplicate-question" className="case-message">
      <p id="duplicate-question">
        {t('duplicates.question', {
          count: check.count,
          duplicates: check.duplicates.length,
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
    </div>
  );
}
