// `#/lessons`: the shared record list of lessons, each card with Present, Edit (or Duplicate for
// a built-in), Export, Handout and Delete; plus New lesson and Import lesson bundle.
import type { LessonSummary } from '../../../src-main/contract/lessons';
import { BUNDLE_EXTENSIONS } from '../../../src-main/contract/desktop';
import { call } from '../../app/api';
import { hrefFor } from '../../app/router';
import { safeFileName } from '../../lib/download';
import { downloadFiles } from '../charts/download';
import { RecordList, type RecordKind } from '../library/RecordList';
import { filterAndSort, type ListQuery } from '../library/records';
import { startPresentation } from './startPresentation';
import './lessons.css';

const lessonHref = (id: string) => hrefFor({ name: 'lessons', lessonId: id });

/** lessons.list returns every lesson (there are tens): the list searches and sorts them here. */
async function listLessons(q: ListQuery) {
  const { lessons } = await call('lessons.list', { includeDeleted: q.includeDeleted });
  const items = filterAndSort(lessons, q, (l) => `${l.title}\n${l.summary}`);
  return { items, total: items.length, tags: null };
}

export const lessonKind: RecordKind<LessonSummary> = {
  noun: 'lesson',
  heading: 'Lessons',
  listLabel: 'Lessons',
  className: 'lessons',
  searchPlaceholder: 'Title or summary',
  ownOrder: 'Built-in first',
  importLabel: 'Import lesson bundle…',
  importFileLabel: 'Lesson bundle file',
  openAfterRestore: false,
  href: lessonHref,
  list: listLessons,
  duplicate: (id) => call('lessons.duplicate', { id }),
  remove: (id) => call('lessons.delete', { id }),
  undoDelete: (id) => call('lessons.undoDelete', { id }),
  exportBundle: async (ids) => {
    const bundle = await call('lessons.exportBundle', { ids });
    const first = ids.length === 1 ? bundle.lessons[0] : undefined;
    const titles = bundle.lessons.map((l) => `“${l.title}”`).join(', ');
    return {
      fileName: `${first ? safeFileName(first.title) : 'lactasim-lessons'}${BUNDLE_EXTENSIONS.lesson[0]}`,
      bundle,
      what: `${titles} with ${bundle.cases.length} of its own cases`,
    };
  },
  checkImport: (bundle) => call('lessons.checkImport', { bundle }),
  importBundle: async (bundle, duplicateTitles) => {
    const result = await call('lessons.importBundle', { bundle, duplicateTitles });
    const names = result.lessons.map((l) => `“${l.title}”`).join(', ');
    return `${names}${result.cases.length ? ` and ${result.cases.length} case(s)` : ''}`;
  },
  intro: (
    <p className="lede">
      Story beats for teaching from a projector: each beat is a moment of a case with what the view
      shows, a caption for the room and notes for you. <strong>Present</strong> opens the audience
      view here; press <kbd>S</kbd> for the presenter view in a second window.
    </p>
  ),
  toolbar: (list, _page, importButton) => (
    <>
      <button
        type="button"
        className="primary"
        onClick={() =>
          void list.run(async () => {
            const created = await call('lessons.create', { title: 'New lesson' });
            list.open(created.id);
          })
        }
      >
        New lesson
      </button>
      {importButton}
    </>
  ),
  card: (l, list) => (
    <article className="lesson-card" aria-labelledby={`lesson-${l.id}`}>
      <h2 id={`lesson-${l.id}`}>
        <a href={lessonHref(l.id)}>{l.title}</a>
      </h2>
      <p className="lesson-meta">
        {l.beatCount} beats · {l.builtin ? 'built-in (read-only)' : 'your lesson'}
        {l.deletedAt && ' · deleted'}
      </p>
      {l.summary && <p>{l.summary}</p>}
      {/* A lesson in the trash offers only the list's Restore. */}
      {!l.deletedAt && (
        <div className="lesson-buttons">
          <button
            type="button"
            className="primary"
            aria-label={`Present ${l.title}`}
            onClick={() => startPresentation(l.id)}
            disabled={l.beatCount === 0}
          >
            Present
          </button>
          {l.builtin ? (
            <button
              type="button"
              aria-label={`Duplicate to edit: ${l.title}`}
              onClick={() => void list.duplicate(l)}
            >
              Duplicate to edit
            </button>
          ) : (
            <a className="button" href={lessonHref(l.id)} aria-label={`Edit ${l.title}`}>
              Edit
            </a>
          )}
          <button
            type="button"
            aria-label={`Export ${l.title}`}
            onClick={() => void list.exportIds([l.id])}
          >
            Export
          </button>
          <button
            type="button"
            aria-label={`Handout (PDF): ${l.title}`}
            onClick={() =>
              void list.run(async () => {
                list.say(`Making the handout for “${l.title}”…`);
                const { file } = await call('lessons.handout', { id: l.id });
                downloadFiles([file]);
                list.say(`Handout saved: ${file.filename}`);
              })
            }
          >
            Handout (PDF)
          </button>
          {!l.builtin && (
            <button
              type="button"
              aria-label={`Delete ${l.title}`}
              onClick={() => void list.remove(l)}
            >
              Delete
            </button>
          )}
        </div>
      )}
    </article>
  ),
};

export function LessonList() {
  return <RecordList kind={lessonKind} />;
}
