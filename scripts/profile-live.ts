// Where the drawing thread's time goes (a diagnosis aid beside `npm run bench`, not a target):
// records a V8 CPU profile of the page while it does one kind of work and prints the functions
// with the most self time and the most total time. Kinds: edit (capacity edits on a 1-day run),
// edit180 (the same on a 180-day run), scrub (presses on the timeline), drag (the capacity slider).
// A second argument `trace` prints Chromium's timeline instead (layout, paint… by thread time), and
// a third hides what a CSS selector matches, to see what a part of the page costs.
// For readable names build unminified first: npx electron-vite build -c
// scripts/electron.vite.profile.config.ts (and build normally again before `npm run bench`).
// Run: npx tsx scripts/profile-live.ts edit [trace] [selector]
import type { CDPSession, Page } from 'playwright';
import { withSimulationView } from './bench-browser';
import { dragSlider } from './bench-live';
import { startTrace } from './trace-frames';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

const kind = process.argv[2] ?? 'edit';

const edit = (value: number) => `new Promise((resolve) => {
  const input = document.querySelector('input[type="number"][data-path="mother.storageCapacityMl.left"]');
  const readouts = document.querySelector('.readouts');
  const start = performance.now();
  const observer = new MutationObserver(() => {
    if (!readouts.textContent.includes('/ ${value} mL')) return;
    observer.disconnect();
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - start)));
  });
  observer.observe(readouts, { subtree: true, childList: true, characterData: true });
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, '${value}');
  input.dispatchEvent(new Event('input', { bubbles: true }));
})`;

const scrubAt = (x: number, y: number) => `new Promise((resolve) => {
  const track = document.querySelector('[role="slider"]');
  const start = performance.now();
  const init = { clientX: ${x}, clientY: ${y}, bubbles: true, pointerId: 1, isPrimary: true };
  track.dispatchEvent(new PointerEvent('pointerdown', init));
  track.dispatchEvent(new PointerEvent('pointerup', init));
  requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - start)));
})`;

async function work(page: Page): Promise<number[]> {
  const times: number[] = [];
  if (kind === 'edit' || kind === 'edit180') {
    for (let i = 0; i < 12; i++) times.push(await page.evaluate<number>(edit(205 + 5 * (i % 9))));
  } else if (kind === 'scrub') {
    const box = (await page.getByRole('slider', { name: 'Model time' }).boundingBox())!;
    for (let i = 0; i < 20; i++) {
      const x = box.x + 10 + ((box.width - 20) * ((i * 7) % 20)) / 20;
      times.push(await page.evaluate<number>(scrubAt(x, box.y + box.height / 2)));
    }
  } else {
    times.push((await dragSlider(page, 3000)).framesPerSecond);
  }
  return times;
}

function summarise(profile: Profile, top = 25) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const name = (n: Node) =>
    `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const n = byId.get(id)!;
    self.set(name(n), (self.get(name(n)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const k = name(byId.get(cur)!);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + ms);
    }
  });
  const sorted = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, v]) => `${v.toFixed(0).padStart(6)} ${k}`);
  const watched =
    /^(ChartFigure|buildChart|linePath|yDomain|derive|particleSchedule|SimPlayer|SimView|AnatomyView|Timeline|Markers|Readouts|ParametersPanel|svgTreeToReact|useAnatomyFrame|HormoneParticles|AlveolusCloseUp|placeLabels|commitRoot|describeFrame|ComparePanel|StructureList|worker\.onmessage|decimateIndices) /;
  const parts = [...total].filter(([k]) => watched.test(k)).sort((a, b) => b[1] - a[1]);
  return {
    self: sorted(self),
    total: parts.map(([k, v]) => `${v.toFixed(0).padStart(6)} ${k}`),
  };
}

/** Chromium's timeline while the work runs: thread time by event name on the page's main thread. */
async function traceTimeline(cdp: CDPSession, page: Page) {
  const stop = await startTrace(cdp, [
    'devtools.timeline',
    'disabled-by-default-devtools.timeline',
  ]);
  const times = await work(page);
  const events = await stop();
  const main = events.find((e) => e.name === 'FireAnimationFrame')?.tid;
  const sums = new Map<string, { wall: number; cpu: number; n: number }>();
  for (const e of events) {
    if (e.ph !== 'X' || e.tid !== main) continue;
    const s = sums.get(e.name) ?? { wall: 0, cpu: 0, n: 0 };
    s.wall += (e.dur ?? 0) / 1000;
    s.cpu += (e.tdur ?? 0) / 1000;
    s.n++;
    sums.set(e.name, s);
  }
  console.log(kind, 'ms:', times.map((t) => Math.round(t)).join(' '));
  for (const e of events.filter((e) => e.tid === main && e.name === 'Layout').slice(0, 6)) {
    console.log('Layout', ((e.tdur ?? 0) / 1000).toFixed(1), JSON.stringify(e.args?.beginData));
  }
  for (const [k, v] of [...sums].sort((a, b) => b[1].wall - a[1].wall).slice(0, 25)) {
    console.log(
      `${v.wall.toFixed(0).padStart(6)} wall ${v.cpu.toFixed(0).padStart(6)} cpu ${String(v.n).padStart(5)}× ${k}`,
    );
  }
}

await withSimulationView(async (page) => {
  await page.getByText('Case parameters').click();
  if (kind === 'edit180') {
    await page.getByRole('spinbutton', { name: 'Run length (h)' }).fill(String(180 * 24));
    await page
      .locator(`[aria-label="Model time"][aria-valuemax="${180 * 86400}"]`)
      .waitFor({ timeout: 120_000 });
  }
  await work(page); // warm up
  const cdp: CDPSession = await page.context().newCDPSession(page);
  if (process.argv[4])
    await page.addStyleTag({ content: `${process.argv[4]} { display: none !important }` });
  if (process.argv[3] === 'trace') {
    await traceTimeline(cdp, page);
    return;
  }
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const times = await work(page);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const s = summarise(profile);
  const pathLengths = await page.evaluate<number[]>(
    "[...document.querySelectorAll('path.series')].map((p) => (p.getAttribute('d') ?? '').split(/[ML]/).length)",
  );
  console.log('points per chart line:', pathLengths.join(' '));
  console.log(kind, 'ms:', times.map((t) => Math.round(t)).join(' '));
  console.log('--- self');
  console.log(s.self.join('\n'));
  console.log('--- total');
  console.log(s.total.join('\n'));
});
