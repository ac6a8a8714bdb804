import { useEffect, useRef, useState } from 'react';
import type { CaseDetail, CaseSort } from '../../../src-main/contract/cases';
import { BUNDLE_ACCEPT, BUNDLE_EXTENSIONS } from '../../../src-main/contract/desktop';
import { ApiError, call } from '../../app/api';
import { leaveAfterSave } from '../../app/leaveGuard';
import { hrefFor } from '../../app/router';
import { downloadText, safeFileName } from '../../lib/download';
import {
  DuplicateTitlesQuestion,
  type DuplicateChoice,
  type PendingImport,
} from '../imports/DuplicateTitlesQuestion';
import { CaseEditor } from './CaseEditor';
import { useCaseList, type ListQuery } from './useCaseList';
import './cases.css';

type Notice = { kind: 'error' | 'status'; text: string; undoId?: string };

const errorText = (e: unknown) => (e instanceof ApiError ? e.message : String(e));

/** Shows a case when its id is in the address (`#/cases/<id>`), so a case can be linked to. */
export function CaseLibrary({ caseId }: { caseId: string | null }) {
  const [query, setQuery] = useState<ListQuery>({
    query: '',
    tag: '',
    sort: '',
    includeDeleted: false,
  });
  const { data, error, reload } = useCaseList(query);
  const selectedId = caseId;
  // Choosing a case is a change of address: Back returns to the previous one, and an editor
  // with unsaved changes is asked about first.
  const setSelectedId = (id: string | null) => {
    window.location.hash = hrefFor({ name: 'cases', caseId: id });
  };
  const [pending, setPending] = useState<PendingImport | null>(null);
  const [detail, setDetail] = useState<CaseDetail | null>(null);
  const [checked, setChecked] = useState<Set<string>>(new Set());
  const [keepPersonal, setKeepPersonal] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!selectedId) return;
    let live = true;
    call('cases.get', { id: selectedId })
      .then((d) => live && setDetail(d))
      .catch((e: unknown) => live && setNotice({ kind: 'error', text: errorText(e) }));
    return () => {
      live = false;
    };
  }, [selectedId]);

  const shown = detail !== null && detail.id === selectedId ? detail : null;
  const builtins = (data?.cases ?? []).filter((c) => c.builtin && c.builtinSlug);

  const toggle = (id: string) =>
    setChecked((set) => {
      const next = new Set(set);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const exportChecked = async () => {
    const ids = checked.size > 0 ? [...checked] : selectedId ? [selectedId] : [];
    if (ids.length === 0) {
      setNotice({ kind: 'error', text: 'Tick the cases to export first.' });
      return;
    }
    try {
      const bundle = await call('cases.exportBundle', { ids, keepPersonal });
      const name =
        ids.length === 1 && bundle.cases[0]
          ? safeFileName(bundle.cases[0].title)
          : 'lactasim-cases';
      downloadText(`${name}${BUNDLE_EXTENSIONS.cases[0]}`, JSON.stringify(bundle, null, 2));
      setNotice({
        kind: 'status',
        text: `Exported ${ids.length} case${ids.length === 1 ? '' : 's'}${keepPersonal ? ' with personal details' : ' (personal details left out)'}.`,
      });
    } catch (e) {
      setNotice({ kind: 'error', text: errorText(e) });
    }
  };

  const importFile = async (file: File) => {
    let bundle: unknown;
    try {
      bundle = JSON.parse(await file.text());
    } catch (e) {
      setNotice({
        kind: 'error',
        text: `Nothing imported: ${file.name} is not JSON (${(e as Error).message}).`,
      });
      return;
    }
    try {
      const check = await call('cases.checkImport', { bundle });
      if (check.duplicates.length > 0) setPending({ bundle, fileName: file.name, check });
      else await importBundle({ bundle, fileName: file.name, check }, 'keep');
    } catch (e) {
      setNotice({ kind: 'error', text: `Nothing imported from ${file.name}: ${errorText(e)}` });
    }
  };

  const importBundle = async (p: PendingImport, duplicateTitles: DuplicateChoice) => {
    setPending(null);
    try {
      const { imported } = await call('cases.importBundle', { bundle: p.bundle, duplicateTitles });
      const renamed = duplicateTitles === 'rename' ? p.check.duplicates.length : 0;
      setNotice({
        kind: 'status',
        text:
          `Imported ${imported.length} case${imported.length === 1 ? '' : 's'} from ${p.fileName}` +
          (renamed > 0
            ? ` (${renamed} renamed, e.g. “${p.check.duplicates[0]!.renamedTo}”).`
            : '.'),
      });
      reload();
    } catch (e) {
      setNotice({ kind: 'error', text: `Nothing imported from ${p.fileName}: ${errorText(e)}` });
    }
  };

  const createFrom = async (slug: string) => {
    try {
      const created = await call('cases.create', { fromBuiltin: slug });
      setNotice({ kind: 'status', text: `Created “${created.title}” from the built-in case.` });
      setSelectedId(created.id);
      reload();
    } catch (e) {
      setNotice({ kind: 'error', text: errorText(e) });
    }
  };

  const undo = async (id: string) => {
    try {
      await call('cases.undoDelete', { id });
      setNotice({ kind: 'status', text: 'Case restored.' });
      setSelectedId(id);
      reload();
    } catch (e) {
      setNotice({ kind: 'error', text: errorText(e) });
    }
  };

  return (
    <div className="case-library">
      <section className="case-browser" aria-labelledby="cases-title">
        <h1 id="cases-title">Case library</h1>
        <div className="case-filters" role="search">
          <label>
            Search
            <input
              type="search"
              value={query.query}
              placeholder="Title, tags or notes"
              onChange={(e) => setQuery({ ...query, query: e.target.value })}
            />
          </label>
          <label>
            Tag
            <select value={query.tag} onChange={(e) => setQuery({ ...query, tag: e.target.value })}>
              <option value="">All tags</option>
              {data?.tags.map((t) => (
                <option key={t.tag} value={t.tag}>
                  {t.tag} ({t.count})
                </option>
              ))}
            </select>
          </label>
          <label>
            Sort
            <select
              value={query.sort}
              onChange={(e) => setQuery({ ...query, sort: e.target.value as CaseSort | '' })}
            >
              <option value="">Best match / recent</option>
              <option value="title">Title</option>
              <option value="updated">Last updated</option>
              <option value="created">Created</option>
            </select>
          </label>
          <label className="inline">
            <input
              type="checkbox"
              checked={query.includeDeleted}
              onChange={(e) => setQuery({ ...query, includeDeleted: e.target.checked })}
            />
            Show deleted
          </label>
        </div>

        <div className="case-toolbar">
          <label>
            New case from
            <select
              value=""
              onChange={(e) => {
                if (e.target.value) void createFrom(e.target.value);
              }}
            >
              <option value="">a built-in case…</option>
              {builtins.map((c) => (
                <option key={c.id} value={c.builtinSlug ?? ''}>
                  {c.title}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => fileInput.current?.click()}>
            Import bundle…
          </button>
          <input
            ref={fileInput}
            type="file"
            accept={BUNDLE_ACCEPT}
            hidden
            aria-label="Bundle file to import"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void importFile(file);
            }}
          />
          <button type="button" onClick={() => void exportChecked()}>
            Export {checked.size > 0 ? `${checked.size} ticked` : 'selected'}
          </button>
          <label className="inline">
            <input
              type="checkbox"
              checked={keepPersonal}
              onChange={(e) => setKeepPersonal(e.target.checked)}
            />
            Keep personal details in the export
          </label>
          <a className="button" href={hrefFor({ name: 'backups' })}>
            Backups…
          </a>
        </div>

        {pending && (
          <DuplicateTitlesQuestion
            pending={pending}
            onChoose={(choice) =>
              choice === null ? setPending(null) : void importBundle(pending, choice)
            }
          />
        )}

        {notice && (
          <p
            role={notice.kind === 'error' ? 'alert' : 'status'}
            className={`case-message ${notice.kind}`}
          >
            {notice.text}
            {notice.undoId && (
              <button type="button" onClick={() => void undo(notice.undoId!)}>
                Undo
              </button>
            )}
          </p>
        )}
        {error && <p role="alert">Could not load the case library: {error}</p>}

        <p className="case-count" aria-live="polite">
          {data ? `${data.total} case${data.total === 1 ? '' : 's'}` : 'Loading…'}
        </p>
        <ul className="case-list" aria-label="Cases">
          {data?.cases.map((c) => (
            <li key={c.id} className={c.id === selectedId ? 'selected' : undefined}>
              <input
                type="checkbox"
                checked={checked.has(c.id)}
                onChange={() => toggle(c.id)}
                aria-label={`Tick ${c.title} for export`}
              />
              <button
                type="button"
                className="case-open"
                aria-pressed={c.id === selectedId}
                onClick={() => setSelectedId(c.id)}
              >
                <span className="case-title">{c.title}</span>
                <span className="case-tags">
                  {c.builtin && <span className="badge">Built-in</span>}
                  {c.deletedAt && <span className="badge warn">Deleted</span>}
                  {c.hasPersonal && <span className="badge">Personal</span>}
                  {c.tags.join(' · ')}
                </span>
              </button>
              {c.deletedAt && (
                <button type="button" onClick={() => void undo(c.id)}>
                  Restore
                </button>
              )}
            </li>
          ))}
        </ul>
      </section>

      <div className="case-detail">
        {shown ? (
          <CaseEditor
            key={`${shown.id}@${shown.revision}`}
            detail={shown}
            onChanged={(d, note) => {
              setDetail(d);
              setNotice({ kind: 'status', text: note });
              reload();
            }}
            onDuplicated={(d) => {
              setNotice({ kind: 'status', text: `Made an editable copy: ${d.title}.` });
              setSelectedId(d.id);
              reload();
            }}
            onDeleted={(d) => {
              setNotice({
                kind: 'status',
                text: `Deleted “${d.title}”. It stays in the trash for 30 days.`,
                undoId: d.id,
              });
              // The case is gone: its unsaved edits with it, so no question.
              leaveAfterSave(hrefFor({ name: 'cases', caseId: null }));
              reload();
            }}
          />
        ) : (
          <p className="case-empty">
            Choose a case to see and edit it, or duplicate a built-in case to make your own.
          </p>
        )}
      </div>
    </div>
  );
}
