// `#/lessons/<id>`: a lesson's beats, each with a thumbnail of what the room will see. Built-in
// lessons are read-only here (duplicate to edit); the user's lessons edit title, summary and
// every beat (its moment on the case's own timeline), reorder beats by drag, by the Move
// buttons, by Move to… or by Alt+↑/↓ on a beat's handle, and save with the revision they
// started from.
import { useEffect, useId, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { Trans } from 'react-i18next';
import { CHART_NAMES, CHART_SPECS, type ChartName } from '../../../src-main/charts/chart-specs';
import type { CaseSummary } from '../../../src-main/contract/cases';
import {
  CAPTION_MAX,
  type LessonBeat,
  type LessonDetail,
} from '../../../src-main/contract/lessons';
import { call } from '../../app/api';
import { errorText } from '../../app/errorText';
import { appI18n, useT } from '../../app/i18n';
import { useDismiss } from '../../app/useDismiss';
import { useLeaveGuard } from '../../app/leaveGuard';
import { TERMS } from '../glossary/content';
import { moveItem, replaceItem } from './beatEdits';
import { BeatThumbnail } from './BeatThumbnail';
import { builtinLang } from './contentLang';
import { MomentPicker } from './MomentPicker';
import { MoveTo } from './MoveTo';
import { startPresentation, takePresentOpener } from './startPresentation';
import { useCaseRuns, type CaseRun } from './useCaseRuns';
import { useChartSay } from '../charts/chartWords';
import './lessons.css';

/** A new beat: the typical feed at its start, captioned in the interface language. */
const newBeat = (caption: string): LessonBeat => ({
  caseId: 'b_typical-feed-6-weeks',
  atHours: 0,
  view: { anatomy: 'classical', side: 'left', charts: [], zoom: null },
  caption,
  notes: '',
});

interface BeatProps {
  beat: LessonBeat;
  index: number;
  /** Every beat's caption, in order, for Move to…. */
  captions: readonly string[];
  cases: CaseSummary[];
  /** The simulated run of the beat's case, once it has arrived. */
  run: CaseRun | undefined;
  onChange: (b: LessonBeat) => void;
  onMove: (to: number) => void;
  onDragStartHere: () => void;
  /** A dragged beat was dropped on this one: it takes this one's place. */
  onDropHere: (data: string) => void;
  onRemove: () => void;
  onDuplicate: () => void;
}

function BeatEditor({
  beat,
  index,
  captions,
  cases,
  run,
  onChange,
  onMove,
  onDragStartHere,
  onDropHere,
  onRemove,
  onDuplicate,
}: BeatProps) {
  const { t } = useT('lessons');
  const say = useChartSay();
  const id = useId();
  const n = index + 1;
  const count = captions.length;
  const [over, setOver] = useState(false);
  const set = <K extends keyof LessonBeat>(k: K, v: LessonBeat[K]) => onChange({ ...beat, [k]: v });
  const setView = <K extends keyof LessonBeat['view']>(k: K, v: LessonBeat['view'][K]) =>
    onChange({ ...beat, view: { ...beat.view, [k]: v } });
  const toggleChart = (c: ChartName) => {
    const has = beat.view.charts.includes(c);
    const charts = has
      ? beat.view.charts.filter((x) => x !== c)
      : [...beat.view.charts, c].slice(0, 3);
    setView('charts', charts);
  };
  const onHandleKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    onMove(e.key === 'ArrowUp' ? index - 1 : index + 1);
  };
  const caseKnown = cases.some((c) => c.id === beat.caseId);
  return (
    <li
      className="beat-editor"
      data-drop-target={over || undefined}
      aria-label={t('beat.label', { n, caption: beat.caption })}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        onDropHere(e.dataTransfer.getData('text/plain'));
      }}
      data-index={index}
    >
      <div className="beat-head">
        {/* A div, not a button: browsers do not start a drag from form controls. */}
        <div
          role="button"
          tabIndex={0}
          className="beat-handle"
          data-beat-handle={index}
          draggable
          onDragStart={(e: DragEvent) => {
            onDragStartHere();
            e.dataTransfer.effectAllowed = 'move';
            e.dataTransfer.setData('text/plain', String(index));
          }}
          aria-label={t('beat.handle', { n })}
          onKeyDown={onHandleKey}
        >
          {t('beat.name', { n })}
        </div>
        <button
          type="button"
          onClick={() => onMove(index - 1)}
          disabled={index === 0}
          aria-label={t('beat.moveUpName', { n })}
        >
          {t('beat.moveUp')}
        </button>
        <button
          type="button"
          onClick={() => onMove(index + 1)}
          disabled={index === count - 1}
          aria-label={t('beat.moveDownName', { n })}
        >
          {t('beat.moveDown')}
        </button>
        <MoveTo index={index} captions={captions} onMove={onMove} />
        <button type="button" onClick={onDuplicate} aria-label={t('beat.duplicateName', { n })}>
          {t('beat.duplicate')}
        </button>
        <button
          type="button"
          onClick={onRemove}
          data-beat-remove={index}
          aria-label={t('beat.removeName', { n })}
        >
          {t('beat.remove')}
        </button>
      </div>
      <div className="beat-body">
        <BeatThumbnail beat={beat} run={run} />
        <div className="beat-texts">
          <label htmlFor={`${id}-caption`}>{t('beat.caption', { n })}</label>
          <input
            id={`${id}-caption`}
            value={beat.caption}
            maxLength={CAPTION_MAX}
            onChange={(e) => set('caption', e.target.value)}
          />
          <label htmlFor={`${id}-notes`}>{t('beat.notes', { n })}</label>
          <textarea
            id={`${id}-notes`}
            rows={3}
            value={beat.notes}
            onChange={(e) => set('notes', e.target.value)}
          />
        </div>
      </div>
      <fieldset className="beat-moment">
        <legend>{t('beat.moment', { n })}</legend>
        <MomentPicker
          beat={beat}
          n={n}
          run={run}
          onChange={(moment) => onChange({ ...beat, ...moment })}
        />
      </fieldset>
      <div className="beat-fields">
        <label>
          {t('beat.case')}
          <select value={beat.caseId} onChange={(e) => set('caseId', e.target.value)}>
            {!caseKnown && (
              <option value={beat.caseId}>{t('beat.caseMissing', { id: beat.caseId })}</option>
            )}
            {cases.map((c) => (
              <option key={c.id} value={c.id} lang={builtinLang(c.builtin)}>
                {c.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('beat.anatomy')}
          <select
            value={beat.view.anatomy}
            onChange={(e) => setView('anatomy', e.target.value as 'classical' | 'ultrasound')}
          >
            <option value="classical">{t('beat.classical')}</option>
            <option value="ultrasound">{t('beat.ultrasound')}</option>
          </select>
        </label>
        <label>
          {t('beat.breast')}
          <select
            value={beat.view.side}
            onChange={(e) => setView('side', e.target.value as 'left' | 'right')}
          >
            <option value="left">{t('beat.left')}</option>
            <option value="right">{t('beat.right')}</option>
          </select>
        </label>
        <label>
          {t('beat.focus')}
          <select
            value={beat.view.zoom ?? ''}
            onChange={(e) => setView('zoom', e.target.value === '' ? null : e.target.value)}
          >
            <option value="">{t('beat.noFocus')}</option>
            {/* Glossary terms are built-in content, English for now. */}
            {TERMS.map((term) => (
              <option key={term.id} value={term.id} lang="en">
                {term.term}
              </option>
            ))}
          </select>
        </label>
      </div>
      <fieldset className="beat-charts-choice">
        <legend>{t('beat.charts')}</legend>
        {CHART_NAMES.map((c) => (
          <label key={c} className="inline">
            <input
              type="checkbox"
              checked={beat.view.charts.includes(c)}
              onChange={() => toggleChart(c)}
            />
            {say(CHART_SPECS[c].title)}
          </label>
        ))}
      </fieldset>
    </li>
  );
}

interface LessonDraft {
  title: string;
  summary: string;
  beats: LessonBeat[];
}

function unsaved(lesson: LessonDetail | null, draft: LessonDraft | null): boolean {
  return (
    lesson !== null &&
    draft !== null &&
    (draft.title !== lesson.title ||
      draft.summary !== lesson.summary ||
      JSON.stringify(draft.beats) !== JSON.stringify(lesson.beats))
  );
}

export function LessonEditor({ lessonId }: { lessonId: string }) {
  const { t } = useT('lessons');
  const [lesson, setLesson] = useState<LessonDetail | null>(null);
  const [draft, setDraft] = useState<LessonDraft | null>(null);
  const [cases, setCases] = useState<CaseSummary[]>([]);
  const [notice, setNotice] = useState<{ kind: 'error' | 'status'; text: string } | null>(null);
  const dragFrom = useRef<number | null>(null);
  const addBeatButton = useRef<HTMLButtonElement>(null);
  const shown = draft?.beats ?? lesson?.beats ?? [];
  const { runs } = useCaseRuns(shown.map((b) => b.caseId));

  useEffect(() => {
    let live = true;
    call('lessons.get', { id: lessonId })
      .then((l) => {
        if (!live) return;
        setLesson(l);
        setDraft({ title: l.title, summary: l.summary, beats: l.beats });
      })
      .catch((e: unknown) => live && setNotice({ kind: 'error', text: errorText(e) }));
    call('cases.list', { limit: 1000, sort: 'title' })
      .then((r) => live && setCases(r.cases))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [lessonId]);

  useLeaveGuard(unsaved(lesson, draft));

  // Leaving a presentation lands here, on a page mounted anew: focus goes back to the Present
  // button that started it, or to the heading when that was the list's, once the lesson shows
  // (as a pop-up gives it back to its opener) rather than falling to the page's body.
  const [presentedFrom] = useState(() => takePresentOpener(lessonId));
  const { openerRef, close: giveFocusBack } = useDismiss(() => undefined);
  useEffect(() => {
    if (presentedFrom) giveFocusBack();
  }, [presentedFrom, giveFocusBack]);

  if (!lesson || !draft) {
    return notice ? (
      <p role="alert">{notice.text}</p>
    ) : (
      <p aria-live="polite">{t('editor.opening')}</p>
    );
  }

  const dirty = unsaved(lesson, draft);
  // A lesson left without beats has its Present button disabled, so the heading takes focus.
  const presentBack = presentedFrom === 'editor' && lesson.beatCount > 0;
  const backTo = (el: HTMLElement | null) => {
    openerRef.current = el;
  };
  const setBeats = (beats: LessonBeat[]) => setDraft({ ...draft, beats });
  const move = (from: number, to: number) => {
    if (to < 0 || to >= draft.beats.length) return;
    setBeats(moveItem(draft.beats, from, to));
    // Keyboard reordering keeps focus on the handle of the beat that moved.
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`[data-beat-handle="${to}"]`)?.focus(),
    );
    setNotice({ kind: 'status', text: t('editor.moved', { from: from + 1, to: to + 1 }) });
  };

  const remove = (i: number) => {
    const beats = draft.beats.filter((_, j) => j !== i);
    setBeats(beats);
    // The Remove button goes with its beat: focus moves to the same button of the beat now in
    // its place (else the one before it, else Add beat) rather than falling to the page's body.
    const next = Math.min(i, beats.length - 1);
    requestAnimationFrame(() =>
      (next >= 0
        ? document.querySelector<HTMLElement>(`[data-beat-remove="${next}"]`)
        : addBeatButton.current
      )?.focus(),
    );
    setNotice({ kind: 'status', text: t('editor.removed', { n: i + 1 }) });
  };

  const save = async () => {
    try {
      const saved = await call('lessons.update', {
        id: lesson.id,
        baseRevision: lesson.revision,
        patch: { title: draft.title, summary: draft.summary, beats: draft.beats },
      });
      setLesson(saved);
      setDraft({ title: saved.title, summary: saved.summary, beats: saved.beats });
      setNotice({ kind: 'status', text: t('editor.saved') });
    } catch (e) {
      setNotice({ kind: 'error', text: errorText(e) });
    }
  };
  const duplicate = async () => {
    try {
      const copy = await call('lessons.duplicate', { id: lesson.id });
      window.location.hash = `#/lessons/${copy.id}`;
    } catch (e) {
      setNotice({ kind: 'error', text: errorText(e) });
    }
  };

  const noticeEl = notice && (
    <p
      role={notice.kind === 'error' ? 'alert' : 'status'}
      className={`notice notice-${notice.kind}`}
    >
      {notice.text}
    </p>
  );

  if (lesson.builtin) {
    return (
      <section className="lessons lesson-editor" aria-labelledby="lesson-title">
        <p>
          <a href="#/lessons">{t('editor.back')}</a>
        </p>
        <h1 id="lesson-title" lang="en" ref={presentBack ? undefined : backTo} tabIndex={-1}>
          {lesson.title}
        </h1>
        <p className="lede" lang="en">
          {lesson.summary}
        </p>
        <p>{t('editor.readOnly')}</p>
        <div className="lesson-buttons">
          <button
            type="button"
            className="primary"
            ref={presentBack ? backTo : undefined}
            onClick={() => startPresentation(lesson.id, 'editor')}
          >
            {t('actions.present')}
          </button>
          <button type="button" onClick={() => void duplicate()}>
            {t('actions.duplicate')}
          </button>
        </div>
        {noticeEl}
        <ol className="beat-readonly" lang="en">
          {lesson.beats.map((b, i) => (
            <li key={i}>
              <BeatThumbnail beat={b} run={runs.get(b.caseId)} />
              <div>
                <strong>{b.caption}</strong>
                <p>{b.notes}</p>
              </div>
            </li>
          ))}
        </ol>
      </section>
    );
  }

  return (
    <section className="lessons lesson-editor" aria-labelledby="lesson-title">
      <p>
        <a href="#/lessons">{t('editor.back')}</a>
      </p>
      <h1 id="lesson-title" ref={presentBack ? undefined : backTo} tabIndex={-1}>
        {t('editor.heading')}
      </h1>
      <label htmlFor="lesson-title-input">{t('editor.title')}</label>
      <input
        id="lesson-title-input"
        value={draft.title}
        onChange={(e) => setDraft({ ...draft, title: e.target.value })}
      />
      <label htmlFor="lesson-summary">{t('editor.summary')}</label>
      <textarea
        id="lesson-summary"
        rows={2}
        value={draft.summary}
        onChange={(e) => setDraft({ ...draft, summary: e.target.value })}
      />
      <div className="lesson-buttons lesson-editor-bar">
        <button type="button" className="primary" onClick={() => void save()} disabled={!dirty}>
          {t('editor.save')}
        </button>
        <button
          type="button"
          ref={presentBack ? backTo : undefined}
          onClick={() => startPresentation(lesson.id, 'editor')}
          disabled={dirty || lesson.beatCount === 0}
        >
          {t('actions.present')}
        </button>
        <span className="lesson-dirty" aria-live="polite">
          {dirty ? t('editor.unsaved') : t('editor.allSaved')}
        </span>
      </div>
      {noticeEl}
      <ol className="beat-list" aria-label={t('editor.beats')}>
        {draft.beats.map((b, i) => (
          <BeatEditor
            key={i}
            beat={b}
            index={i}
            captions={draft.beats.map((x) => x.caption)}
            cases={cases}
            run={runs.get(b.caseId)}
            onChange={(nb) => setBeats(replaceItem(draft.beats, i, nb))}
            onMove={(to) => move(i, to)}
            onDragStartHere={() => {
              dragFrom.current = i;
            }}
            onDropHere={(data) => {
              // The index set at drag start; the drag data as a fallback (from another tab).
              const from = dragFrom.current ?? Number(data);
              dragFrom.current = null;
              if (Number.isInteger(from) && from !== i) move(from, i);
            }}
            onRemove={() => remove(i)}
            onDuplicate={() =>
              setBeats([...draft.beats.slice(0, i + 1), b, ...draft.beats.slice(i + 1)])
            }
          />
        ))}
      </ol>
      <button
        ref={addBeatButton}
        type="button"
        onClick={() => setBeats([...draft.beats, newBeat(t('editor.newBeatCaption'))])}
      >
        {t('editor.addBeat')}
      </button>
      <p className="hint">
        <Trans t={t} i18n={appI18n} i18nKey="editor.hint" components={{ strong: <strong /> }} />
      </p>
    </section>
  );
}
