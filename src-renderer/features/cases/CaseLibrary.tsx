// `#/cases`: the case library, the shared record list of cases with the case open beside it.
import { useEffect, useMemo, useState } from 'react';
import type { CaseDetail, CaseSummary } from '../../../src-main/contract/cases';
import { BUNDLE_EXTENSIONS } from '../../../src-main/contract/desktop';
import { call } from '../../app/api';
import { leaveAfterSave } from '../../app/leaveGuard';
import { hrefFor } from '../../app/router';
import { safeFileName } from '../../lib/download';
import { RecordList, type ListActions, type RecordKind } from '../library/RecordList';
import { countOf, type ListQuery } from '../library/records';
import { CaseEditor } from './CaseEditor';
import './cases.css';

const listCases = async (q: ListQuery) => {
  const r = await call('cases.list', {
    ...(q.query.trim() ? { query: q.query.trim() } : {}),
    ...(q.tag ? { tag: q.tag } : {}),
    ...(q.sort ? { sort: q.sort } : {}),
    includeDeleted: q.includeDeleted,
  });
  return { items: r.cases, total: r.total, tags: r.tags };
};

/** Cases: the API and labels; the row and toolbar need the library's ticks and selection. */
function caseKind(
  ticked: ReadonlySet<string>,
  tick: (id: string) => void,
  selectedId: string | null,
  keepPersonal: boolean,
  setKeepPersonal: (keep: boolean) => void,
): RecordKind<CaseSummary> {
  return {
    noun: 'case',
    heading: 'Case library',
    listLabel: 'Cases',
    className: 'case-library',
    searchPlaceholder: 'Title, tags or notes',
    ownOrder: 'Best match / recent',
    importLabel: 'Import bundle…',
    importFileLabel: 'Bundle file to import',
    openAfterRestore: true,
    href: (id) => hrefFor({ name: 'cases', caseId: id }),
    list: listCases,
    duplicate: (id) => call('cases.duplicate', { id }),
    remove: (id) => call('cases.delete', { id }),
    undoDelete: (id) => call('cases.undoDelete', { id }),
    exportBundle: async (ids) => {
      const bundle = await call('cases.exportBundle', { ids, keepPersonal });
      const first = ids.length === 1 ? bundle.cases[0] : undefined;
      return {
        fileName: `${first ? safeFileName(first.title) : 'lactasim-cases'}${BUNDLE_EXTENSIONS.cases[0]}`,
        bundle,
        what: `${countOf(ids.length, 'case')}${keepPersonal ? ' with personal details' : ' (personal details left out)'}`,
      };
    },
    checkImport: (bundle) => call('cases.checkImport', { bundle }),
    importBundle: async (bundle, duplicateTitles) => {
      const { imported } = await call('cases.importBundle', { bundle, duplicateTitles });
      return countOf(imported.length, 'case');
    },
    card: (c, list) => (
      <>
        <input
          type="checkbox"
          checked={ticked.has(c.id)}
          onChange={() => tick(c.id)}
          aria-label={`Tick ${c.title} for export`}
        />
        <button
          type="button"
          className="case-open"
          aria-pressed={c.id === selectedId}
          onClick={() => list.open(c.id)}
        >
          <span className="case-title">{c.title}</span>
          <span className="case-tags">
            {c.builtin && <span className="badge">Built-in</span>}
            {c.deletedAt && <span className="badge warn">Deleted</span>}
            {c.hasPersonal && <span className="badge">Personal</span>}
            {c.tags.join(' · ')}
          </span>
        </button>
      </>
    ),
    toolbar: (list, page, importButton) => (
      <>
        <label>
          New case from
          <select
            value=""
            onChange={(e) => {
              const fromBuiltin = e.target.value;
              if (!fromBuiltin) return;
              void list.run(async () => {
                const created = await call('cases.create', { fromBuiltin });
                list.say(`Created “${created.title}” from the built-in case.`);
                list.open(created.id);
                list.reload();
              });
            }}
          >
            <option value="">a built-in case…</option>
            {page?.items
              .filter((c) => c.builtin && c.builtinSlug)
              .map((c) => (
                <option key={c.id} value={c.builtinSlug ?? ''}>
                  {c.title}
                </option>
              ))}
          </select>
        </label>
        {importButton}
        <button
          type="button"
          onClick={() =>
            void list.exportIds(ticked.size > 0 ? [...ticked] : selectedId ? [selectedId] : [])
          }
        >
          Export {ticked.size > 0 ? `${ticked.size} ticked` : 'selected'}
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
      </>
    ),
  };
}

/** Shows a case when its id is in the address (`#/cases/<id>`), so a case can be linked to. */
export function CaseLibrary({ caseId }: { caseId: string | null }) {
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [keepPersonal, setKeepPersonal] = useState(false);
  const kind = useMemo(() => {
    const tick = (id: string) =>
      setTicked((set) => {
        const next = new Set(set);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      });
    return caseKind(ticked, tick, caseId, keepPersonal, setKeepPersonal);
  }, [ticked, caseId, keepPersonal]);

  return (
    <RecordList
      kind={kind}
      selectedId={caseId}
      detail={(list) => <OpenCase caseId={caseId} list={list} />}
    />
  );
}

/** The case in the address, in its editor; choosing a case is a change of address. */
function OpenCase({ caseId, list }: { caseId: string | null; list: ListActions<CaseSummary> }) {
  const [detail, setDetail] = useState<CaseDetail | null>(null);
  const { run } = list;
  useEffect(() => {
    if (!caseId) return;
    let live = true;
    void run(async () => {
      const d = await call('cases.get', { id: caseId });
      if (live) setDetail(d);
    });
    return () => {
      live = false;
    };
  }, [caseId, run]);

  const shown = detail !== null && detail.id === caseId ? detail : null;
  if (!shown)
    return (
      <p className="case-empty">
        Choose a case to see and edit it, or duplicate a built-in case to make your own.
      </p>
    );
  return (
    <CaseEditor
      key={`${shown.id}@${shown.revision}`}
      detail={shown}
      onChanged={(d, note) => {
        setDetail(d);
        list.say(note);
        list.reload();
      }}
      onDuplicated={list.duplicated}
      onDeleted={(d) => {
        list.deleted(d);
        // The case is gone: its unsaved edits with it, so no question.
        leaveAfterSave(hrefFor({ name: 'cases', caseId: null }));
      }}
    />
  );
}
