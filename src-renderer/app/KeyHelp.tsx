// The `?` help: the key table of one scope in a modal dialog. The dialog takes focus on its Close
// button and gives it back to where it was when it closes.
import { useRef } from 'react';
import { helpRows, type KeyScope } from './keys';
import { useModalDialog } from './useModalDialog';
import { useT } from './i18n';

interface Props {
  scope: KeyScope;
  onClose: () => void;
}

export function KeyHelp({ scope, onClose }: Props) {
  const { t } = useT('app');
  const words = (key: string) => t(`keys.${key}`);
  const ref = useRef<HTMLDialogElement>(null);
  useModalDialog(ref);
  return (
    <dialog
      ref={ref}
      className="key-help"
      aria-label={t(`keys.title.${scope}`)}
      onCancel={(e) => {
        // Esc: the dialog closes when React removes it, so focus goes back in one place.
        e.preventDefault();
        onClose();
      }}
    >
      <h2>{t('keys.heading')}</h2>
      <dl>
        {helpRows(scope, words).map(([keys, what]) => (
          <div key={what}>
            <dt>{keys}</dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <button type="button" onClick={onClose} autoFocus>
        {t('keys.close')}
      </button>
    </dialog>
  );
}
