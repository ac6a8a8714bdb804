// The import preview for a bundle opened with the app or dropped on a window: what the file
// holds, then Import (through the same validated methods as the Import buttons, asking the same
// question when titles are already in the library) or Cancel.
import { useRef, useState } from 'react';
import { ApiError, call } from '../../app/api';
import { useT } from '../../app/i18n';
import { useModalDialog } from '../../app/useModalDialog';
import {
  DuplicateTitlesQuestion,
  type DuplicateChoice,
  type PendingImport,
} from '../imports/DuplicateTitlesQuestion';
import { countOf } from '../library/records';
import type { BundlePreview } from './bundleFile';
import './import.css';

const SHOWN = 12;

interface Props {
  /** What the file holds, or why it cannot be imported. */
  preview: BundlePreview | { fileName: string; error: string };
  onClose: () => void;
  /** After a successful import: where the new records are listed. */
  onImported: (kind: BundlePreview['kind']) => void;
}

export function ImportPreview({ preview, onClose, onImported }: Props) {
  const { t } = useT('imports');
  const ref = useRef<HTMLDialogElement>(null);
  const [state, setState] = useState<
    | { step: 'ask' }
    | { step: 'checking' }
    | { step: 'question'; pending: PendingImport }
    | { step: 'busy' }
    | { step: 'done'; text: string }
    | { step: 'failed'; text: string }
  >({ step: 'ask' });

  useModalDialog(ref);

  const fail = (e: unknown) => {
    const why = e instanceof ApiError ? e.message : String(e);
    setState({ step: 'failed', text: t('preview.failed', { why }) });
  };

  const checkImport = async (p: BundlePreview) => {
    setState({ step: 'checking' });
    try {
      const check = await (p.kind === 'lesson'
        ? call('lessons.checkImport', { bundle: p.bundle })
        : call('cases.checkImport', { bundle: p.bundle }));
      if (check.duplicates.length > 0)
        setState({ step: 'question', pending: { bundle: p.bundle, fileName: p.fileName, check } });
      else await runImport(p, 'keep');
    } catch (e) {
      fail(e);
    }
  };

  /** `pending` is the question's, when one was asked: its duplicates are what a rename renames. */
  const runImport = async (
    p: BundlePreview,
    duplicateTitles: DuplicateChoice,
    pending?: PendingImport,
  ) => {
    const renamed = duplicateTitles === 'rename' ? (pending?.check.duplicates ?? []) : [];
    setState({ step: 'busy' });
    try {
      let text: string;
      if (p.kind === 'lesson') {
        const r = await call('lessons.importBundle', { bundle: p.bundle, duplicateTitles });
        text = t('preview.importedLessons', {
          lessons: countOf(r.lessons.length, 'lesson'),
          cases: countOf(r.cases.length, 'case'),
        });
      } else {
        const r = await call('cases.importBundle', { bundle: p.bundle, duplicateTitles });
        text = t('preview.importedCases', { cases: countOf(r.imported.length, 'case') });
      }
      if (renamed[0])
        text += ` ${t('preview.renamed', { count: renamed.length, example: renamed[0].renamedTo })}`;
      setState({ step: 'done', text });
      onImported(p.kind);
    } catch (e) {
      fail(e);
    }
  };

  const body = () => {
    if ('error' in preview) return <p role="alert">{preview.error}</p>;
    const { kind, titles, caseCount } = preview;
    const lessons = countOf(titles.length, 'lesson');
    const what =
      kind === 'cases'
        ? countOf(caseCount, 'case')
        : caseCount > 0
          ? t('preview.lessonsWithCases', { lessons, cases: countOf(caseCount, 'case') })
          : lessons;
    return (
      <>
        <p>{t('preview.holds', { what })}</p>
        <ul className="import-titles">
          {titles.slice(0, SHOWN).map((t, i) => (
            <li key={i}>{t}</li>
          ))}
          {titles.length > SHOWN && <li>{t('preview.more', { n: titles.length - SHOWN })}</li>}
        </ul>
        <p className="import-note">{t('preview.note')}</p>
      </>
    );
  };

  const canImport = !('error' in preview) && (state.step === 'ask' || state.step === 'failed');
  // Import stays in place while the question is asked, so focus comes back to it on Cancel.
  const showImport = canImport || state.step === 'checking' || state.step === 'question';
  return (
    <>
      <dialog
        ref={ref}
        className="import-preview"
        aria-labelledby="import-preview-title"
        onCancel={(e) => {
          e.preventDefault();
          onClose();
        }}
      >
        <h2 id="import-preview-title">{t('preview.title', { file: preview.fileName })}</h2>
        {body()}
        {state.step === 'done' && <p role="status">{state.text}</p>}
        {state.step === 'failed' && <p role="alert">{state.text}</p>}
        <div className="import-actions">
          {showImport && !('error' in preview) && (
            <button
              type="button"
              className="primary"
              autoFocus
              onClick={() => {
                if (canImport) void checkImport(preview);
              }}
            >
              {t('preview.import')}
            </button>
          )}
          <button type="button" onClick={onClose} autoFocus={!canImport}>
            {state.step === 'done' ? t('preview.close') : t('preview.cancel')}
          </button>
        </div>
      </dialog>
      {/* A sibling, not a child: Esc in the question cancels the question, not the preview. */}
      {state.step === 'question' && !('error' in preview) && (
        <DuplicateTitlesQuestion
          pending={state.pending}
          onChoose={(choice) =>
            choice === null
              ? setState({ step: 'ask' })
              : void runImport(preview, choice, state.pending)
          }
        />
      )}
    </>
  );
}
