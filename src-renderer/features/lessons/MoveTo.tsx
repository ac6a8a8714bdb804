// "Move to…" on a beat: choose the position in a list that names the beat now there, then Move.
// Reaches beats far apart in one step, where dragging needs both on screen and Alt+↑/↓ one
// place at a time. Choosing alone moves nothing, so the arrow keys in the list are safe.
import { useId, useState } from 'react';
import { useT } from '../../app/i18n';
import { useDismiss } from '../../app/useDismiss';

interface Props {
  /** 0-based index of this beat. */
  index: number;
  captions: readonly string[];
  onMove: (to: number) => void;
}

export function MoveTo({ index, captions, onMove }: Props) {
  const { t } = useT('lessons');
  const id = useId();
  const n = index + 1;
  const [open, setOpen] = useState(false);
  const [to, setTo] = useState(index);
  const { openerRef, close, onKeyDown } = useDismiss<HTMLButtonElement>(() => setOpen(false));
  return (
    <>
      <button
        ref={openerRef}
        type="button"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        aria-label={t('moveTo.openName', { n })}
        disabled={captions.length < 2}
        onClick={() => {
          setTo(index);
          setOpen(!open);
        }}
      >
        {t('moveTo.open')}
      </button>
      {open && (
        <form
          id={id}
          className="beat-move-to"
          aria-label={t('moveTo.form', { n })}
          onSubmit={(e) => {
            e.preventDefault();
            // The editor moves focus to the beat's handle at its new place.
            if (to !== index) {
              setOpen(false);
              onMove(to);
            } else close();
          }}
          onKeyDown={onKeyDown}
        >
          <label htmlFor={`${id}-to`}>{t('moveTo.position')}</label>
          <select
            id={`${id}-to`}
            value={to}
            onChange={(e) => setTo(Number(e.target.value))}
            autoFocus
          >
            {captions.map((c, i) => (
              <option key={i} value={i}>
                {i === index
                  ? t('moveTo.here', { position: i + 1 })
                  : t('moveTo.now', { position: i + 1, caption: c })}
              </option>
            ))}
          </select>
          <button type="submit" className="primary">
            {t('moveTo.move')}
          </button>
          <button type="button" onClick={close}>
            {t('moveTo.cancel')}
          </button>
        </form>
      )}
    </>
  );
}
