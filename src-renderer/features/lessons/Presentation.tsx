// `#/present/<id>` (audience) and `#/present/<id>/presenter`: the two faces of one presentation,
// each in its own window, kept in step by usePresentSync. Keys work in either window.
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { beatWindow } from '../../../src-main/charts/beat-window';
import type { LessonBeat } from '../../../src-main/contract/lessons';
import { formatClock, formatPostpartum } from '../../lib/format';
import { SPEEDS, ZOOMS } from '../timeline/speeds';
import { Timeline } from '../timeline/Timeline';
import { usePlayback } from '../timeline/usePlayback';
import { BeatStage } from './BeatStage';
import { openPresenterWindow, swapDisplays } from './presenterWindow';
import { applyAction, KEY_LIST, keyToResult, type PresentState } from './presentState';
import { useLessonRuns, type CaseRun } from './useLessonRuns';
import { usePresentSync } from './usePresentSync';
import './lessons.css';

export type PresentRole = 'audience' | 'presenter';

const isTextEntry = (el: EventTarget | null) =>
  el instanceof HTMLElement &&
  (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT');

/** The narrowest timeline zoom that shows the whole span. */
function fittingZoom(spanSec: number): number {
  const i = ZOOMS.findIndex((z) => z.spanSec >= spanSec);
  return i === -1 ? ZOOMS.length - 1 : i;
}

/** The presenter's timeline opens on the beat's own stretch, as its charts do. */
function beatZoom(beat: LessonBeat, durationSec: number): number {
  const [from, to] = beatWindow(beat, durationSec);
  return fittingZoom(to - from);
}

const mmss = (ms: number) => {
  const s = Math.floor(ms / 1000);
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
};

/** The presentation is always shown in the projector theme; the previous theme comes back after. */
function useProjectorTheme() {
  useEffect(() => {
    const root = document.documentElement;
    const before = root.dataset.theme;
    root.dataset.theme = 'projector';
    return () => {
      if (before === undefined) delete root.dataset.theme;
      else root.dataset.theme = before;
    };
  }, []);
}

function KeyHelp({ onClose }: { onClose: () => void }) {
  return (
    <div className="present-help" role="dialog" aria-label="Presentation keys">
      <h2>Keys</h2>
      <dl>
        {KEY_LIST.map(([k, what]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </div>
  );
}

interface StageProps {
  beat: LessonBeat;
  run: CaseRun | undefined;
  t: number;
  pointer: boolean;
}

function Stage({ beat, run, t, pointer }: StageProps) {
  const descriptionId = useId();
  if (!run) return <p className="present-loading">Simulating {beat.caseId}…</p>;
  return (
    <>
      <BeatStage
        beat={beat}
        trace={run.trace}
        derived={run.derived}
        scenario={run.detail.scenario}
        t={t}
        pointer={pointer}
        descriptionId={descriptionId}
      />
      <p className="visually-hidden" id={descriptionId}>
        {run.detail.title}, {formatPostpartum(run.trace.startPostpartumHours, t)}
      </p>
    </>
  );
}

export function Presentation({ lessonId, role }: { lessonId: string; role: PresentRole }) {
  useProjectorTheme();
  const exit = () => {
    if (role === 'presenter' && window.opener) window.close();
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    window.location.hash = `#/lessons/${encodeURIComponent(lessonId)}`;
  };
  const [state, update, broadcastExit] = usePresentSync(lessonId, exit);
  const [digits, setDigits] = useState('');
  const [pointer, setPointer] = useState(false);
  const [help, setHelp] = useState(false);
  const [popupBlocked, setPopupBlocked] = useState(false);
  const [zoomChoice, setZoomIndex] = useState<number | null>(null);

  const { lesson, runs, error } = useLessonRuns(lessonId, state.beat);
  const beats: readonly LessonBeat[] = lesson?.beats ?? [];
  const current = beats[state.beat];
  const next = beats[state.beat + 1];
  const count = beats.length;
  const run = current ? runs.get(current.caseId) : undefined;

  // The clock inside the beat: starts at the beat's moment, played and paused by the shared state.
  const playback = usePlayback(run?.trace.durationSec ?? 1, state.speedIndex, () => undefined);
  const { seek, play, pause, setSpeedIndex } = playback;
  const startSec = (current?.atHours ?? 0) * 3600;
  useEffect(() => {
    seek(startSec);
  }, [seek, startSec, state.beat, run]);
  useEffect(() => {
    if (state.playing) play();
    else pause();
  }, [state.playing, play, pause]);
  useEffect(() => setSpeedIndex(state.speedIndex), [state.speedIndex, setSpeedIndex]);
  const t = run ? Math.min(playback.t, run.trace.durationSec) : 0;
  // A beat with a range plays to its end and stops there (in every window alike).
  const untilSec = current?.untilHours === undefined ? null : current.untilHours * 3600;
  const pastEnd = state.playing && untilSec !== null && t >= untilSec;
  useEffect(() => {
    if (pastEnd) update((s) => (s.playing ? { ...s, playing: false, version: s.version + 1 } : s));
  }, [pastEnd, update]);

  // Timers for the presenter: the whole talk, and the current beat.
  const startedAt = useRef(0);
  const beatStartedAt = useRef(0);
  const [times, setTimes] = useState({ total: 0, beat: 0 });
  useEffect(() => {
    beatStartedAt.current = Date.now();
  }, [state.beat]);
  useEffect(() => {
    if (role !== 'presenter') return;
    startedAt.current = Date.now();
    const id = setInterval(() => {
      const now = Date.now();
      setTimes({ total: now - startedAt.current, beat: now - beatStartedAt.current });
    }, 500);
    return () => clearInterval(id);
  }, [role]);

  const openPresenter = () => setPopupBlocked(!openPresenterWindow(lessonId));

  const onKey = useRef<(e: KeyboardEvent) => void>(() => undefined);
  useLayoutEffect(() => {
    onKey.current = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTextEntry(e.target)) return;
      // A focused button answers Space and Enter itself.
      const onButton = e.target instanceof HTMLElement && e.target.tagName === 'BUTTON';
      if (onButton && (e.key === ' ' || e.key === 'Enter')) return;
      const result = keyToResult(e.key, digits);
      switch (result.kind) {
        case 'none':
          return;
        case 'digits':
          setDigits(result.digits);
          break;
        case 'action':
          update((s: PresentState) => applyAction(s, result.action, count, SPEEDS.length));
          setDigits('');
          break;
        case 'pointer':
          setPointer((p) => !p);
          break;
        case 'help':
          setHelp((h) => !h);
          break;
        case 'exit':
          if (help) {
            setHelp(false);
            break;
          }
          broadcastExit();
          exit();
          break;
        case 'openPresenter':
          if (role === 'audience') openPresenter();
          break;
        case 'swapDisplays':
          swapDisplays();
          break;
      }
      e.preventDefault();
    };
  });
  useEffect(() => {
    const handler = (e: KeyboardEvent) => onKey.current(e);
    document.addEventListener('keydown', handler);
    return () => document.removeEventListener('keydown', handler);
  }, []);

  if (error && !lesson) return <p role="alert">Could not open this lesson: {error}</p>;
  if (!lesson || !current) {
    return lesson && count === 0 ? (
      <p role="alert">
        This lesson has no beats yet. <a href={`#/lessons/${lessonId}`}>Add some in the editor</a>.
      </p>
    ) : (
      <p aria-live="polite">Opening the lesson…</p>
    );
  }

  const counter = `Beat ${state.beat + 1} of ${count}`;
  const blank = state.blank !== 'none' && (
    <div
      className={`present-blank present-blank-${state.blank}`}
      data-testid="blank"
      aria-label={`Screen blanked ${state.blank}`}
    />
  );
  const goto = digits !== '' && (
    <p className="present-goto" role="status">
      Go to beat {digits}… (Enter)
    </p>
  );

  if (role === 'audience') {
    return (
      <section
        className="present present-audience"
        aria-label="Audience view"
        data-blank={state.blank}
      >
        <div className="present-stage">
          <Stage beat={current} run={run} t={t} pointer={pointer} />
        </div>
        <footer className="present-footer">
          <p className="present-caption" aria-live="polite">
            {current.caption}
          </p>
          <p className="present-counter">{counter}</p>
        </footer>
        {blank}
        {goto}
        {popupBlocked && (
          <p className="present-goto" role="alert">
            The browser blocked the presenter window: allow pop-ups for this page, then press S.
          </p>
        )}
        {help && <KeyHelp onClose={() => setHelp(false)} />}
        <button type="button" className="present-open-presenter" onClick={openPresenter}>
          Presenter view (S)
        </button>
      </section>
    );
  }

  const act = (action: Parameters<typeof applyAction>[1]) =>
    update((s) => applyAction(s, action, count, SPEEDS.length));
  return (
    <section className="present present-presenter" aria-label="Presenter view">
      <header className="presenter-bar">
        <h1>{lesson.title}</h1>
        <p className="present-counter">{counter}</p>
        <p>
          Elapsed <strong data-testid="elapsed">{mmss(times.total)}</strong> · this beat{' '}
          <strong data-testid="beat-time">{mmss(times.beat)}</strong>
        </p>
        <p className="presenter-blank-state" role="status">
          {state.blank === 'none' ? 'Audience sees the beat' : `Audience screen is ${state.blank}`}
        </p>
      </header>
      <div className="presenter-grid">
        <div className="presenter-current">
          <h2>Now</h2>
          <Stage beat={current} run={run} t={t} pointer={pointer} />
          <p className="presenter-caption" data-testid="presenter-caption">
            {current.caption}
          </p>
        </div>
        <div className="presenter-side">
          <h2>Next</h2>
          <p className="presenter-next" data-testid="presenter-next">
            {next ? next.caption : 'End of the lesson'}
          </p>
          <h2>Speaker notes</h2>
          <div className="presenter-notes" data-testid="presenter-notes">
            {current.notes === '' ? (
              <p>No notes for this beat.</p>
            ) : (
              current.notes.split('\n').map((line, i) => <p key={i}>{line}</p>)
            )}
          </div>
          <div className="presenter-buttons" role="group" aria-label="Presentation controls">
            <button type="button" onClick={() => act({ kind: 'previous' })}>
              Previous beat
            </button>
            <button type="button" className="primary" onClick={() => act({ kind: 'next' })}>
              Next beat
            </button>
            <button
              type="button"
              aria-pressed={state.blank === 'black'}
              onClick={() => act({ kind: 'blank', blank: 'black' })}
            >
              Black screen
            </button>
            <button
              type="button"
              aria-pressed={state.blank === 'white'}
              onClick={() => act({ kind: 'blank', blank: 'white' })}
            >
              White screen
            </button>
            <button type="button" onClick={() => setHelp(true)}>
              Keys (?)
            </button>
          </div>
        </div>
      </div>
      {run && (
        <div className="presenter-timeline">
          <Timeline
            durationSec={run.trace.durationSec}
            startPostpartumHours={run.trace.startPostpartumHours}
            events={run.derived.events}
            playback={{
              ...playback,
              t,
              // Play, pause and speed go through the shared state so the audience follows.
              toggle: () => act({ kind: 'togglePlay' }),
              play: () => !state.playing && act({ kind: 'togglePlay' }),
              pause: () => state.playing && act({ kind: 'togglePlay' }),
              setSpeedIndex: (i: number) =>
                act({ kind: 'speed', delta: i > state.speedIndex ? 1 : -1 }),
            }}
            zoomIndex={zoomChoice ?? beatZoom(current, run.trace.durationSec)}
            onZoom={setZoomIndex}
            onPrevEvent={() => act({ kind: 'previous' })}
            onNextEvent={() => act({ kind: 'next' })}
          />
          <p className="presenter-moment">
            Beat moment: {formatClock(startSec)} into “{run.detail.title}”
          </p>
        </div>
      )}
      {goto}
      {help && <KeyHelp onClose={() => setHelp(false)} />}
    </section>
  );
}
