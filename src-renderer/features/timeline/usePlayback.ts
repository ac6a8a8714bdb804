// The timeline clock: maps wall time × speed to model time, one step per animation frame.
// Each tick computes the next model time, then renders once synchronously (flushSync) so the
// frame's work can be measured and nothing else is queued behind it.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { recordFrame } from './frameStats';
import { SPEEDS } from './speeds';

/** Longest wall-clock step taken in one frame, so a stalled tab does not leap ahead. */
const MAX_STEP_SEC = 0.1;

export interface Playback {
  t: number;
  playing: boolean;
  speedIndex: number;
  play: () => void;
  pause: () => void;
  toggle: () => void;
  seek: (t: number) => void;
  setSpeedIndex: (i: number) => void;
}

export function usePlayback(
  durationSec: number,
  initialSpeed: number,
  onCross: (from: number, to: number) => void,
): Playback {
  const [t, setT] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [speedIndex, setSpeed] = useState(initialSpeed);
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
    const factor = SPEEDS[speedIndex]?.factor ?? 1;
    let last: number | null = null;
    let id = requestAnimationFrame(function tick(now) {
      const start = performance.now();
      const dt = last === null ? 0 : Math.min(MAX_STEP_SEC, (now - last) / 1000);
      const interval = last === null ? null : now - last;
      last = now;
      const next = Math.min(durationSec, tRef.current + dt * factor);
      flushSync(() => {
        seek(next);
        if (next >= durationSec) setPlaying(false);
      });
      recordFrame(performance.now() - start, interval);
      if (next < durationSec) id = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(id);
  }, [playing, speedIndex, durationSec, seek]);

  const play = useCallback(() => {
    if (tRef.current >= durationSec) seek(0);
    setPlaying(true);
  }, [durationSec, seek]);
  const pause = useCallback(() => setPlaying(false), []);
  const toggle = useCallback(() => (playing ? pause() : play()), [playing, pause, play]);
  const setSpeedIndex = useCallback(
    (i: number) => setSpeed(Math.min(SPEEDS.length - 1, Math.max(0, i))),
    [],
  );

  return { t, playing, speedIndex, play, pause, toggle, seek, setSpeedIndex };
}
