// Frame timing exposed to the benchmark (scripts/bench-frames.ts): the JS work of each played
// frame (sample the trace, build the frame model, render and commit once) and the interval
// between frames. Kept in fixed-size rings so a long session does not grow memory.

export interface FrameStats {
  workMs: number[];
  intervalMs: number[];
  /** Last scrub: input event to committed render, ms. */
  scrubMs: number[];
}

declare global {
  interface Window {
    __lactasimFrameStats?: FrameStats;
  }
}

const RING = 4000;

function stats(): FrameStats {
  window.__lactasimFrameStats ??= { workMs: [], intervalMs: [], scrubMs: [] };
  return window.__lactasimFrameStats;
}

function push(list: number[], value: number) {
  if (list.length >= RING) list.shift();
  list.push(value);
}

export function recordFrame(workMs: number, intervalMs: number | null) {
  const s = stats();
  push(s.workMs, workMs);
  if (intervalMs !== null) push(s.intervalMs, intervalMs);
}

export function recordScrub(ms: number) {
  push(stats().scrubMs, ms);
}
