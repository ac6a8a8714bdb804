// The timeline clock: maps wall time × speed to model time, one step per animation frame.
// Each tick computes the next model time, then renders once synchronously (flushSync) so the
// frame's work can be measured and nothing else is queued behind it. The speed is a fixed one of
// SPEEDS, or, given the run's ActionSpeed, one that follows the action (actionSpeed.ts).
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { recordFrame } from './frameStats';
import type { ActionSpeed } from './actionSpeed';
import { SPEEDS } from './speeds';

/** Longest wall-clock step taken in one frame, so a stalled tab does not leap ahead. */
const MAX_STEP_SEC = 0.1;

export interface Playback {
  t: number;
  playing: boolean;
  speedIndex: number;
  /** With an ActionSpeed: whether the speed follows the action, and at what speed now. */
  follow?: FollowAction;
  play: () => void;
  pause: () => void;
  toggle: () => void;
  seek: (t: number) => void;
  setSpeedIndex: (i: number) => void;
}

export interface FollowAction {
  /** On: the speed follows the action; a fixed speed (setSpeedIndex) turns it off. */
  on: boolean;
  /** Model seconds per wall-clock second now, when on. */
  factor: number;
  set: (on: boolean) => void;
}

export function usePlayback(
  durationSec: number,
  initialSpeed: number,
  onCross: (from: number, to: number) => void,
  action: ActionSpeed | null = null,
  followByDefault = false,
): Playback {
  const [t, setT] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [speedIndex, setSpeed] = useState(initialSpeed);
  const [follow, setFollow] = useState(followByDefault);
  const followsAction = follow && action !== null;
  const tRef = useRef(0);
  const crossRef = useRef(onCross);
  useLayoutEffect(() => {
    crossRef.current = onCross;
  });

  const seek = useCallback(
    (next: number) => {
      const clamped = Math.min(durationSec, Math.max(0, next));
      const from = tRef.current;
      tRef.current = clamped;
      crossRef.current(from, clamped);
      setT(clamped);
    },
    [durationSec],
  );

  useEffect(() => {
    if (!playing) return;
    const fixed = SPEEDS[speedIndex]?.factor ?? 1;
    const advance =
      followsAction && action
        ? (t: number, wallSec: number) => action.advance(t, wallSec)
        : (t: number, wallSec: number) => t + wallSec * fixed;
    let last: number | null = null;
    let id = requestAnimationFrame(function tick(now) {
      const start = performance.now();
      const dt = last === null ? 0 : Math.min(MAX_STEP_SEC, (now - last) / 1000);
      const interval = last === null ? null : now - last;
      last = now;
      const next = Math.min(durationSec, advance(tRef.current, dt));
      flushSync(() => {
        seek(next);
        if (next >= durationSec) setPlaying(false);
      });
      recordFrame(performance.now() - start, interval);
      if (next < durationSec) id = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(id);
  }, [playing, speedIndex, followsAction, action, durationSec, seek]);

  const play = useCallback(() => {
    if (tRef.current >= durationSec) seek(0);
    setPlaying(true);
  }, [durationSec, seek]);
  const pause = useCallback(() => setPlaying(false), []);
  const toggle = useCallback(() => (playing ? pause() : play()), [playing, pause, play]);
  const setSpeedIndex = useCallback((i: number) => {
    setFollow(false);
    setSpeed(Math.min(SPEEDS.length - 1, Math.max(0, i)));
  }, []);
  const follows = useMemo(
    () =>
      action === null
        ? undefined
        : { on: followsAction, factor: followsAction ? action.factorAt(t) : 0, set: setFollow },
    [action, followsAction, t],
  );

  return {
    t,
    playing,
    speedIndex,
    ...(follows ? { follow: follows } : {}),
    play,
    pause,
    toggle,
    seek,
    setSpeedIndex,
  };
}
