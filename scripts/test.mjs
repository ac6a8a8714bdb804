// `npm test`: type checks, lint, format, unit tests, the web edition in Chromium, and the
// Electron suite (skipped with its reason where no runtime exists). Ends with one line:
// "N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './electron-runtime.mjs';

const bin = (name) => join(root, 'node_modules/.bin', name);
const results = join(root, 'test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };

function run(label, command, args, env = {}) {
  console.log(`\n── ${label}`);
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  return result.status === 0;
}

function check(label, command, args) {
  const ok = run(label, command, args);
  totals[ok ? 'passed' : 'failed'] += 1;
  if (!ok) console.log(`✗ ${label} failed`);
}

for (const project of ['pure', 'node', 'web', 'tests']) {
  check(`typecheck tsconfig.${project}.json`, bin('tsc'), ['-p', `tsconfig.${project}.json`]);
}
check('eslint', bin('eslint'), ['.']);
check('prettier --check', bin('prettier'), ['--check', '.']);

const vitestJson = join(results, 'vitest.json');
const vitestOk = run('unit, store and validation tests (vitest)', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);
if (existsSync(vitestJson)) {
  const report = JSON.parse(readFileSync(vitestJson, 'utf8'));
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + report.numTodoTests;
  if (!vitestOk && report.numFailedTests === 0) totals.failed += 1; // a suite that failed to load
} else {
  totals.failed += 1;
}

check('build (electron-vite)', process.execPath, [
  join(root, 'node_modules/electron-vite/bin/electron-vite.js'),
  'build',
]);

/** Why Playwright skipped tests, once per distinct reason, so a skip is never silent. */
function skipReasons(suites) {
  const reasons = new Map();
  const visit = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        if (t.status !== 'skipped') continue;
        for (const a of t.annotations ?? []) {
          if (a.type === 'skip') reasons.set(a.description, (reasons.get(a.description) ?? 0) + 1);
        }
      }
    }
    (suite.suites ?? []).forEach(visit);
  };
  suites.forEach(visit);
  return [...reasons].map(([reason, n]) => `${n} skipped — ${reason ?? 'no reason given'}`);
}

function playwright(label, config) {
  const output = join(results, `${config}.json`);
  const ok = run(label, bin('playwright'), ['test', '-c', `${config}.ts`, '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: output,
  });
  if (!existsSync(output)) {
    totals.failed += 1;
    return;
  }
  const report = JSON.parse(readFileSync(output, 'utf8'));
  const { stats } = report;
  for (const reason of skipReasons(report.suites ?? [])) console.log(`  ${reason}`);
  totals.passed += stats.expected + stats.flaky;
  totals.failed += stats.unexpected;
  totals.skipped += stats.skipped;
  if (!ok && stats.unexpected === 0) totals.failed += 1;
}
playwright('web edition end-to-end (Playwright, Chromium)', 'playwright.config');
playwright('desktop end-to-end (Playwright _electron)', 'playwright.electron.config');

console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
