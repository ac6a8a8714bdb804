// `#/lessons`: the shared record list of lessons, each card with Present, Edit (or Duplicate for
// a built-in), Export, Handout and Delete; plus New lesson and Import lesson bundle.
import { useMemo } from 'react';
import { Trans } from 'react-i18next';
import type { LessonSummary } from '../../../src-main/contract/lessons';
import { BUNDLE_EXTENSIONS } from '../../../src-main/contract/desktop';
import { call } from '../../app/api';
import { appI18n, useT } from '../../app/i18n';
import { hrefFor } from '../../app/router';
import { safeFileName } from '../../lib/download';
import { downloadFiles } from '../charts/download';
import { RecordList, type RecordKind } from '../library/RecordList';
import { filterAndSort, type ListQuery } from '../library/records';
import { builtinLang } from './contentLang';
import { startPresentation } from './startPresentation';
import './lessons.css';

const lessonHref = (id: string) => hrefFor({ name: 'lessons', lessonId: id });

/** lessons.list returns every lesson (there are tens): the list searches and sorts them here. */
async function listLessons(q: ListQuery) {
  const { lessons } = await call('lessons.list', { includeDeleted: q.includeDeleted });
  const items = filterAndSort(lessons, q, (l) => `${l.title}\n${l.summary}`);
  return { items, total: items.length, tags: null };
}

type T = ReturnType<typeof useT>['t'];

/** The card's buttons, each named by its words and the lesson's title, e.g. "Export Supply…". */
const ACTIONS = ['present', 'duplicate', 'edit', 'export', 'handout', 'delete'] as const;

/**
 * Lessons for the record list, in the interface language. A button's accessible name joins its
 * words (a hidden span) and the card's heading, so a built-in title keeps its own `lang` in it.
 */
function lessonKind(t: T): RecordKind<LessonSummary> {
  const quoted = (title: string) => t('list.quoted', { title });
  return {
    noun: 'lesson',
    heading: t('list.heading'),
    listLabel: t('list.label'),
    className: 'lessons',
    searchPlaceholder: t('list.searchPlaceholder'),
    ownOrder: t('list.ownOrder'),
    importLabel: t('list.import'),
    importFileLabel: t('list.importFile'),
    openAfterRestore: false,
    href: lessonHref,
    list: listLessons,
    duplicate: (id) => call('lessons.duplicate', { id }),
    remove: (id) => call('lessons.delete', { id }),
    undoDelete: (id) => call('lessons.undoDelete', { id }),
    exportBundle: async (ids) => {
      const bundle = await call('lessons.exportBundle', { ids });
      const first = ids.length === 1 ? bundle.lessons[0] : undefined;
      const titles = bundle.lessons.map((l) => quoted(l.title)).join(', ');
      return {
        fileName: `${first ? safeFileName(first.title) : 'lactasim-lessons'}${BUNDLE_EXTENSIONS.lesson[0]}`,
        bundle,
        what: t('list.exported', { titles, count: bundle.cases.length }),
      };
    },
    checkImport: (bundle) => call('lessons.checkImport', { bundle }),
    importBundle: async (bundle, duplicateTitles) => {
      const result = await call('lessons.importBundle', { bundle, duplicateTitles });
      const names = result.lessons.map((l) => quoted(l.title)).join(', ');
      return result.cases.length
        ? t('list.importedWithCases', { names, count: result.cases.length })
        : names;
    },
    intro: (
      <p className="lede">
        <Trans
          t={t}
          i18n={appI18n}
          i18nKey="list.intro"
          components={{ strong: <strong />, kbd: <kbd /> }}
        />
      </p>
    ),
    toolbar: (list, _page, importButton) => (
      <>
        <button
          type="button"
          className="primary"
          onClick={() =>
            void list.run(async () => {
              const created = await call('lessons.create', { title: t('list.newLessonTitle') });
              list.open(created.id);
            })
          }
        >
          {t('list.newLesson')}
        </button>
        {importButton}
      </>
    ),
    card: (l, list) => {
      const heading = `lesson-${l.id}`;
      const named = (action: (typeof ACTIONS)[number]) => `${heading}-${action} ${heading}`;
      return (
        <article className="lesson-card" aria-labelledby={heading}>
          <h2 id={heading} lang={builtinLang(l.builtin)}>
            <a href={lessonHref(l.id)}>{l.title}</a>
          </h2>
          <p className="lesson-meta">
            {t('card.beats', { count: l.beatCount })} ·{' '}
            {l.builtin ? t('card.builtin') : t('card.yours')}
            {l.deletedAt && ` · ${t('card.deleted')}`}
          </p>
          {l.summary && <p lang={builtinLang(l.builtin)}>{l.summary}</p>}
          {/* A lesson in the trash offers only the list's Restore. */}
          {!l.deletedAt && (
            <div className="lesson-buttons">
              <div hidden>
                {ACTIONS.map((a) => (
                  <span key={a} id={`${heading}-${a}`}>
                    {t(`card.names.${a}`)}
                  </span>
                ))}
              </div>
              <button
                type="button"
                className="primary"
                aria-labelledby={named('present')}
                onClick={() => startPresentation(l.id, 'list')}
                disabled={l.beatCount === 0}
              >
                {t('actions.present')}
              </button>
              {l.builtin ? (
                <button
                  type="button"
                  aria-labelledby={named('duplicate')}
                  onClick={() => void list.duplicate(l)}
                >
                  {t('actions.duplicate')}
                </button>
              ) : (
                <a className="button" href={lessonHref(l.id)} aria-labelledby={named('edit')}>
                  {t('actions.edit')}
                </a>
              )}
              <button
                type="button"
                aria-labelledby={named('export')}
                onClick={() => void list.exportIds([l.id])}
              >
                {t('actions.export')}
              </button>
              <button
                type="button"
                aria-labelledby={named('handout')}
                onClick={() =>
                  void list.run(async () => {
                    list.say(t('card.handoutMaking', { title: l.title }));
                    const { file } = await call('lessons.handout', { id: l.id });
                    downloadFiles([file]);
                    list.say(t('card.handoutSaved', { file: file.filename }));
                  })
                }
              >
                {t('actions.handout')}
              </button>
              {!l.builtin && (
                <button
                  type="button"
                  aria-labelledby={named('delete')}
                  onClick={() => void list.remove(l)}
                >
                  {t('actions.delete')}
                </button>
              )}
            </div>
          )}
        </article>
      );
    },
  };
}

export function LessonList() {
  const { t } = useT('lessons');
  const kind = useMemo(() => lessonKind(t), [t]);
  return <RecordList kind={kind} />;
}
