// `#/cases`: the case library, the shared record list of cases with the case open beside it.
import { useEffect, useMemo, useState } from 'react';
import type { CaseDetail, CaseSummary } from '../../../src-main/contract/cases';
import { BUNDLE_EXTENSIONS } from '../../../src-main/contract/desktop';
import { call } from '../../app/api';
import { leaveAfterSave } from '../../app/leaveGuard';
import { hrefFor } from '../../app/router';
import { safeFileName } from '../../lib/download';
import { RecordList, type ListActions, type RecordKind } from '../library/RecordList';
import type { ListQuery } from '../library/records';
import { useT } from '../../app/i18n';
import { CaseEditor } from './CaseEditor';
import './cases.css';

type Words = ReturnType<typeof useT>['t'];

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
  t: Words,
  ticked: ReadonlySet<string>,
  tick: (id: string) => void,
  selectedId: string | null,
  keepPersonal: boolean,
  setKeepPersonal: (keep: boolean) => void,
): RecordKind<CaseSummary> {
  return {
    noun: 'case',
    heading: t('library.heading'),
    listLabel: t('library.listLabel'),
    className: 'case-library',
    searchPlaceholder: t('library.searchPlaceholder'),
    ownOrder: t('library.ownOrder'),
    importLabel: t('library.importLabel'),
    importFileLabel: t('library.importFileLabel'),
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
        what: t(keepPersonal ? 'library.exportWithPersonal' : 'library.exportWithoutPersonal', {
          cases: t('library.cases', { count: ids.length }),
        }),
      };
    },
    checkImport: (bundle) => call('cases.checkImport', { bundle }),
    importBundle: async (bundle, duplicateTitles) => {
      const { imported } = await call('cases.importBundle', { bundle, duplicateTitles });
      return t('library.cases', { count: imported.length });
    },
    card: (c, list) => (
      <>
        <input
          type="checkbox"
          checked={ticked.has(c.id)}
          onChange={() => tick(c.id)}
          // "Tick <title> for export", named by parts so a built-in title keeps its own language.
          aria-labelledby={`tick-${c.id} title-${c.id} export-${c.id}`}
        />
        <span id={`tick-${c.id}`} hidden>
          {t('library.tickBefore')}
        </span>
        <span id={`export-${c.id}`} hidden>
          {t('library.tickAfter')}
        </span>
        <button
          type="button"
          className="case-open"
          aria-pressed={c.id === selectedId}
          onClick={() => list.open(c.id)}
        >
          <span id={`title-${c.id}`} className="case-title" lang={c.builtin ? 'en' : undefined}>
            {c.title}
          </span>
          <span className="case-tags">
            {c.builtin && <span className="badge">{t('library.builtin')}</span>}
            {c.deletedAt && <span className="badge warn">{t('library.deleted')}</span>}
            {c.hasPersonal && <span className="badge">{t('library.personal')}</span>}
            <span lang={c.builtin ? 'en' : undefined}>{c.tags.join(' · ')}</span>
          </span>
        </button>
      </>
    ),
    toolbar: (list, page, importButton) => (
      <>
        <label>
          {t('library.newFrom')}
          <select
            value=""
            onChange={(e) => {
              const fromBuiltin = e.target.value;
              if (!fromBuiltin) return;
              void list.run(async () => {
                const created = await call('cases.create', { fromBuiltin });
                list.say(t('library.created', { title: created.title }));
                list.open(created.id);
                list.reload();
              });
            }}
          >
            <option value="">{t('library.chooseBuiltin')}</option>
            {page?.items
              .filter((c) => c.builtin && c.builtinSlug)
              .map((c) => (
                <option key={c.id} value={c.builtinSlug ?? ''} lang="en">
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
          {ticked.size > 0
            ? t('library.exportTicked', { count: ticked.size })
            : t('library.exportSelected')}
        </button>
        <label className="inline">
          <input
            type="checkbox"
            checked={keepPersonal}
            onChange={(e) => setKeepPersonal(e.target.checked)}
          />
          {t('library.keepPersonal')}
        </label>
        <a className="button" href={hrefFor({ name: 'backups' })}>
          {t('library.backups')}
        </a>
      </>
    ),
  };
}

/** Shows a case when its id is in the address (`#/cases/<id>`), so a case can be linked to. */
export function CaseLibrary({ caseId }: { caseId: string | null }) {
  // `t` is new when the language changes, so the kind is made again in the new words.
  const { t } = useT('cases');
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
    return caseKind(t, ticked, tick, caseId, keepPersonal, setKeepPersonal);
  }, [t, ticked, caseId, keepPersonal]);

  return (
    <RecordList
      kind={kind}
      selectedId={caseId}
      detail={(list) => <OpenCase caseId={caseId} list={list} emptyText={t('library.empty')} />}
    />
  );
}

/** The case in the address, in its editor; choosing a case is a change of address. */
function OpenCase({
  caseId,
  list,
  emptyText,
}: {
  caseId: string | null;
  list: ListActions<CaseSummary>;
  emptyText: string;
}) {
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
  if (!shown) return <p className="case-empty">{emptyText}</p>;
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
