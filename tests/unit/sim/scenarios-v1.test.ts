// Scenario files written before Engine 2 must still load and run: users keep scenario files, and
// Engine 2 changed the format (most sections optional, new ones added). The fixtures are built-in
// scenarios exactly as they were at c9df149, the last commit before that change, so the test holds
// the old fields (a given supply, a placenta time, a long explicit plan) to the new engine.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario, simulate, type Scenario } from '../../../src-main/sim/index';

const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'scenarios-v1');

function load(file: string): Scenario {
  const parsed = parseScenario(JSON.parse(readFileSync(join(dir, file), 'utf8')));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.error.message}`);
  return parsed.value;
}

/** Two days are enough to show the file runs; the old runs were up to three weeks. */
const short = (s: Scenario): Scenario => ({ ...s, durationHours: Math.min(s.durationHours, 48) });

describe('scenario files from before Engine 2', () => {
  it.each(['first-five-days.json', 'oversupply-block-feeding.json', 'low-supply-recovery.json'])(
    '%s parses and runs, and the baby takes milk',
    (file) => {
      const trace = simulate(short(load(file)));
      expect(trace.summary.milkRemovedPer24hMl).toBeGreaterThan(0);
      expect(trace.channels.supplyMlPerDay.every(Number.isFinite)).toBe(true);
    },
  );

  it('first five days: milk comes in between 1 and 5 days after birth', () => {
    const onset = simulate(load('first-five-days.json')).summary.lactogenesisIIOnsetHours;
    expect(onset).not.toBeNull();
    expect(onset!).toBeGreaterThan(24);
    expect(onset!).toBeLessThan(120);
  });

  it("oversupply: the old file's supply of 1500 mL/day is still the mother's starting supply", () => {
    const s = load('oversupply-block-feeding.json');
    expect(s.mother?.supplyMlPerDay).toBe(1500);
    const start = simulate(short(s)).channels.supplyMlPerDay[0]!;
    expect(start).toBeGreaterThan(1300);
    expect(start).toBeLessThan(1600);
  });
});
