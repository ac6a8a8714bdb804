// `#/lessons`: the built-in and the user's lessons, each with Present, Edit (or Duplicate for a
// built-in), Export, Handout and Delete; plus New lesson and Import lesson bundle.
import { BUNDLE_ACCEPT, BUNDLE_EXTENSIONS } from '../../../src-main/contract/desktop';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LessonSummary } from '../../../src-main/contract/lessons';
import { ApiError, call } from '../../app/api';
import { downloadText, safeFileName } from '../../lib/download';
import { downloadFiles } from '../charts/download';
import {
  DuplicateTitlesQuestion,
  type DuplicateChoice,
  type PendingImport,
} from '../imports/DuplicateTitlesQuestion';
import { startPresentation } from './startPresentation';
import './lessons.css';

type Notice = { kind: 'error' | 'status'; text: string; undoId?: string };
const errorText = (e: unknown) => (e instanceof ApiError ? e.message : String(e));

export function LessonList() {
  const [lessons, setLessons] = useState<LessonSummary[] | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [pending, setPending] = useState<PendingImport | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const reload = useCallback(() => {
    call('lessons.list', {})
      .then((r) => setLessons(r.lessons))
      .catch((e: unknown) => setNotice({ kind: 'error', text: errorText(e) }));
  }, []);
  useEffect(reload, [reload]);

  const run = async (fn: () => Promise<void>) => {
    try {
      await fn();
    } catch (e) {
      setNotice({ kind: 'error', text: errorText(e) });
    }
  };

  const newLesson = () =>
    run(async () => {
      const created = await call('lessons.create', { title: 'New lesson' });
      window.location.hash = `#/lessons/${created.id}`;
    });
  const duplicate = (l: LessonSummary) =>
    run(async () => {
      const copy = await call('lessons.duplicate', { id: l.id });
      window.location.hash = `#/lessons/${copy.id}`;
    });
  const exportOne = (l: LessonSummary) =>
    run(async () => {
      const bundle = await call('lessons.exportBundle', { ids: [l.id] });
      downloadText(
        `${safeFileName(l.title)}${BUNDLE_EXTENSIONS.lesson[0]}`,
        JSON.stringify(bundle, null, 2),
      );
      setNotice({
        kind: 'status',
        text: `Exported “${l.title}” with ${bundle.cases.length} of its own cases.`,
      });
    });
  const handout = (l: LessonSummary) =>
    run(async () => {
      setNotice({ kind: 'status', text: `Making the handout for “${l.title}”…` });
      const { file } = await call('lessons.handout', { id: l.id });
      downloadFiles([file]);
      setNotice({ kind: 'status', text: `Handout saved: ${file.filename}` });
    });
  const remove = (l: LessonSummary) =>
    run(async () => {
      await call('lessons.delete', { id: l.id });
      setNotice({ kind: 'status', text: `Deleted “${l.title}”.`, undoId: l.id });
      reload();
    });
  const undo = (id: string) =>
    run(async () => {
      await call('lessons.undoDelete', { id });
      setNotice({ kind: 'status', text: 'Restored.' });
      reload();
    });
  const importFile = (file: File) =>
    run(async () => {
      const text = await file.text();
      let bundle: unknown;
      try {
        bundle = JSON.parse(text);
      } catch {
        throw new Error(`${file.name} is not a JSON file`);
      }
      const check = await call('lessons.checkImport', { bundle });
      const pendingImport = { bundle, fileName: file.name, check };
      if (check.duplicates.length > 0) setPending(pendingImport);
      else await importBundle(pendingImport, 'keep');
    });
  const importBundle = async (p: PendingImport, duplicateTitles: DuplicateChoice) => {
    setPending(null);
    const result = await call('lessons.importBundle', { bundle: p.bundle, duplicateTitles });
    const names = result.lessons.map((l) => `“${l.title}”`).join(', ');
    setNotice({
      kind: 'status',
      text: `Imported ${names}${result.cases.length ? ` and ${result.cases.length} case(s)` : ''}.`,
    });
    reload();
  };

  return (
    <section className="lessons" aria-labelledby="lessons-title">
      <h1 id="lessons-title">Lessons</h1>
      <p className="lede">
        Story beats for teaching from a projector: each beat is a moment of a case with what the
        view shows, a caption for the room and notes for you. <strong>Present</strong> opens the
        audience view here; press <kbd>S</kbd> for the presenter view in a second window.
      </p>
      <div className="lessons-actions">
        <button type="button" className="primary" onClick={() => void newLesson()}>
          New lesson
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          Import lesson bundle…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept={BUNDLE_ACCEPT}
          aria-label="Lesson bundle file"
          hidden
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) void importFile(f);
            e.target.value = '';
          }}
        />
      </div>
      {pending && (
        <DuplicateTitlesQuestion
          pending={pending}
          onChoose={(choice) =>
            choice === null ? setPending(null) : void run(() => importBundle(pending, choice))
          }
        />
      )}
      {notice && (
        <p
          role={notice.kind === 'error' ? 'alert' : 'status'}
          className={`notice notice-${notice.kind}`}
        >
          {notice.text}
          {notice.undoId && (
            <button type="button" onClick={() => void undo(notice.undoId!)}>
              Undo
            </button>
          )}
        </p>
      )}
      {!lessons && <p aria-live="polite">Loading lessons…</p>}
      <ul className="lesson-list">
        {lessons?.map((l) => (
          <li key={l.id}>
            <article className="lesson-card" aria-labelledby={`lesson-${l.id}`}>
              <h2 id={`lesson-${l.id}`}>
                <a href={`#/lessons/${l.id}`}>{l.title}</a>
              </h2>
              <p className="lesson-meta">
                {l.beatCount} beats · {l.builtin ? 'built-in (read-only)' : 'your lesson'}
              </p>
              {l.summary && <p>{l.summary}</p>}
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
                    onClick={() => void duplicate(l)}
                  >
                    Duplicate to edit
                  </button>
                ) : (
                  <a className="button" href={`#/lessons/${l.id}`} aria-label={`Edit ${l.title}`}>
                    Edit
                  </a>
                )}
                <button
                  type="button"
                  aria-label={`Export ${l.title}`}
                  onClick={() => void exportOne(l)}
                >
                  Export
                </button>
                <button
                  type="button"
                  aria-label={`Handout (PDF): ${l.title}`}
                  onClick={() => void handout(l)}
                >
                  Handout (PDF)
                </button>
                {!l.builtin && (
                  <button
                    type="button"
                    aria-label={`Delete ${l.title}`}
                    onClick={() => void remove(l)}
                  >
                    Delete
                  </button>
                )}
              </div>
            </article>
          </li>
        ))}
      </ul>
    </section>
  );
}
