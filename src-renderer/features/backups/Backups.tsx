// The library's backups with Restore. Also the way back when the library failed its integrity
// check at start: then this screen says so and restoring a backup puts it in the damaged file's
// place (which is kept aside).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BackupListResponse, BackupSummary } from '../../../src-main/contract/backups';
import { ApiError, call } from '../../app/api';
import { uiLocale, useT } from '../../app/i18n';
import { useModalDialog } from '../../app/useModalDialog';
import { formatNumber } from '../../lib/format';
import './backups.css';

const when = (iso: string) =>
  new Date(iso).toLocaleString(uiLocale(), { dateStyle: 'medium', timeStyle: 'short' });
const errorText = (e: unknown) => (e instanceof ApiError ? e.message : String(e));

export function Backups({ onRestored }: { onRestored: () => void }) {
  const [list, setList] = useState<BackupListResponse | null>(null);
  const [asking, setAsking] = useState<BackupSummary | null>(null);
  const [notice, setNotice] = useState<{ kind: 'error' | 'status'; text: string } | null>(null);
  const { t } = useT('backups');
  const size = (bytes: number) =>
    bytes < 1024 * 1024
      ? t('size.kB', { value: formatNumber(Math.max(1, Math.round(bytes / 1024))) })
      : t('size.MB', { value: formatNumber(bytes / 1048576, 1) });

  const load = useCallback(() => {
    call('backups.list', {})
      .then(setList)
      .catch((e: unknown) => setNotice({ kind: 'error', text: errorText(e) }));
  }, []);
  useEffect(load, [load]);

  const restore = async (backup: BackupSummary) => {
    setAsking(null);
    try {
      const result = await call('backups.restore', { name: backup.name });
      setNotice({
        kind: 'status',
        text: `${t('restored', { when: when(backup.createdAt) })} ${
          result.damagedMovedTo
            ? t('damagedKept', { file: result.damagedMovedTo })
            : t('previousKept')
        }`,
      });
      onRestored();
      load();
    } catch (e) {
      setNotice({ kind: 'error', text: t('notRestored', { error: errorText(e) }) });
    }
  };

  return (
    <section className="backups" aria-labelledby="backups-title">
      <h1 id="backups-title">{t('heading')}</h1>
      {list?.damaged && (
        <div role="alert" className="backups-damaged">
          <p>{list.damaged}</p>
          <p>{t('damagedHint')}</p>
        </div>
      )}
      <p>
        {t('intro', {
          daily: list?.keep.daily ?? 7,
          import: list?.keep.import ?? 5,
          restore: list?.keep.restore ?? 5,
        })}{' '}
        <code>{list?.folder ?? '…'}</code>.
      </p>
      {notice && (
        <p role={notice.kind === 'error' ? 'alert' : 'status'} className={`notice ${notice.kind}`}>
          {notice.text}
        </p>
      )}
      {list && list.backups.length === 0 && <p>{t('none')}</p>}
      {list && list.backups.length > 0 && (
        <table className="backup-list">
          <caption className="visually-hidden">{t('caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('made')}</th>
              <th scope="col">{t('why')}</th>
              <th scope="col">{t('size.heading')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.backups.map((b) => (
              <tr key={b.name}>
                <td>{when(b.createdAt)}</td>
                <td>{t(`kind.${b.kind}`)}</td>
                <td>{size(b.bytes)}</td>
                <td>
                  <button
                    type="button"
                    aria-label={t('restoreOne', { when: when(b.createdAt) })}
                    onClick={() => setAsking(b)}
                  >
                    {t('restoreEllipsis')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {asking && (
        <RestoreQuestion
          question={`${t('question', { when: when(asking.createdAt) })} ${
            list?.damaged ? t('questionDamaged') : t('questionBackup')
          }`}
          onRestore={() => void restore(asking)}
          onCancel={() => setAsking(null)}
        />
      )}
    </section>
  );
}

/**
 * Asked before a restore, as a modal dialog: focus starts on Cancel (a restore replaces the whole
 * library), Esc cancels, and focus goes back to the row's Restore button.
 */
function RestoreQuestion(props: { question: string; onRestore: () => void; onCancel: () => void }) {
  const { t } = useT('backups');
  const ref = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  useModalDialog(ref, cancel);
  return (
    <dialog
      ref={ref}
      aria-labelledby="restore-question"
      className="question-dialog"
      onCancel={(e) => {
        // Esc: the dialog closes when React removes it, so focus goes back in one place.
        e.preventDefault();
        props.onCancel();
      }}
    >
      <p id="restore-question">{props.question}</p>
      <button type="button" className="primary" onClick={props.onRestore}>
        {t('restore')}
      </button>
      <button ref={cancel} type="button" onClick={props.onCancel}>
        {t('cancel')}
      </button>
    </dialog>
  );
}
