// Live simulation benchmark (web edition, Chromium, 1920×1080), each result beside the time the
// engine alone takes for the same run (in Node, median):
// - edit → painted view: a storage capacity typed into Case parameters, until the readout shows
//   it from the new run and the next frame is painted, edits a pause apart (PAUSE_MS); for a
//   1-day run and a 180-day run; beside
//   it (chartsP50/P95) until the charts have drawn that run too, which may come a render later;
//   and (pixelsP50/P95) until Chromium presented the first frame with those chart lines, from a
//   trace of the edits (trace-frames.ts): with software raster the two frames after a change
//   can come before its pixels are ready;
// - slider drag: the capacity slider moved every animation frame for a few seconds on a 1-day
//   run; the frame rate kept and how many runs reached the screen meanwhile;
// - cases.list answered over HTTP while a 180-day parent handout with a what-if builds.
// Goals: edit p50 ≤ 50 ms (1 day) and ≤ 250 ms (180 days); drag ≥ 30 frames/s; cases.list
// < 100 ms. Run alone: npx tsx scripts/bench-live.ts
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright';
import {
  findMark,
  presentedAt,
  rasterCpuMs,
  startFrameTrace,
  type TraceEvent,
} from './trace-frames';
import { simulate, type Scenario } from '../src-main/sim/index';
import { applyWhatIf, patternOf, scenarioForPattern } from '../src-main/walkthrough/what-if';
import { resolutionFor } from '../src-main/contract/resolution';
import { withSimulationView } from './bench-browser';
import { percentile } from './percentile';

const ROOT = join(import.meta.dirname, '..');
const EDITS_DAY = 21;
const EDITS_180 = 11;
const DRAG_MS = 4000;
/**
 * Between two timed edits, as a person types a value and then looks: the view's pacer draws a
 * run that comes after a pause at once and spaces out runs that keep coming, so edits sent
 * back to back would time the pacer's spacing (the drag's case, measured on its own) instead.
 */
const PAUSE_MS = 250;
const HANDOUT_DAYS = 180;

const dayCase = JSON.parse(
  readFileSync(join(ROOT, 'resources/scenarios/typical-feed-6-weeks.json'), 'utf8'),
) as Scenario;
const withDays = (days: number): Scenario => ({ ...dayCase, durationHours: days * 24 });

/** Median ms of the engine alone on this scenario at the view's resolution. */
function engineMs(scenario: Scenario, runs: number, resolutionSec = resolutionFor(scenario)) {
  simulate(scenario, { resolutionSec });
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    simulate(scenario, { resolutionSec });
    times.push(performance.now() - t0);
  }
  return percentile(times, 50) ?? 0;
}

// Page-side code is passed as text: this script is type-checked without the DOM library.
/**
 * Types a value into a number field the way a user does, then waits for the readout + paint (the
 * view) and for the charts to draw the new run + paint (they may follow the readout by a render).
 */
const editAndPaint = (path: string, value: number, n: number) => `new Promise((resolve, reject) => {
  setTimeout(() => reject(new Error('no run showed ${value} mL within 60 s')), 60000);
  const input = document.querySelector('input[type="number"][data-path="${path}"]');
  const readouts = document.querySelector('.readouts');
  const charts = document.querySelector('.sim-charts');
  const want = '/ ${value} mL';
  const start = performance.now();
  let view = null;
  let drawn = null;
  const painted = (set) => requestAnimationFrame(() => requestAnimationFrame(() => {
    set(performance.now() - start);
    if (view !== null && drawn !== null) resolve({ view, charts: drawn });
  }));
  const observer = new MutationObserver(() => {
    if (!readouts.textContent.includes(want)) return;
    observer.disconnect();
    painted((ms) => (view = ms));
  });
  observer.observe(readouts, { subtree: true, childList: true, characterData: true });
  // React writes a line's d only when it differs, and adds or drops pieces of a line as nodes: any
  // such record is the new run's lines (reading every line's d back here would cost the page ms).
  const isLine = (node) =>
    node instanceof Element && (node.matches('path.series') || node.querySelector('path.series') !== null);
  const chartObserver = new MutationObserver((records) => {
    const lineChanged = (r) =>
      r.type === 'attributes' ? r.target.matches('path.series') : [...r.addedNodes].some(isLine);
    if (!records.some(lineChanged)) return;
    chartObserver.disconnect();
    performance.mark('drawn-${n}');
    painted((ms) => (drawn = ms));
  });
  chartObserver.observe(charts, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['d'],
  });
  const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  performance.mark('edit-${n}');
  set.call(input, '${value}');
  input.dispatchEvent(new Event('input', { bubbles: true }));
})`;

/** Moves the left capacity slider one step every animation frame; frame times and runs shown. */
const dragSliderScript = (ms: number) => `new Promise((resolve) => {
  const slider = document.querySelector('input[type="range"][data-slider-for="mother.storageCapacityMl.left"]');
  const readouts = document.querySelector('.readouts');
  const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const shown = new Set();
  const observer = new MutationObserver(() => {
    const m = /\\/ (\\d+) mL/.exec(readouts.textContent);
    if (m) shown.add(m[1]);
  });
  observer.observe(readouts, { subtree: true, childList: true, characterData: true });
  // Each time the charts draw another run, their lines change.
  let chartDraws = 0;
  const charts = new MutationObserver(() => chartDraws++);
  charts.observe(document.querySelector('.sim-charts'), { subtree: true, attributes: true, attributeFilter: ['d'] });
  const frames = [];
  let value = 200;
  let dir = 5;
  const start = performance.now();
  requestAnimationFrame(function frame(now) {
    frames.push(now);
    if (now - start >= ${ms}) {
      observer.disconnect();
      charts.disconnect();
      resolve({ frames, shown: shown.size, chartDraws });
      return;
    }
    if (value >= 650 || value <= 100) dir = -dir;
    value += dir;
    set.call(slider, String(value));
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    requestAnimationFrame(frame);
  });
})`;

export interface SliderDrag {
  framesPerSecond: number;
  frameIntervalMs: { p50: number | null; p95: number | null };
  runsShownDuringDrag: number;
  chartRedrawsDuringDrag: number;
}

/** Drags the left capacity slider for `ms` (see dragSliderScript): the frame rate it kept. */
export async function dragSlider(page: Page, ms: number): Promise<SliderDrag> {
  const drag = await page.evaluate<{ frames: number[]; shown: number; chartDraws: number }>(
    dragSliderScript(ms),
  );
  const intervals = drag.frames.slice(1).map((t, i) => t - (drag.frames[i] ?? t));
  const seconds = ((drag.frames.at(-1) ?? 0) - (drag.frames[0] ?? 0)) / 1000;
  return {
    framesPerSecond: Math.round((intervals.length / seconds) * 10) / 10,
    frameIntervalMs: { p50: percentile(intervals, 50), p95: percentile(intervals, 95) },
    runsShownDuringDrag: drag.shown,
    chartRedrawsDuringDrag: drag.chartDraws,
  };
}

let editCount = 0;

async function edits(page: Page, count: number, base: number) {
  const view: number[] = [];
  const charts: number[] = [];
  const timed: number[] = [];
  const cdp = await page.context().newCDPSession(page);
  let stopTrace: (() => Promise<TraceEvent[]>) | undefined;
  for (let i = 0; i < count; i++) {
    // Never the value shown before, or the readout would not change.
    const value = base + 5 + 5 * (i % 9);
    const n = ++editCount;
    const ms = await page.evaluate<{ view: number; charts: number }>(
      editAndPaint('mother.storageCapacityMl.left', value, n),
    );
    await page.waitForTimeout(PAUSE_MS);
    // The first warms the worker and the chart code.
    if (i === 0) {
      stopTrace = await startFrameTrace(cdp);
      continue;
    }
    view.push(ms.view);
    charts.push(ms.charts);
    timed.push(n);
  }
  const trace = (await stopTrace?.()) ?? [];
  await cdp.detach();
  // Per edit: ms from the edit to the presented frame with its chart lines, and the raster CPU
  // spent meanwhile (all raster threads).
  const pixels: number[] = [];
  const raster: number[] = [];
  for (const n of timed) {
    const start = findMark(trace, `edit-${n}`);
    const shown = presentedAt(trace, `drawn-${n}`);
    if (!start || shown === undefined) continue;
    pixels.push((shown - start.ts) / 1000);
    raster.push(rasterCpuMs(trace, start.ts, shown));
  }
  return { view, charts, pixels, raster };
}

async function api(origin: string, token: string, method: string, body: unknown) {
  const t0 = performance.now();
  const res = await fetch(`${origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-lactasim-token': token },
    body: JSON.stringify(body),
  });
  await res.arrayBuffer();
  return { ok: res.ok, ms: performance.now() - t0 };
}

/** cases.list every 50 ms while one 180-day handout with a what-if builds. */
async function listDuringHandout(origin: string, token: string) {
  const scenario = withDays(HANDOUT_DAYS);
  await api(origin, token, 'cases.list', {});
  const t0 = performance.now();
  let done = false;
  const handout = api(origin, token, 'parent.handout', {
    scenario,
    parentTitle: 'Your breastfeeding story',
    caseTitle: 'Six months',
    language: 'en',
    paper: 'A4',
    whatIf: 'moreFeeds',
  }).finally(() => (done = true));
  const list: number[] = [];
  while (!done) {
    list.push((await api(origin, token, 'cases.list', {})).ms);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const answer = await handout;
  // The handout's engine work: the case, the family's pattern and the what-if, at 60 s.
  const trace = simulate(scenario, { resolutionSec: 60 });
  const pattern = patternOf(scenario, trace);
  const change = applyWhatIf(pattern, 'moreFeeds');
  const engine =
    engineMs(scenario, 1, 60) +
    engineMs(scenarioForPattern(scenario, pattern), 1, 60) +
    engineMs(scenarioForPattern(scenario, change.pattern, { block: change.block }), 1, 60);
  return {
    handoutOk: answer.ok,
    handoutMs: Math.round(performance.now() - t0),
    handoutEngineOnlyMs: Math.round(engine),
    casesListMs: {
      p50: percentile(list, 50),
      p95: percentile(list, 95),
      max: percentile(list, 100),
      answered: list.length,
      target: 100,
    },
  };
}

export function benchLive(): Promise<Record<string, unknown>> {
  return withSimulationView(async (page, _openMs, edition) => {
    await page.getByText('Case parameters').click();

    const day = await edits(page, EDITS_DAY, 200);
    const drag = await dragSlider(page, DRAG_MS);

    // The same case over 180 days: one edit of the run length, then capacity edits.
    const runLength = page.getByRole('spinbutton', { name: 'Run length (h)' });
    await runLength.fill(String(180 * 24));
    await page
      .locator(`[aria-label="Model time"][aria-valuemax="${180 * 86400}"]`)
      .waitFor({ timeout: 120_000 });
    const long = await edits(page, EDITS_180, 300);

    const during = await listDuringHandout(edition.origin, edition.token);
    return {
      viewport: '1920x1080',
      editToPaintMs: {
        day: {
          p50: percentile(day.view, 50),
          p95: percentile(day.view, 95),
          chartsP50: percentile(day.charts, 50),
          chartsP95: percentile(day.charts, 95),
          pixelsP50: percentile(day.pixels, 50),
          pixelsP95: percentile(day.pixels, 95),
          pixelsEdits: day.pixels.length,
          rasterCpuMsP50: percentile(day.raster, 50),
          engineOnlyMs: engineMs(withDays(1), 9),
          target: 50,
        },
        days180: {
          p50: percentile(long.view, 50),
          p95: percentile(long.view, 95),
          chartsP50: percentile(long.charts, 50),
          chartsP95: percentile(long.charts, 95),
          pixelsP50: percentile(long.pixels, 50),
          pixelsP95: percentile(long.pixels, 95),
          pixelsEdits: long.pixels.length,
          rasterCpuMsP50: percentile(long.raster, 50),
          engineOnlyMs: engineMs(withDays(180), 5),
          target: 250,
        },
      },
      sliderDragDay: {
        ...drag,
        engineOnlyMs: engineMs(withDays(1), 9),
        target: 30,
      },
      casesListDuringHandout180Days: during,
    };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(`${JSON.stringify(await benchLive(), null, 2)}\n`);
}
