// The one list screen for cases and lessons, parameterised by a `RecordKind`: search, tag, sort
// and "Show deleted"; the count; the cards; duplicate, delete with Undo, Restore from the trash;
// bundle export and import (asking about repeated titles). What differs — the API methods, the
// card, the toolbar, the side panel and the labels — is in the kind; the list's own words are in
// library.json, per kind where Spanish agrees with the noun ("Caso restaurado", "Lección
// restaurada").
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { ImportCheckResponse } from '../../../src-main/contract/cases';
import { BUNDLE_ACCEPT } from '../../../src-main/contract/desktop';
import { ApiError } from '../../app/api';
import { useT } from '../../app/i18n';
import { downloadText } from '../../lib/download';
import {
  DuplicateTitlesQuestion,
  type DuplicateChoice,
  type PendingImport,
} from '../imports/DuplicateTitlesQuestion';
import {
  NO_QUERY,
  countOf,
  type ListPage,
  type ListQuery,
  type RecordNoun,
  type RecordSort,
  type RecordSummary,
} from './records';
import './library.css';

/** What the list offers a kind's card, toolbar and side panel. */
export interface ListActions<S extends RecordSummary> {
  /** Runs `fn`, showing what it throws as the screen's error. */
  run(fn: () => Promise<void>): Promise<void>;
  say(text: string): void;
  reload(): void;
  /** Makes an editable copy and opens it. */
  duplicate(record: S): Promise<void>;
  /** Says a copy was made (elsewhere, e.g. by an editor) and opens it. */
  duplicated(copy: { id: string; title: string }): void;
  /** Moves the record to the trash, offering Undo. */
  remove(record: S): Promise<void>;
  /** Says a record went to the trash (elsewhere, e.g. by an editor), offering Undo. */
  deleted(record: { id: string; title: string }): void;
  /** Writes these records to one bundle file. */
  exportIds(ids: string[]): Promise<void>;
  /** Opens the record: its address. */
  open(id: string): void;
}

/** One written bundle: its file name, contents and what to tell the user about it. */
export interface ExportedBundle {
  fileName: string;
  bundle: unknown;
  /** In the interface language, e.g. "2 cases (personal details left out)". */
  what: string;
}

/** A kind of record the list shows: cases or lessons. */
export interface RecordKind<S extends RecordSummary> {
  /** Which words of library.json the list uses (counts and messages). */
  noun: RecordNoun;
  heading: string;
  /** The accessible name of the list of records. */
  listLabel: string;
  /** Class of the screen, for its layout. */
  className: string;
  searchPlaceholder: string;
  /** The sort offered first, the list's own order. */
  ownOrder: string;
  importLabel: string;
  importFileLabel: string;
  /** Opening a restored record (true) or leaving the list as it is. */
  openAfterRestore: boolean;
  href(id: string): string;
  list(q: ListQuery): Promise<ListPage<S>>;
  duplicate(id: string): Promise<{ id: string; title: string }>;
  remove(id: string): Promise<unknown>;
  undoDelete(id: string): Promise<unknown>;
  exportBundle(ids: string[]): Promise<ExportedBundle>;
  checkImport(bundle: unknown): Promise<ImportCheckResponse>;
  /** Imports and says what came in, in the interface language, e.g. "1 case". */
  importBundle(bundle: unknown, duplicateTitles: DuplicateChoice): Promise<string>;
  /** The card of one record (inside its list item). */
  card(record: S, actions: ListActions<S>): ReactNode;
  /** The toolbar: New, Export, …, with the list's import button where it belongs. */
  toolbar?(actions: ListActions<S>, page: ListPage<S> | null, importButton: ReactNode): ReactNode;
  intro?: ReactNode;
}

type Notice = { kind: 'error' | 'status'; text: string; undoId?: string };

const errorText = (e: unknown) =>
  e instanceof ApiError || e instanceof Error ? e.message : String(e);
/** Opening a record is a change of address: Back returns, an editor with unsaved changes asks. */
function goTo(hash: string) {
  window.location.hash = hash;
}

/** A kind's list for a query; reloads when the query changes or `reload()` is called. */
function useRecordPage<S extends RecordSummary>(
  list: RecordKind<S>['list'],
  query: ListQuery,
): { page: ListPage<S> | null; error: string | null; reload: () => void } {
  const [page, setPage] = useState<ListPage<S> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    // Typing in the search box waits for a pause.
    const timer = setTimeout(() => {
      list(query)
        .then((value) => {
          if (!live) return;
          setPage(value);
          setError(null);
        })
        .catch((e: unknown) => live && setError(errorText(e)));
    }, 120);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [list, query, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { page, error, reload };
}

export function RecordList<S extends RecordSummary>({
  kind,
  selectedId = null,
  detail,
}: {
  kind: RecordKind<S>;
  /** The record open beside the list (the case library), if any. */
  selectedId?: string | null;
  /** The side panel, given the list's actions. */
  detail?: (actions: ListActions<S>) => ReactNode;
}) {
  const [query, setQuery] = useState<ListQuery>(NO_QUERY);
  const { page, error, reload } = useRecordPage(kind.list, query);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [pending, setPending] = useState<PendingImport | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  // The control that deleted a record (its card's Delete, the editor's) goes with it, so the
  // offer of Undo takes focus; the notice's status role says what was deleted.
  const undoButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (notice?.undoId) undoButton.current?.focus();
  }, [notice]);
  // Undo goes with its notice, so focus follows the restored record to its card once the list
  // shows it again (a kind that opens the record on restore takes focus there instead).
  const listRef = useRef<HTMLUListElement>(null);
  const focusOnRestore = useRef<string | null>(null);
  useEffect(() => {
    const id = focusOnRestore.current;
    if (!id || !page?.items.some((r) => r.id === id)) return;
    focusOnRestore.current = null;
    listRef.current
      ?.querySelector<HTMLElement>(`li[data-record-id="${CSS.escape(id)}"] :is(a, button)`)
      ?.focus();
  }, [page]);
  const { t } = useT('library');
  const { noun } = kind;

  // Stable, so a side panel may load with them in an effect.
  const say = useCallback((text: string) => setNotice({ kind: 'status', text }), []);
  const run = useCallback(async (fn: () => Promise<void>) => {
    try {
      await fn();
    } catch (e) {
      setNotice({ kind: 'error', text: errorText(e) });
    }
  }, []);
  const open = (id: string) => goTo(kind.href(id));
  const duplicated = (copy: { id: string; title: string }) => {
    say(t('duplicated', { title: copy.title }));
    open(copy.id);
    reload();
  };
  const deleted = (record: { id: string; title: string }) => {
    setNotice({
      kind: 'status',
      text: t('deleted', { title: record.title }),
      undoId: record.id,
    });
    reload();
  };
  const undo = (id: string) =>
    run(async () => {
      await kind.undoDelete(id);
      say(t(`${noun}.restored`));
      if (kind.openAfterRestore) open(id);
      else focusOnRestore.current = id;
      reload();
    });

  const actions: ListActions<S> = {
    run,
    say,
    reload,
    open,
    duplicated,
    deleted,
    duplicate: (record) => run(async () => duplicated(await kind.duplicate(record.id))),
    remove: (record) =>
      run(async () => {
        await kind.remove(record.id);
        deleted(record);
      }),
    exportIds: (ids) =>
      run(async () => {
        if (ids.length === 0) throw new Error(t(`${noun}.tickFirst`));
        const { fileName, bundle, what } = await kind.exportBundle(ids);
        downloadText(fileName, JSON.stringify(bundle, null, 2));
        say(t('exported', { what }));
      }),
  };

  const importFile = async (file: File) => {
    let bundle: unknown;
    try {
      bundle = JSON.parse(await file.text());
    } catch (e) {
      setNotice({
        kind: 'error',
        text: t('import.notJson', { file: file.name, error: errorText(e) }),
      });
      return;
    }
    try {
      const check = await kind.checkImport(bundle);
      const p = { bundle, fileName: file.name, check };
      if (check.duplicates.length > 0) setPending(p);
      else await importBundle(p, 'keep');
    } catch (e) {
      setNotice({
        kind: 'error',
        text: t('import.failed', { file: file.name, error: errorText(e) }),
      });
    }
  };

  const importBundle = async (p: PendingImport, duplicateTitles: DuplicateChoice) => {
    setPending(null);
    try {
      const what = await kind.importBundle(p.bundle, duplicateTitles);
      const renamed = duplicateTitles === 'rename' ? p.check.duplicates : [];
      say(
        renamed[0]
          ? t('import.doneRenamed', {
              what,
              file: p.fileName,
              renamed: renamed.length,
              example: renamed[0].renamedTo,
            })
          : t('import.done', { what, file: p.fileName }),
      );
      reload();
    } catch (e) {
      setNotice({
        kind: 'error',
        text: t('import.failed', { file: p.fileName, error: errorText(e) }),
      });
    }
  };

  const importButton = (
    <button type="button" onClick={() => fileInput.current?.click()}>
      {kind.importLabel}
    </button>
  );
  const list = (
    <section className={`record-browser ${kind.className}`} aria-labelledby={`${noun}-list-title`}>
      <h1 id={`${noun}-list-title`}>{kind.heading}</h1>
      {kind.intro}
      <div className="record-filters" role="search">
        <label>
          {t('filters.search')}
          <input
            type="search"
            value={query.query}
            placeholder={kind.searchPlaceholder}
            onChange={(e) => setQuery({ ...query, query: e.target.value })}
          />
        </label>
        {page?.tags && (
          <label>
            {t('filters.tag')}
            <select value={query.tag} onChange={(e) => setQuery({ ...query, tag: e.target.value })}>
              <option value="">{t('filters.allTags')}</option>
              {page.tags.map((tag) => (
                <option key={tag.tag} value={tag.tag}>
                  {tag.tag} ({tag.count})
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          {t('filters.sort')}
          <select
            value={query.sort}
            onChange={(e) => setQuery({ ...query, sort: e.target.value as RecordSort })}
          >
            <option value="">{kind.ownOrder}</option>
            <option value="title">{t('filters.byTitle')}</option>
            <option value="updated">{t('filters.byUpdated')}</option>
            <option value="created">{t('filters.byCreated')}</option>
          </select>
        </label>
        <label className="inline">
          <input
            type="checkbox"
            checked={query.includeDeleted}
            onChange={(e) => setQuery({ ...query, includeDeleted: e.target.checked })}
          />
          {t(`${noun}.showDeleted`)}
        </label>
      </div>

      <div className="record-toolbar">
        {kind.toolbar ? kind.toolbar(actions, page, importButton) : importButton}
        <input
          ref={fileInput}
          type="file"
          accept={BUNDLE_ACCEPT}
          hidden
          aria-label={kind.importFileLabel}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void importFile(file);
          }}
        />
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
            <button ref={undoButton} type="button" onClick={() => void undo(notice.undoId!)}>
              {t('undo')}
            </button>
          )}
        </p>
      )}
      {error && <p role="alert">{t(`${noun}.loadFailed`, { error })}</p>}

      <p className="record-count" aria-live="polite">
        {page ? countOf(page.total, noun) : t('loading')}
      </p>
      <ul ref={listRef} className="record-list" aria-label={kind.listLabel}>
        {page?.items.map((r) => (
          <li
            key={r.id}
            data-record-id={r.id}
            className={r.id === selectedId ? 'selected' : undefined}
            data-deleted={r.deletedAt !== null || undefined}
          >
            {kind.card(r, actions)}
            {r.deletedAt && (
              <button type="button" onClick={() => void undo(r.id)}>
                {t('restore')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );

  if (!detail) return list;
  return (
    <div className="record-screen">
      {list}
      <div className="record-detail">{detail(actions)}</div>
    </div>
  );
}
