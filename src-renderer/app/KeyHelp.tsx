// The `?` help: the key table of one scope in a modal dialog. The dialog takes focus on its Close
// button and gives it back to where it was when it closes.
import { useRef } from 'react';
import { helpRows, type KeyScope } from './keys';
import { useModalDialog } from './useModalDialog';

interface Props {
  scope: KeyScope;
  /** The dialog's accessible name, e.g. "Presentation keys". */
  title: string;
  onClose: () => void;
}

export function KeyHelp({ scope, title, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useModalDialog(ref);
  return (
    <dialog
      ref={ref}
      className="key-help"
      aria-label={title}
      onCancel={(e) => {
        // Esc: the dialog closes when React removes it, so focus goes back in one place.
        e.preventDefault();
        onClose();
      }}
    >
      <h2>Keys</h2>
      <dl>
        {helpRows(scope).map(([keys, what]) => (
          <div key={what}>
            <dt>{keys}</dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <button type="button" onClick={onClose} autoFocus>
        Close
      </button>
    </dialog>
  );
}
