// The stretch of a case's run a lesson beat is about: what its charts plot (on screen and in the
// lesson handout) and the presenter's timeline opens on.

/** A beat's moment, and the end of its range if it has one, in hours of the case's run. */
export interface BeatSpan {
  atHours: number;
  untilHours?: number | undefined;
}

/**
 * The span a beat shows: its range with a margin, else an eighth of the run (at least an
 * hour) around its moment, so a beat inside one feed shows that feed and a days-long case shows
 * days. Clamped to the run, so every caller gets the span it will actually show.
 */
export function beatWindow(beat: BeatSpan, durationSec: number): [number, number] {
  const at = beat.atHours * 3600;
  const clamp = (from: number, to: number): [number, number] => [
    Math.max(0, from),
    Math.min(durationSec, to),
  ];
  if (beat.untilHours !== undefined) {
    const until = beat.untilHours * 3600;
    const pad = Math.max(60, (until - at) / 2);
    return clamp(at - pad, until + pad);
  }
  const span = Math.max(3600, durationSec / 8);
  return clamp(at - span / 3, at + (2 * span) / 3);
}
