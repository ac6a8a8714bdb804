// The import preview for a bundle opened with the app or dropped on a window: what the file
// holds, then Import (through the same validated methods as the Import buttons) or Cancel.
import { useRef, useState } from 'react';
import { ApiError, call } from '../../app/api';
import { useT } from '../../app/i18n';
import { useModalDialog } from '../../app/useModalDialog';
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
    | { step: 'busy' }
    | { step: 'done'; text: string }
    | { step: 'failed'; text: string }
  >({ step: 'ask' });

  useModalDialog(ref);

  const runImport = async (p: BundlePreview) => {
    setState({ step: 'busy' });
    try {
      let text: string;
      if (p.kind === 'lesson') {
        const r = await call('lessons.importBundle', { bundle: p.bundle });
        text = t('preview.importedLessons', {
          lessons: countOf(r.lessons.length, 'lesson'),
          cases: countOf(r.cases.length, 'case'),
        });
      } else {
        const r = await call('cases.importBundle', { bundle: p.bundle });
        text = t('preview.importedCases', { cases: countOf(r.imported.length, 'case') });
      }
      setState({ step: 'done', text });
      onImported(p.kind);
    } catch (e) {
      const why = e instanceof ApiError ? e.message : String(e);
      setState({ step: 'failed', text: t('preview.failed', { why }) });
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
  return (
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
        {canImport && !('error' in preview) && (
          <button
            type="button"
            className="primary"
            autoFocus
            onClick={() => void runImport(preview)}
          >
            {t('preview.import')}
          </button>
        )}
        <button type="button" onClick={onClose} autoFocus={!canImport}>
          {state.step === 'done' ? t('preview.close') : t('preview.cancel')}
        </button>
      </div>
    </dialog>
  );
}
