// The desktop app's job worker as built (out/main/jobs-worker.js, the entry main/index.ts hands
// the job pool). The Electron suite cannot start here without a runtime, so this runs the same
// built file in Node's worker threads, as the desktop main process does: a run and an export,
// and a refusal that comes back as the contract's error. Runs after the build, with the
// end-to-end suite; no browser.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test, expect } from '@playwright/test';
import { createJobPool, type JobPool } from '../../src-main/jobs/pool';
import { simulate } from '../../src-main/sim/index';
import { FIXED_NOW, fixtureScenario } from '../fixtures/charts/fixture';
import { repoRoot } from '../fixtures/web-edition';

const builtWorker = join(repoRoot, 'out', 'main', 'jobs-worker.js');
let jobs: JobPool;

test.beforeAll(() => {
  expect(existsSync(builtWorker), 'run `npx electron-vite build` first').toBe(true);
  jobs = createJobPool({ size: 1, entry: pathToFileURL(builtWorker) });
});
test.afterAll(() => jobs.close());

test('the built desktop job worker simulates a scenario in a worker thread', async () => {
  const scenario = fixtureScenario();
  const trace = await jobs.run('simulate', { scenario });
  // Typed arrays come back transferred, and the run is the one the engine makes in this process.
  expect(trace.timesSec).toBeInstanceOf(Float64Array);
  const here = simulate(scenario);
  expect(Array.from(trace.channels.intakeCumulativeMl)).toEqual(
    Array.from(here.channels.intakeCumulativeMl),
  );
  expect(trace.channels.intakeCumulativeMl.at(-1)).toBeGreaterThan(0);
});

test('the built desktop job worker exports the PDF report, and a failed job leaves it serving', async () => {
  const files = await jobs.run('exportFiles', {
    scenario: fixtureScenario(),
    caseTitle: 'Ward teaching',
    charts: ['hormones'],
    formats: ['pdf'],
    pngSizes: [],
    resourcesDir: join(repoRoot, 'resources'),
    nowMs: FIXED_NOW.getTime(),
  });
  expect(files.map((f) => f.filename)).toEqual(['ward-teaching-report.pdf']);
  expect(Buffer.from(files[0]!.bytes.subarray(0, 5)).toString()).toBe('%PDF-');

  // A job that fails in the worker comes back as a rejected promise, and the worker serves on.
  await expect(jobs.run('simulate', { scenario: {} as never })).rejects.toThrow();
  expect(
    (await jobs.run('simulate', { scenario: fixtureScenario() })).events.length,
  ).toBeGreaterThan(0);
});
