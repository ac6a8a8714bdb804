// The library's backups with Restore. Also the way back when the library failed its integrity
// check at start: then this screen says so and restoring a backup puts it in the damaged file's
// place (which is kept aside).
import { useCallback, useEffect, useState } from 'react';
import type { BackupListResponse, BackupSummary } from '../../../src-main/contract/backups';
import { ApiError, call } from '../../app/api';
import './backups.css';

const KIND: Record<BackupSummary['kind'], string> = {
  daily: 'Daily',
  import: 'Before an import',
  restore: 'Before a restore',
  upgrade: 'Before an upgrade',
};

const when = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const size = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} kB`
    : `${(bytes / 1048576).toFixed(1)} MB`;
const errorText = (e: unknown) => (e instanceof ApiError ? e.message : String(e));

export function Backups({ onRestored }: { onRestored: () => void }) {
  const [list, setList] = useState<BackupListResponse | null>(null);
  const [asking, setAsking] = useState<BackupSummary | null>(null);
  const [notice, setNotice] = useState<{ kind: 'error' | 'status'; text: string } | null>(null);

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
        text:
          `Restored the library as it was on ${when(backup.createdAt)}. ` +
          (result.damagedMovedTo
            ? `The damaged file was kept as ${result.damagedMovedTo}.`
            : 'The library as it was just before is kept as a backup (“Before a restore”).'),
      });
      onRestored();
      load();
    } catch (e) {
      setNotice({ kind: 'error', text: `Not restored: ${errorText(e)}` });
    }
  };

  return (
    <section className="backups" aria-labelledby="backups-title">
      <h1 id="backups-title">Backups</h1>
      {list?.damaged && (
        <div role="alert" className="backups-damaged">
          <p>{list.damaged}</p>
          <p>Restore the newest backup below to go on working.</p>
        </div>
      )}
      <p>
        LactaSim backs up the case library by itself: once a day while you have cases or lessons of
        your own (the newest {list?.keep.daily ?? 7} are kept), before every import (
        {list?.keep.import ?? 5} kept) and before a restore ({list?.keep.restore ?? 5} kept). Copies
        made before an upgrade are never deleted. They are in <code>{list?.folder ?? '…'}</code>.
      </p>
      {notice && (
        <p role={notice.kind === 'error' ? 'alert' : 'status'} className={`notice ${notice.kind}`}>
          {notice.text}
        </p>
      )}
      {list && list.backups.length === 0 && <p>There are no backups yet.</p>}
      {list && list.backups.length > 0 && (
        <table className="backup-list">
          <caption className="visually-hidden">Backups, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Made</th>
              <th scope="col">Why</th>
              <th scope="col">Size</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.backups.map((b) => (
              <tr key={b.name}>
                <td>{when(b.createdAt)}</td>
                <td>{KIND[b.kind]}</td>
                <td>{size(b.bytes)}</td>
                <td>
                  <button
                    type="button"
                    aria-label={`Restore the backup of ${when(b.createdAt)}`}
                    onClick={() => setAsking(b)}
                  >
                    Restore…
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {asking && (
        <div role="dialog" aria-labelledby="restore-question" className="backups-confirm">
          <p id="restore-question">
            Restore the whole library as it was on {when(asking.createdAt)}? Cases and lessons
            changed since then go back to how they were then.{' '}
            {list?.damaged
              ? 'The damaged file is kept aside.'
              : 'The library as it is now is backed up first, so you can come back to it.'}
          </p>
          <button type="button" className="primary" onClick={() => void restore(asking)}>
            Restore
          </button>
          <button type="button" onClick={() => setAsking(null)}>
            Cancel
          </button>
        </div>
      )}
    </section>
  );
}
