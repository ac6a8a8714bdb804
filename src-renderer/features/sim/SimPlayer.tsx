// Plays one trace: the clock, the frame model computed once per tick, the anatomy drawing, the
// timeline, the glossary and the live narration.
import {
  memo,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type RefObject,
} from 'react';
import type { FeedingEvent, Scenario } from '../../../src-main/sim/scenario';
import type { Side, Trace } from '../../../src-main/sim/trace';
import { AnatomyView, type ZoomRequest } from '../anatomy/AnatomyView';
import { chartLink } from '../anatomy/chartLinks';
import { useAnatomyFrame } from '../anatomy/useAnatomyFrame';
import { computeLayout, type AnatomyMode } from '../anatomy/geometry';
import { ZOOM_STEP } from '../anatomy/zoom';
import { SimCharts } from '../charts/SimCharts';
import { GlossaryCard } from '../glossary/GlossaryCard';
import { eventsBetween, mostTelling, narrate, nextEvent, previousEvent } from '../timeline/events';
import { actionSpeed } from '../timeline/actionSpeed';
import {
  defaultSpeedIndex,
  FOLLOW_ACTION_MAX_SEC,
  steppedSpeedIndex,
  timelineWindow,
  ZOOMS,
} from '../timeline/speeds';
import { Timeline } from '../timeline/Timeline';
import { usePlayback } from '../timeline/usePlayback';
import { actNowEvent } from './actNow';
import { ActNowButtons } from './ActNowButtons';
import { derive } from './derive';
import { describeFrame } from './describe';
import { Readouts } from './Readouts';
import { StructureList } from './StructureList';
import { useReducedMotion } from './useReducedMotion';

interface Props {
  trace: Trace;
  scenario: Scenario;
  mode: AnatomyMode;
  side: Side;
  caseTitle: string;
  initialTimeSec?: number | undefined;
  /** Kept at the timeline position, for Add to lesson and the switch to the parent view. */
  timeRef?: RefObject<number> | undefined;
  /**
   * A structure to frame in the drawing, by data-part name ("alveolus", "duct", "pituitary"…);
   * each change zooms there, null resets the zoom. For lesson beats and other callers.
   */
  zoomTo?: string | null;
  /** Adds a session at the playhead (Latch now…); the caller re-simulates and the view plays on. */
  onActNow?: (event: FeedingEvent) => void;
}

function initialZoom(durationSec: number): number {
  const i = ZOOMS.findIndex((z) => z.spanSec >= durationSec);
  return i === -1 ? ZOOMS.length - 1 : i;
}

const isTextEntry = (el: EventTarget | null) =>
  el instanceof HTMLElement &&
  (el.tagName === 'INPUT' ||
    el.tagName === 'SELECT' ||
    el.tagName === 'TEXTAREA' ||
    el.isContentEditable);

/** Memoised: the view around it re-renders on every parameter edit, the player only for a new run. */
export const SimPlayer = memo(function SimPlayer({
  trace,
  scenario,
  mode,
  side,
  caseTitle,
  initialTimeSec,
  timeRef,
  zoomTo,
  onActNow,
}: Props) {
  const derived = useMemo(() => derive(trace), [trace]);
  const layout = useMemo(() => computeLayout(mode), [mode]);
  const reducedMotion = useReducedMotion();
  const [live, setLive] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const [zoomIndex, setZoomIndex] = useState(() => initialZoom(trace.durationSec));
  const descriptionId = useId();
  const [zoomRequest, setZoomRequest] = useState<ZoomRequest | null>(() =>
    zoomTo ? { part: zoomTo } : null,
  );
  const [hoverPanel, setHoverPanel] = useState<string | null>(null);
  const link = useMemo(() => chartLink(hoverPanel), [hoverPanel]);
  // A new zoomTo from the caller becomes a request (adjusting state while rendering).
  const [seenZoomTo, setSeenZoomTo] = useState(zoomTo);
  if (zoomTo !== seenZoomTo) {
    setSeenZoomTo(zoomTo);
    if (zoomTo !== undefined) setZoomRequest(zoomTo === null ? { reset: true } : { part: zoomTo });
  }

  const action = useMemo(
    () => actionSpeed(derived.events, trace.durationSec),
    [derived, trace.durationSec],
  );
  const playback = usePlayback(
    trace.durationSec,
    defaultSpeedIndex(trace.durationSec),
    (from, to) => {
      const passed = eventsBetween(derived.events, from, to);
      const landed =
        to < from ? derived.events.filter((e) => Math.abs(e.atSeconds - to) < 0.5) : passed;
      const event = mostTelling(landed);
      if (event) setLive(narrate(event));
    },
    action,
    trace.durationSec <= FOLLOW_ACTION_MAX_SEC,
  );
  const t = Math.min(playback.t, trace.durationSec);
  // Open at the moment the parent view was showing; report the moment for the way back.
  const seekOnMount = useRef(initialTimeSec);
  const { seek } = playback;
  useEffect(() => {
    if (seekOnMount.current !== undefined) seek(seekOnMount.current);
    seekOnMount.current = undefined;
  }, [seek]);
  useLayoutEffect(() => {
    if (timeRef) timeRef.current = t;
  }, [timeRef, t]);

  const frame = useAnatomyFrame(trace, derived, scenario, t, side, reducedMotion);
  const description = describeFrame(frame.model, frame.cut.size);

  const zoomToPart = useCallback((part: string) => setZoomRequest({ part }), []);
  // Stable, so the memoised card does not re-render with every frame.
  const closeCard = useCallback(() => setSelected(null), []);

  const stepEvent = (dir: 1 | -1) => {
    const e = dir > 0 ? nextEvent(derived.events, t) : previousEvent(derived.events, t);
    if (!e) return;
    playback.seek(e.atSeconds);
    setLive(narrate(e));
  };

  // Keyboard map of the view: Space, ←/→, [ and ], + and −. Bound once; reads the latest state.
  const onKey = useRef<(e: KeyboardEvent) => void>(() => {});
  useLayoutEffect(() => {
    onKey.current = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTextEntry(e.target)) return;
      const span = timelineWindow(
        t,
        trace.durationSec,
        ZOOMS[zoomIndex]?.spanSec ?? trace.durationSec,
      );
      const step = Math.max(1, (span.end - span.start) / 100);
      const target = e.target instanceof HTMLElement ? e.target : null;
      switch (e.key) {
        case ' ':
          // A focused button answers Space itself.
          if (target && (target.tagName === 'BUTTON' || target.tagName === 'A')) return;
          playback.toggle();
          break;
        case 'ArrowRight':
          playback.seek(t + step);
          break;
        case 'ArrowLeft':
          playback.seek(t - step);
          break;
        case ']':
          stepEvent(1);
          break;
        case '[':
          stepEvent(-1);
          break;
        case '+':
        case '=':
          playback.setSpeedIndex(steppedSpeedIndex(playback, 1));
          break;
        case '-':
        case '_':
          playback.setSpeedIndex(steppedSpeedIndex(playback, -1));
          break;
        case 'z':
          setZoomRequest({ by: ZOOM_STEP });
          break;
        case 'Z':
          setZoomRequest({ by: 1 / ZOOM_STEP });
          break;
        case '0':
          setZoomRequest({ reset: true });
          break;
        default:
          return;
      }
      e.preventDefault();
    };
  });
  useEffect(() => {
    const handler = (e: KeyboardEvent) => onKey.current(e);
    document.addEventListener('keydown', handler);
    return () => document.removeEventListener('keydown', handler);
  }, []);

  return (
    <div className="sim-player">
      <div className="sim-stage">
        <AnatomyView
          layout={layout}
          frame={frame}
          schedules={derived.schedules}
          reducedMotion={reducedMotion}
          highlight={selected}
          onSelect={setSelected}
          descriptionId={descriptionId}
          zoomRequest={zoomRequest}
          link={link}
        />
        <p className="narration" role="status" aria-live="polite" data-testid="narration">
          {live}
        </p>
      </div>
      <aside className="sim-side" aria-label="Readouts and glossary">
        {onActNow && (
          <ActNowButtons
            side={side}
            onAct={(kind) => {
              onActNow(actNowEvent(kind, t, side));
              playback.play();
            }}
          />
        )}
        <Readouts
          frame={frame.model}
          capacityMl={scenario.mother.storageCapacityMl}
          onSelect={setSelected}
        />

        <GlossaryCard termId={selected} onClose={closeCard} />
        <StructureList
          mode={mode}
          selected={selected}
          onSelect={setSelected}
          onActivate={zoomToPart}
        />
        <p className="sim-description" id={descriptionId}>
          <strong>Now: </strong>
          {description}
        </p>
      </aside>
      <div className="sim-timeline">
        <Timeline
          durationSec={trace.durationSec}
          startPostpartumHours={trace.startPostpartumHours}
          events={derived.events}
          playback={{ ...playback, t }}
          zoomIndex={zoomIndex}
          onZoom={setZoomIndex}
          onPrevEvent={() => stepEvent(-1)}
          onNextEvent={() => stepEvent(1)}
        />
      </div>
      <SimCharts
        trace={trace}
        scenario={scenario}
        caseTitle={caseTitle}
        timeSec={t}
        onSeek={playback.seek}
        onHoverPanel={setHoverPanel}
      />
    </div>
  );
});
