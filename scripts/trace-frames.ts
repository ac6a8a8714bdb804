// When a change to the page reached the screen, read from a Chromium trace: the benches' "painted"
// (two animation frames after a change) is not that with software raster, where the compositor
// may show a new frame only once its tiles are rastered, 100–300 ms later for long chart lines.
// Usage: `const stop = await startFrameTrace(cdp)`; in the page `performance.mark('edit-1')`
// where the timed action starts and `performance.mark('drawn-1')` right after the DOM change
// (e.g. in a MutationObserver); then `presentedMs(await stop(), 'edit-1', 'drawn-1')`.
import type { CDPSession } from 'playwright';

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  id?: string;
  id2?: { local?: string; global?: string };
  args?: Record<string, unknown>;
}

/**
 * The categories that name the frames: user timing marks, the main thread's commits, the
 * compositor's frame reporters (begin frame → presentation), raster tasks and viz's display.
 */
export const FRAME_CATEGORIES = [
  'blink.user_timing',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'disabled-by-default-display.framedisplayed',
];

/** Starts recording `categories`; the returned function stops and gives the events by time. */
export async function startTrace(
  cdp: CDPSession,
  categories: readonly string[],
): Promise<() => Promise<TraceEvent[]>> {
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: [...categories] },
    transferMode: 'ReturnAsStream',
  });
  return async () => {
    const done = new Promise<string>((resolve) =>
      cdp.once('Tracing.tracingComplete', (e) => resolve(e.stream ?? '')),
    );
    await cdp.send('Tracing.end');
    const handle = await done;
    let text = '';
    for (;;) {
      const chunk = await cdp.send('IO.read', { handle });
      text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data;
      if (chunk.eof) break;
    }
    await cdp.send('IO.close', { handle });
    const parsed = JSON.parse(text) as { traceEvents?: TraceEvent[] } | TraceEvent[];
    const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
    return events.sort((a, b) => a.ts - b.ts);
  };
}

/** Starts recording what `presentedAt` reads. */
export const startFrameTrace = (cdp: CDPSession) => startTrace(cdp, FRAME_CATEGORIES);

/** A `performance.mark` by name (its last occurrence). */
export function findMark(events: readonly TraceEvent[], name: string): TraceEvent | undefined {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i] as TraceEvent;
    if (e.name === name && e.cat === 'blink.user_timing') return e;
  }
  return undefined;
}

interface Reporter {
  sequence: number;
  state: string;
  forked: boolean;
  start: number;
  end: number;
  pid: number;
}

const reporterCache = new WeakMap<readonly TraceEvent[], Reporter[]>();

/** Chromium's frame reporters (one per begin frame, from begin frame to presentation or drop). */
function frameReporters(events: readonly TraceEvent[]): Reporter[] {
  const cached = reporterCache.get(events);
  if (cached) return cached;
  const open = new Map<string, TraceEvent>();
  const out: Reporter[] = [];
  for (const e of events) {
    if (e.name !== 'PipelineReporter') continue;
    const key = `${e.pid}:${e.id2?.local ?? e.id2?.global ?? e.id}`;
    if (e.ph === 'b') open.set(key, e);
    else if (e.ph === 'e') {
      const begin = open.get(key);
      open.delete(key);
      const info = begin?.args?.['frame_reporter'] as
        { frame_sequence: number; state: string; frame_type?: string } | undefined;
      if (!begin || !info) continue;
      out.push({
        sequence: info.frame_sequence,
        state: info.state,
        forked: info.frame_type === 'FORKED',
        start: begin.ts,
        end: e.ts,
        pid: e.pid,
      });
    }
  }
  reporterCache.set(events, out);
  return out;
}

/**
 * Trace time (µs) at which the first frame showing what the page's main thread had changed by
 * `changeMark` was presented: the first main-thread commit after the mark, and the frame
 * reporter of that commit's begin frame (not a forked, compositor-only one), which ends when the
 * frame holding that commit — rastered and activated — is presented. Undefined if the trace
 * ends first.
 */
export function presentedAt(events: readonly TraceEvent[], changeMark: string): number | undefined {
  const mark = findMark(events, changeMark);
  if (!mark) return undefined;
  const reporters = frameReporters(events);
  for (const commit of events) {
    if (commit.ts < mark.ts || commit.name !== 'Commit' || commit.ph !== 'X') continue;
    if (commit.pid !== mark.pid || commit.tid !== mark.tid) continue;
    const sequence = commit.args?.['frameSeqId'];
    const shown = reporters.find(
      (r) =>
        r.pid === mark.pid &&
        r.sequence === sequence &&
        !r.forked &&
        r.start <= commit.ts &&
        r.state.startsWith('STATE_PRESENTED'),
    );
    // A commit whose frame was dropped is shown by a later one.
    if (shown) return shown.end;
  }
  return undefined;
}

/** Ms from `startMark` to the presentation of what had changed by `changeMark` (see presentedAt). */
export function presentedMs(
  events: readonly TraceEvent[],
  startMark: string,
  changeMark: string,
): number | undefined {
  const start = findMark(events, startMark);
  const shown = presentedAt(events, changeMark);
  return start && shown !== undefined ? (shown - start.ts) / 1000 : undefined;
}

/** CPU ms of raster tasks (all threads) that started between two trace times (µs). */
export function rasterCpuMs(events: readonly TraceEvent[], from: number, to: number): number {
  let us = 0;
  for (const e of events) {
    if (e.name === 'RasterTask' && e.ph === 'X' && e.ts >= from && e.ts < to) us += e.tdur ?? 0;
  }
  return us / 1000;
}
