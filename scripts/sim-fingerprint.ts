// Engine fingerprint: a hash of every output of a fixed set of runs (each channel's bytes, sample
// times, events, summary, diagnostics), so a speed change can be shown to leave every output bit
// for bit as it was. `npx tsx scripts/sim-fingerprint.ts` prints one line per run;
// `… --save FILE` writes them, `… --check FILE` compares and exits 1 on any difference.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { drawIndividual } from '../src-main/sim/config';
import { runModel, type Scenario, type SimulateOptions } from '../src-main/sim/index';

interface Case {
  name: string;
  scenario: Scenario;
  options?: SimulateOptions;
}

function make(
  name: string,
  hours: number,
  fromHours: number,
  feeding: Scenario['feeding'],
  extra: Partial<Scenario> = {},
  options?: SimulateOptions,
): Case {
  return {
    name,
    scenario: {
      schema: 'lactasim/scenario@1',
      name,
      start: { postpartumHours: fromHours },
      durationHours: hours,
      feeding,
      ...extra,
    },
    ...(options === undefined ? {} : { options }),
  };
}

function builtins(): Case[] {
  const dir = join(import.meta.dirname, '..', 'resources', 'scenarios');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'index.json')
    .sort()
    .map((f) => ({
      name: `builtin:${f}`,
      scenario: JSON.parse(readFileSync(join(dir, f), 'utf8')) as Scenario,
    }));
}

const onDemand = (seed: number): Scenario['feeding'] => ({ plan: 'onDemand', seed });

export function cases(): Case[] {
  const out: Case[] = [...builtins()];
  // The benchmark's runs (scripts/bench-sim.ts).
  out.push(
    make('feed20min', 20 / 60, 1008, {
      plan: 'explicit',
      events: [{ atMinutes: 0, kind: 'latch', side: 'left', durationMinutes: 20 }],
      seed: 1,
    }),
  );
  for (const seed of [1, 2, 3]) out.push(make(`day seed ${seed}`, 24, 1008, onDemand(seed)));
  out.push(make('30 days', 24 * 30, 1008, onDemand(1)));
  out.push(make('180 days', 24 * 180, 1008, onDemand(1)));
  out.push(make('180 days seed 7', 24 * 180, 1008, onDemand(7)));
  out.push(make('24 months from birth', 24 * 730, 0, onDemand(1)));
  // Validation-like runs: a population draw from birth, caesarean first births.
  for (const seed of [1, 2, 3, 4]) {
    out.push(
      make(
        `onset draw ${seed}`,
        8 * 24,
        0,
        onDemand(seed),
        { birth: { mode: seed % 2 === 0 ? 'caesarean' : 'vaginal' }, mother: { firstBirth: true } },
        { individual: drawIndividual(seed) },
      ),
    );
  }
  out.push(
    make('twins 30 days', 24 * 30, 240, onDemand(5), { infant: { count: 2 } }),
    make(
      'twins day',
      24,
      1008,
      { plan: 'onDemand', pattern: 'bothSides', seed: 2 },
      {
        infant: { count: 2 },
      },
    ),
    make('scheduled 3-hourly 10 days', 240, 500, {
      plan: 'scheduled',
      intervalHours: 3,
      pattern: 'bothSides',
      seed: 3,
    }),
    make('exclusive pumping 30 days', 24 * 30, 300, {
      plan: 'exclusivePumping',
      intervalHours: 3,
      minutesPerBreast: 15,
      seed: 4,
    }),
    make(
      'plan changes 14 days',
      24 * 14,
      700,
      {
        plan: 'onDemand',
        pattern: 'alternate',
        seed: 6,
        changes: [
          { atMinutes: 60 * 24 * 2, pumpAfterFeedsMinutes: 10 },
          { atMinutes: 60 * 24 * 5, noFeedsForHours: 8 },
          { atMinutes: 60 * 24 * 7, pattern: 'block', blockHours: 4 },
          { atMinutes: 60 * 24 * 12, stopFeeding: true },
        ],
      },
      { infant: { appetiteChanges: [{ atHours: 750, factor: 1.3, durationHours: 48 }] } },
    ),
    make('surgery + stress + pill 60 days', 24 * 60, 200, onDemand(8), {
      mother: {
        conditions: [
          { kind: 'breastSurgery', side: 'both', lobesAffectedFraction: 0.3 },
          { kind: 'stress', level: 0.5, startHours: 400, durationHours: 72 },
          { kind: 'hormonalContraception', type: 'combined', startHours: 600 },
        ],
      },
    }),
    make('sheehan from birth 10 days', 240, 0, onDemand(9), {
      mother: { conditions: [{ kind: 'sheehanSyndrome', severity: 0.6 }] },
      birth: { placentaDeliveredAtHours: 0.5 },
    }),
    make('pregnancy into birth 5 days', 120, -24, onDemand(10)),
  );
  // Finer sampling than the automatic one.
  out.push({ ...make('day at 1 s', 24, 1008, onDemand(1)), options: { resolutionSec: 1 } });
  out.push({
    ...make('30 days at 60 s', 24 * 30, 1008, onDemand(1)),
    options: { resolutionSec: 60 },
  });
  return out;
}

function fingerprint(c: Case): string {
  const { trace, diagnostics } = runModel(c.scenario, c.options);
  const h = createHash('sha256');
  const bytes = (a: Float64Array): void => {
    h.update(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
  };
  bytes(trace.timesSec);
  for (const [name, ch] of Object.entries(trace.channels)) {
    h.update(name);
    bytes(ch);
  }
  h.update(JSON.stringify(trace.events));
  h.update(JSON.stringify(trace.summary));
  // The config is the scenario read back, not an output.
  h.update(JSON.stringify({ ...diagnostics, config: null }));
  return `${h.digest('hex').slice(0, 24)} ${trace.timesSec.length} samples ${trace.events.length} events`;
}

function main(): void {
  const args = process.argv.slice(2);
  const lines = cases().map((c) => `${c.name}\t${fingerprint(c)}`);
  if (args[0] === '--save' && args[1] !== undefined) {
    writeFileSync(args[1], lines.join('\n') + '\n');
  } else if (args[0] === '--check' && args[1] !== undefined) {
    const want = readFileSync(args[1], 'utf8').trimEnd().split('\n');
    let bad = 0;
    lines.forEach((l, i) => {
      if (l !== want[i]) {
        bad++;
        process.stdout.write(`DIFFERS: ${l}\n   was: ${want[i] ?? '(none)'}\n`);
      }
    });
    if (want.length !== lines.length) bad++;
    process.stdout.write(bad === 0 ? `all ${lines.length} runs identical\n` : `${bad} differ\n`);
    process.exitCode = bad === 0 ? 0 : 1;
  }
  if (args.length === 0) process.stdout.write(lines.join('\n') + '\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
