// The React side of the presentation player: one player per window once the lesson is known,
// its state read with useSyncExternalStore, and the beat's model time derived from that state
// on every animation frame while it plays. Leaving by any way (a window closes, the address
// changes, Esc) tells the other windows, so both leave together.
import { useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { LessonDetail } from '../../../src-main/contract/lessons';
import { parseRoute } from '../../app/router';
import { createPresentPlayer, type PresentPlayer } from './presentPlayer';
import { windowTransport } from './presenterWindow';
import { isRunning, modelTimeAt, type ClockLimits, type PresentState } from './presentState';

/** This window, to ignore its own messages coming back. */
const WINDOW_ID = Math.random().toString(36).slice(2);

const noSubscription = () => () => undefined;

export function usePresentPlayer(
  lesson: LessonDetail | null,
  onOtherWindowLeft: () => void,
): { player: PresentPlayer | null; state: PresentState | null } {
  const [player, setPlayer] = useState<PresentPlayer | null>(null);
  const leftRef = useRef(onOtherWindowLeft);
  useLayoutEffect(() => {
    leftRef.current = onOtherWindowLeft;
  });

  const lessonId = lesson?.id ?? null;
  const startsKey = lesson?.beats.map((b) => b.atHours).join(',') ?? null;
  useEffect(() => {
    if (lessonId === null || startsKey === null) return;
    const p = createPresentPlayer({
      id: WINDOW_ID,
      beatStartsSec: startsKey.split(',').map((h) => Number(h) * 3600),
      transport: windowTransport(lessonId),
      onExit: () => leftRef.current(),
    });
    setPlayer(p);
    // Closing this window, or the address moving off this presentation (browser Back), ends the
    // presentation in the other window too. The address is read at unmount rather than on
    // hashchange: the router may unmount this view before a later hashchange listener runs.
    const announce = () => p.announceExit();
    window.addEventListener('pagehide', announce);
    return () => {
      window.removeEventListener('pagehide', announce);
      const route = parseRoute(window.location.hash);
      if (route.name !== 'present' || route.lessonId !== lessonId) announce();
      p.close();
      setPlayer(null);
    };
  }, [lessonId, startsKey]);

  const state = useSyncExternalStore(
    player?.subscribe ?? noSubscription,
    () => player?.getState() ?? null,
  );
  return { player, state };
}

/**
 * The model time `state` shows now, and whether it is moving, re-read every animation frame while the clock runs. The
 * frame loop reads the wall clock only; model time always comes from the shared state.
 */
export function useModelTime(
  state: PresentState | null,
  limits: ClockLimits,
): { t: number; running: boolean } {
  const [nowMs, setNowMs] = useState(() => Date.now());
  const { durationSec, untilSec } = limits;
  useEffect(() => {
    if (!state?.playing) return;
    const lim = { durationSec, untilSec };
    let id = requestAnimationFrame(function tick() {
      const now = Date.now();
      setNowMs(now);
      if (isRunning(state, now, lim)) id = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(id);
  }, [state, durationSec, untilSec]);
  if (!state) return { t: 0, running: false };
  // A state anchored after the last frame (just played) has not moved yet.
  const at = Math.max(nowMs, state.anchorWallMs);
  return { t: modelTimeAt(state, at, limits), running: isRunning(state, at, limits) };
}
