// "Add to lesson" in the simulation view: the current case, moment, anatomy view and breast
// become a new beat at the end of one of the user's lessons (or of a new lesson).
import { useId, useState, type RefObject } from 'react';
import type { LessonSummary } from '../../../src-main/contract/lessons';
import { call } from '../../app/api';
import { errorText } from '../../app/errorText';
import { useT } from '../../app/i18n';
import { useDismiss } from '../../app/useDismiss';
import { formatPostpartum } from '../../lib/format';
import './lessons.css';

interface Props {
  /** The case shown; null when its parameters were edited and not saved as a case. */
  caseId: string | null;
  caseTitle: string;
  /** The timeline position, model seconds, read when the beat is added. */
  timeRef: RefObject<number>;
  /** Age after birth at the run's t = 0, to name the moment in the default caption. */
  startPostpartumHours: number;
  mode: 'classical' | 'ultrasound';
  side: 'left' | 'right';
}

const NEW = '__new__';

export function AddToLesson({
  caseId,
  caseTitle,
  timeRef,
  startPostpartumHours,
  mode,
  side,
}: Props) {
  const { t } = useT('lessons');
  const id = useId();
  const [open, setOpen] = useState(false);
  // Esc, or adding the beat, closes the form and gives focus back to its button.
  const { openerRef, close, onKeyDown } = useDismiss<HTMLButtonElement>(() => setOpen(false));
  // Null until loaded: the list stays disabled until the default lesson is chosen, so a choice
  // made meanwhile cannot be overwritten when the list arrives.
  const [lessons, setLessons] = useState<LessonSummary[] | null>(null);
  const [target, setTarget] = useState(NEW);
  const [caption, setCaption] = useState('');
  const [message, setMessage] = useState<{ error: boolean; text: string; href?: string } | null>(
    null,
  );

  const show = async () => {
    setOpen(true);
    setMessage(null);
    setLessons(null);
    const moment = formatPostpartum(startPostpartumHours, timeRef.current ?? 0);
    setCaption(`${caseTitle}, ${moment}`.slice(0, 160));
    try {
      const list = (await call('lessons.list', {})).lessons.filter((l) => !l.builtin);
      setLessons(list);
      setTarget(list[0]?.id ?? NEW);
    } catch (e) {
      setMessage({ error: true, text: errorText(e) });
    }
  };

  const add = async () => {
    if (caseId === null) return;
    const beat = {
      caseId,
      atHours: Math.round(((timeRef.current ?? 0) / 3600) * 100) / 100,
      view: { anatomy: mode, side, charts: [], zoom: null },
      caption: caption.trim() || caseTitle.slice(0, 160),
      notes: '',
    };
    try {
      const lesson =
        target === NEW
          ? await call('lessons.create', {
              title: t('addTo.newTitle', { case: caseTitle }).slice(0, 200),
            })
          : await call('lessons.get', { id: target });
      const saved = await call('lessons.update', {
        id: lesson.id,
        baseRevision: lesson.revision,
        patch: { beats: [...lesson.beats, beat] },
      });
      setMessage({
        error: false,
        text: t('addTo.added', { n: saved.beatCount, title: saved.title }),
        href: `#/lessons/${saved.id}`,
      });
      close();
    } catch (e) {
      setMessage({ error: true, text: errorText(e) });
    }
  };

  return (
    <span className="add-to-lesson">
      <button
        ref={openerRef}
        type="button"
        aria-expanded={open}
        onClick={() => (open ? setOpen(false) : void show())}
      >
        {t('addTo.button')}
      </button>
      {open && (
        <span
          className="add-to-lesson-form"
          role="group"
          aria-label={t('addTo.group')}
          onKeyDown={onKeyDown}
        >
          {caseId === null ? (
            <span>{t('addTo.saveFirst')}</span>
          ) : (
            <>
              <label htmlFor={`${id}-lesson`}>{t('addTo.lesson')}</label>
              <select
                id={`${id}-lesson`}
                value={target}
                disabled={lessons === null}
                onChange={(e) => setTarget(e.target.value)}
              >
                {(lessons ?? []).map((l) => (
                  <option key={l.id} value={l.id}>
                    {l.title}
                  </option>
                ))}
                <option value={NEW}>{t('addTo.newLesson')}</option>
              </select>
              <label htmlFor={`${id}-caption`}>{t('addTo.caption')}</label>
              <input
                id={`${id}-caption`}
                value={caption}
                maxLength={160}
                onChange={(e) => setCaption(e.target.value)}
              />
              <button type="button" className="primary" onClick={() => void add()}>
                {t('addTo.add')}
              </button>
            </>
          )}
        </span>
      )}
      {message && (
        <span role={message.error ? 'alert' : 'status'}>
          {message.text} {message.href && <a href={message.href}>{t('addTo.open')}</a>}
        </span>
      )}
    </span>
  );
}
