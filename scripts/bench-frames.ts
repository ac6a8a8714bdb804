// Main-view speed: starts the web edition, opens the simulation view in Chromium, plays a feed
// and reports the JS work per frame (sample the trace, build the frame model, render and commit
// once; recorded by the app in window.__lactasimFrameStats) and scrub-to-render latency.
// The app's numbers are wall-clock time, which on a shared 2-core machine includes the time the
// renderer was preempted; the same frames' CPU time (thread time of each animation-frame
// callback, from a Chromium trace) is reported beside them and is what load does not inflate.
// For the scrub, the CPU time per scrub (from a second, traced pass of the same presses) is the
// thread time of every task from one press to the next, on the page's main thread and on all of
// Chromium's threads (raster, compositor, display); and from the same trace, when each scrub's
// frame was presented (trace-frames.ts), which with software raster may come after the second
// animation frame the painted time waits for.
// Targets: p95 frame work ≤ 8 ms; scrub ≤ 50 ms. Run alone: npx tsx scripts/bench-frames.ts
import type { CDPSession } from 'playwright';
import { withSimulationView } from './bench-browser';
import { percentile } from './percentile';
import { FRAME_CATEGORIES, presentedMs, startTrace, type TraceEvent } from './trace-frames';

const PLAY_MS = 6000;
const SCRUBS = 25;

// Page-side code is passed as text: this script is type-checked without the DOM library.
interface FrameStats {
  workMs: number[];
  intervalMs: number[];
  scrubMs: number[];
}
const RESET_STATS = 'window.__lactasimFrameStats = { workMs: [], intervalMs: [], scrubMs: [] }';
const READ_STATS = 'window.__lactasimFrameStats';
// React commits a press's render before dispatchEvent returns (a discrete event), so the
// `scrubbed` mark follows the DOM change.
const scrubAt = (n: number, x: number, y: number) => `new Promise((resolve) => {
  const track = document.querySelector('[role="slider"]');
  performance.mark('scrub-${n}');
  const start = performance.now();
  const init = { clientX: ${x}, clientY: ${y}, bubbles: true, pointerId: 1, isPrimary: true };
  track.dispatchEvent(new PointerEvent('pointerdown', init));
  track.dispatchEvent(new PointerEvent('pointerup', init));
  performance.mark('scrubbed-${n}');
  requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - start)));
})`;

/** Records the renderer's timeline; `stop` returns each animation-frame callback's CPU ms. */
async function frameCpuTrace(cdp: CDPSession): Promise<() => Promise<number[]>> {
  const stop = await startTrace(cdp, ['devtools.timeline']);
  return async () =>
    (await stop())
      .filter((e) => e.name === 'FireAnimationFrame' && e.ph === 'X' && e.tdur !== undefined)
      .map((e) => (e.tdur ?? 0) / 1000);
}

/**
 * CPU ms per scrub, from one `scrub-N` mark to the next (the last up to the trace's end): the page's
 * main thread, and every thread's outermost tasks (so raster and compositing late for a scrub
 * count for it).
 */
function scrubCpu(events: TraceEvent[]): { main: number[]; all: number[] } {
  const marks = events
    .filter((e) => e.name.startsWith('scrub-') && e.cat === 'blink.user_timing')
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  const mainTid = events.find((e) => e.name === 'FireAnimationFrame')?.tid;
  const main = marks.map(() => 0);
  const all = marks.map(() => 0);
  const tasks = events
    .filter((e) => e.ph === 'X' && e.cat === 'toplevel' && e.tdur !== undefined)
    .sort((a, b) => a.ts - b.ts);
  const busyUntil = new Map<string, number>();
  for (const e of tasks) {
    const thread = `${e.pid}:${e.tid}`;
    // Only the outermost task on a thread: toplevel tasks can nest.
    if (e.ts < (busyUntil.get(thread) ?? 0)) continue;
    busyUntil.set(thread, e.ts + (e.dur ?? 0));
    let i = marks.length - 1;
    while (i >= 0 && (marks[i] ?? 0) > e.ts) i--;
    if (i < 0) continue;
    const ms = (e.tdur ?? 0) / 1000;
    all[i] = (all[i] ?? 0) + ms;
    if (e.tid === mainTid) main[i] = (main[i] ?? 0) + ms;
  }
  const tenths = (list: number[]) => list.map((ms) => Math.round(ms * 10) / 10);
  return { main: tenths(main), all: tenths(all) };
}

export function benchFrames(): Promise<Record<string, unknown>> {
  return withSimulationView(async (page, firstTraceMs) => {
    const slider = page.getByRole('slider', { name: 'Model time' });

    // Play a feed with full detail from its first latch.
    await slider.focus();
    await page.keyboard.press(']');
    await page.evaluate(RESET_STATS);
    const cdp = await page.context().newCDPSession(page);
    const stopTrace = await frameCpuTrace(cdp);
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForTimeout(PLAY_MS);
    await page.getByRole('button', { name: 'Pause' }).click();
    const played = await page.evaluate<FrameStats>(READ_STATS);
    const cpuMs = await stopTrace();

    // The same feed zoomed to one lobule (10×), where the alveoli on screen draw their cells.
    await page
      .getByRole('navigation', { name: 'Structures and hormones' })
      .getByRole('button', { name: 'Alveolus' })
      .click();
    await page.locator('.alveolar-cells').waitFor();
    await page.waitForTimeout(800);
    const stopZoomedTrace = await frameCpuTrace(cdp);
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForTimeout(PLAY_MS / 2);
    await page.getByRole('button', { name: 'Pause' }).click();
    const zoomedCpuMs = await stopZoomedTrace();
    await page.getByRole('button', { name: 'Fit the whole drawing' }).click();

    // Scrub: a pointer press on the track to the committed render (app-side) and to the next
    // painted frame (page-side, double requestAnimationFrame).
    const box = (await slider.boundingBox())!;
    const scrubAll = async () => {
      const ms: number[] = [];
      for (let i = 0; i < SCRUBS; i++) {
        const x = box.x + 10 + ((box.width - 20) * ((i * 7) % SCRUBS)) / SCRUBS;
        ms.push(await page.evaluate<number>(scrubAt(i, x, box.y + box.height / 2)));
      }
      return ms;
    };
    const painted = await scrubAll();
    const scrub = (await page.evaluate<FrameStats>(READ_STATS)).scrubMs;
    // The same scrubs again under a trace (kept apart, so tracing does not slow the timed ones).
    const stopScrubTrace = await startTrace(cdp, ['toplevel', ...FRAME_CATEGORIES]);
    await scrubAll();
    // The last scrub's raster and display finish after its second frame.
    await page.waitForTimeout(200);
    const scrubEvents = await stopScrubTrace();
    const scrubThreads = scrubCpu(scrubEvents);
    // When each scrub's frame reached the screen (trace-frames.ts), in the traced pass.
    const presented = Array.from({ length: SCRUBS }, (_, i) =>
      presentedMs(scrubEvents, `scrub-${i}`, `scrubbed-${i}`),
    ).filter((ms): ms is number => ms !== undefined);
    return {
      viewport: '1920x1080',
      firstTraceMs,
      framesPlayed: played.workMs.length,
      frameWorkMs: {
        p50: percentile(played.workMs, 50),
        p95: percentile(played.workMs, 95),
        max: percentile(played.workMs, 100),
        targetP95: 8,
      },
      frameCpuMs: {
        p50: percentile(cpuMs, 50),
        p95: percentile(cpuMs, 95),
        max: percentile(cpuMs, 100),
        frames: cpuMs.length,
      },
      zoomedFrameCpuMs: {
        p50: percentile(zoomedCpuMs, 50),
        p95: percentile(zoomedCpuMs, 95),
        frames: zoomedCpuMs.length,
      },
      frameIntervalMs: {
        p50: percentile(played.intervalMs, 50),
        p95: percentile(played.intervalMs, 95),
      },
      scrubToRenderMs: { p50: percentile(scrub, 50), p95: percentile(scrub, 95), target: 50 },
      scrubToPaintMs: {
        p50: percentile(painted, 50),
        p95: percentile(painted, 95),
        target: 50,
        // A scrub reads the trace already there; the engine does not run.
        engineOnlyMs: 0,
      },
      scrubCpuMs: {
        mainP50: percentile(scrubThreads.main, 50),
        mainP95: percentile(scrubThreads.main, 95),
        allThreadsP50: percentile(scrubThreads.all, 50),
        allThreadsP95: percentile(scrubThreads.all, 95),
        scrubs: scrubThreads.main.length,
      },
      scrubToPresentedMs: {
        p50: percentile(presented, 50),
        p95: percentile(presented, 95),
        target: 50,
        scrubs: presented.length,
      },
    };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(`${JSON.stringify(await benchFrames(), null, 2)}\n`);
}
