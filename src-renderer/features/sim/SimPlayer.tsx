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
import { withDefaults } from '../../../src-main/sim/defaults';
import type { Scenario } from '../../../src-main/sim/scenario';
import type { Side, Trace } from '../../../src-main/sim/trace';
import { tr, useT } from '../../app/i18n';
import { KeyHelp } from '../../app/KeyHelp';
import { useDismiss } from '../../app/useDismiss';
import { useKeyTable } from '../../app/useKeyTable';
import { AnatomyView, type ZoomRequest } from '../anatomy/AnatomyView';
import { chartLink } from '../anatomy/chartLinks';
import { useAnatomyFrame } from '../anatomy/useAnatomyFrame';
import { computeLayout, type AnatomyMode } from '../anatomy/geometry';
import { ZOOM_STEP } from '../anatomy/zoom';
import { SimCharts } from '../charts/SimCharts';
import { SkinTonePicker } from '../anatomy/SkinTonePicker';
import { DrawingExport } from '../slides/DrawingExport';
import { cardTextId, GlossaryCard } from '../glossary/GlossaryCard';
import { eventsBetween, narrate, nextEvent, previousEvent } from '../timeline/events';
import {
  NARRATION_LEVELS,
  narrationFor,
  type NarrationLevel,
  type NarratorMemory,
} from '../timeline/narration';
import { actionSpeed } from '../timeline/actionSpeed';
import {
  defaultSpeedIndex,
  FOLLOW_ACTION_MAX_SEC,
  keyStepSec,
  steppedSpeedIndex,
  timelineWindow,
  ZOOMS,
} from '../timeline/speeds';
import { Timeline } from '../timeline/Timeline';
import { usePlayback } from '../timeline/usePlayback';
import type { ActNowKind } from './actNow';
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
  /** Acts at the playhead (Latch now…, at model seconds); the caller re-simulates, the view plays on. */
  onActNow?: (kind: ActNowKind, atSec: number) => void;
}

function initialZoom(durationSec: number): number {
  const i = ZOOMS.findIndex((z) => z.spanSec >= durationSec);
  return i === -1 ? ZOOMS.length - 1 : i;
}

/** Memoised: the view around it re-renders on every parameter edit, the player only for a new run. */
const NARRATION_KEY = 'lactasim.narration';

/** The narration level remembered on this computer (one line per feed phase by default). */
function storedNarrationLevel(): NarrationLevel {
  const stored = localStorage.getItem(NARRATION_KEY);
  return NARRATION_LEVELS.find((l) => l.value === stored)?.value ?? 'summary';
}

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
  // Also re-renders the player's words (description, narration choices) on a language switch.
  const { t: say } = useT('sim');
  const derived = useMemo(() => derive(trace), [trace]);
  const layout = useMemo(() => computeLayout(mode), [mode]);
  const reducedMotion = useReducedMotion();
  const [live, setLive] = useState('');
  const [narrationLevel, setNarrationLevel] = useState(storedNarrationLevel);
  const narrator = useRef<NarratorMemory>({ lastSpokenAt: null });
  const playingRef = useRef(false);
  const [selected, setSelected] = useState<string | null>(null);
  const [zoomIndex, setZoomIndex] = useState(() => initialZoom(trace.durationSec));
  const descriptionId = useId();
  const [zoomRequest, setZoomRequest] = useState<ZoomRequest | null>(() =>
    zoomTo ? { part: zoomTo } : null,
  );
  const [hoverPanel, setHoverPanel] = useState<string | null>(null);
  const stageRef = useRef<HTMLDivElement>(null);
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
      const line = narrationFor(
        landed,
        derived.events,
        { playing: playingRef.current, level: narrationLevel, now: performance.now() },
        narrator.current,
      );
      if (line !== null) setLive(line);
    },
    action,
    trace.durationSec <= FOLLOW_ACTION_MAX_SEC,
  );
  const t = Math.min(playback.t, trace.durationSec);
  useLayoutEffect(() => {
    playingRef.current = playback.playing;
  });
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
  // The card closes with its button or Esc (in the list or the card) and gives focus back to the
  // list's button for what it showed, which does not open it again.
  const cardId = useId();
  const sideRef = useRef<HTMLElement>(null);
  const { openerRef, returningRef, close } = useDismiss(() => setSelected(null));
  const selectFromList = useCallback(
    (id: string) => {
      if (!returningRef.current) setSelected(id);
    },
    [returningRef],
  );
  const selectedRef = useRef(selected);
  useLayoutEffect(() => {
    selectedRef.current = selected;
  });
  // Stable, so the memoised card does not re-render with every frame.
  const closeCard = useCallback(() => {
    openerRef.current =
      sideRef.current?.querySelector<HTMLElement>(
        `.structure-list [data-structure="${selectedRef.current}"]`,
      ) ?? null;
    close();
  }, [openerRef, close]);

  const stepEvent = (dir: 1 | -1) => {
    const e = dir > 0 ? nextEvent(derived.events, t) : previousEvent(derived.events, t);
    if (!e) return;
    playback.seek(e.atSeconds);
    setLive(narrate(e));
  };

  // The app's key table, simulation scope: Space and P, ← / →, [ and ], + and −, Z, 0 and ?.
  const [help, setHelp] = useState(false);
  useKeyTable('sim', (command) => {
    // With the key list open, only the keys that close it act.
    if (help) {
      if (command !== 'help' && command !== 'exit') return false;
      setHelp(false);
      return;
    }
    const span = timelineWindow(
      t,
      trace.durationSec,
      ZOOMS[zoomIndex]?.spanSec ?? trace.durationSec,
    );
    switch (command) {
      case 'togglePlay':
        playback.toggle();
        break;
      case 'stepForward':
        playback.seek(t + keyStepSec(span));
        break;
      case 'stepBack':
        playback.seek(t - keyStepSec(span));
        break;
      case 'nextEvent':
        stepEvent(1);
        break;
      case 'previousEvent':
        stepEvent(-1);
        break;
      case 'faster':
        playback.setSpeedIndex(steppedSpeedIndex(playback, 1));
        break;
      case 'slower':
        playback.setSpeedIndex(steppedSpeedIndex(playback, -1));
        break;
      case 'zoomIn':
        setZoomRequest({ by: ZOOM_STEP });
        break;
      case 'zoomOut':
        setZoomRequest({ by: 1 / ZOOM_STEP });
        break;
      case 'zoomFit':
        setZoomRequest({ reset: true });
        break;
      case 'help':
        setHelp(true);
        break;
      default:
        return false;
    }
  });

  return (
    <div className="sim-player">
      <div className="sim-stage" ref={stageRef}>
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
          overlay={
            <p className="narration" role="status" aria-live="polite" data-testid="narration">
              {live}
            </p>
          }
        />
      </div>
      <aside
        className="sim-side"
        aria-label={say('player.side')}
        ref={sideRef}
        onKeyDown={(e) => {
          const inCard =
            e.target instanceof Element && e.target.closest('.glossary-card, .structure-list');
          if (e.key !== 'Escape' || selected === null || !inCard) return;
          e.preventDefault();
          closeCard();
        }}
      >
        {onActNow && (
          <ActNowButtons
            side={side}
            scenario={scenario}
            atSec={t}
            onAct={(kind) => {
              onActNow(kind, t);
              playback.play();
            }}
          />
        )}
        <div className="drawing-tools">
          <SkinTonePicker />
          <DrawingExport
            stageRef={stageRef}
            scenario={scenario}
            caseTitle={caseTitle}
            events={derived.events}
            durationSec={trace.durationSec}
            startPostpartumHours={trace.startPostpartumHours}
            side={side}
            timeSec={t}
            pause={playback.pause}
            seek={playback.seek}
          />
        </div>
        <Readouts
          frame={frame.model}
          capacityMl={withDefaults(scenario).mother.storageCapacityMl}
          onSelect={setSelected}
        />

        <StructureList
          mode={mode}
          selected={selected}
          onSelect={selectFromList}
          onActivate={zoomToPart}
          cardId={cardId}
          cardTextId={selected === null ? undefined : cardTextId(cardId)}
        />
        <GlossaryCard id={cardId} termId={selected} onClose={closeCard} />
        <p className="sim-description" id={descriptionId}>
          <strong>{say('player.now')} </strong>
          {description}
        </p>
        <label className="narration-level">
          {say('player.narrationLevel')}{' '}
          <select
            value={narrationLevel}
            onChange={(e) => {
              const level = e.target.value as NarrationLevel;
              setNarrationLevel(level);
              localStorage.setItem(NARRATION_KEY, level);
            }}
          >
            {NARRATION_LEVELS.map((l) => (
              <option key={l.value} value={l.value}>
                {tr('timeline', l.label)}
              </option>
            ))}
          </select>
        </label>
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
          onHelp={() => setHelp(true)}
        />
      </div>
      {help && <KeyHelp scope="sim" onClose={() => setHelp(false)} />}
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
