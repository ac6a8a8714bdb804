// The import preview for a bundle opened with the app or dropped on a window: what the file
// holds, then Import (through the same validated methods as the Import buttons) or Cancel.
import { useRef, useState } from 'react';
import { ApiError, call } from '../../app/api';
import { useModalDialog } from '../../app/useModalDialog';
import type { BundlePreview } from './bundleFile';
import './import.css';

const SHOWN = 12;
const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

interface Props {
  /** What the file holds, or why it cannot be imported. */
  preview: BundlePreview | { fileName: string; error: string };
  onClose: () => void;
  /** After a successful import: where the new records are listed. */
  onImported: (kind: BundlePreview['kind']) => void;
}

export function ImportPreview({ preview, onClose, onImported }: Props) {
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
        text = `Imported ${plural(r.lessons.length, 'lesson')} and ${plural(r.cases.length, 'case')}.`;
      } else {
        const r = await call('cases.importBundle', { bundle: p.bundle });
        text = `Imported ${plural(r.imported.length, 'case')}.`;
      }
      setState({ step: 'done', text });
      onImported(p.kind);
    } catch (e) {
      const why = e instanceof ApiError ? e.message : String(e);
      setState({ step: 'failed', text: `Nothing imported: ${why}` });
    }
  };

  const body = () => {
    if ('error' in preview) return <p role="alert">{preview.error}</p>;
    const { kind, titles, caseCount } = preview;
    const what =
      kind === 'lesson'
        ? `${plural(titles.length, 'lesson')}${caseCount > 0 ? ` and ${plural(caseCount, 'case')} they use` : ''}`
        : plural(caseCount, 'case');
    return (
      <>
        <p>This file holds {what}:</p>
        <ul className="import-titles">
          {titles.slice(0, SHOWN).map((t, i) => (
            <li key={i}>{t}</li>
          ))}
          {titles.length > SHOWN && <li>… and {titles.length - SHOWN} more</li>}
        </ul>
        <p className="import-note">
          Importing adds copies with new ids; nothing in your library is changed. The whole file is
          checked first, and nothing is imported if any part of it is wrong.
        </p>
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
      <h2 id="import-preview-title">Import {preview.fileName}</h2>
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
            Import
          </button>
        )}
        <button type="button" onClick={onClose} autoFocus={!canImport}>
          {state.step === 'done' ? 'Close' : 'Cancel'}
        </button>
      </div>
    </dialog>
  );
}
