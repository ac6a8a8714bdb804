// `npx tsx src-main/cli/sim.ts FILE|case:<id> [--json] [--csv OUT] [--resolution S] [--db PATH]`
// Runs one scenario through the engine: a scenario file, or a case from the case library
// (`case:<id>`, database from --db, else LACTASIM_DB, else the default location). Exit 0 on
// success; exit 2 with one line on stderr for a bad scenario, an unreadable file, a missing case
// or a bad flag.
import { writeFileSync } from 'node:fs';
import { csvFormatRows } from 'd3-dsv';
import { runSizeProblem } from '../contract/sim';
import { createJobPool } from '../jobs/pool';
import type { ChannelName, Trace } from '../sim/index';
import { CliError, runCli } from './run';
import { loadScenarioSource } from './scenario-source';

/** CSV column of every channel, units in the name (scenario-format.md); the compiler keeps it whole. */
const CSV_COLUMNS: Record<ChannelName, string> = {
  prolactinNgPerMl: 'prolactin_ng_per_ml',
  oxytocinPgPerMl: 'oxytocin_pg_per_ml',
  progesteroneNgPerMl: 'progesterone_ng_per_ml',
  leftStoredMl: 'left_stored_ml',
  rightStoredMl: 'right_stored_ml',
  leftDuctMl: 'left_duct_ml',
  rightDuctMl: 'right_duct_ml',
  intakeMlPerMin: 'intake_ml_per_min',
  intakeCumulativeMl: 'intake_cumulative_ml',
  removedCumulativeMl: 'removed_cumulative_ml',
  removedFatCumulativeG: 'removed_fat_cumulative_g',
  leftFatGPerL: 'left_fat_g_per_l',
  rightFatGPerL: 'right_fat_g_per_l',
  synthesisMlPerH: 'synthesis_ml_per_h',
  supplyMlPerDay: 'supply_ml_per_day',
  leftSupplyMlPerDay: 'left_supply_ml_per_day',
  rightSupplyMlPerDay: 'right_supply_ml_per_day',
  needMlPerDay: 'need_ml_per_day',
  hungerMl: 'hunger_ml',
  leftFullness: 'left_fullness',
  rightFullness: 'right_fullness',
  leftEjectionDrive: 'left_ejection_drive',
  rightEjectionDrive: 'right_ejection_drive',
  leftFlowMlPerMin: 'left_flow_ml_per_min',
  rightFlowMlPerMin: 'right_flow_ml_per_min',
  secretoryActivation: 'secretory_activation',
  nerveSignal: 'nerve_signal',
};

function csvOf(trace: Trace): string {
  const channels = Object.keys(CSV_COLUMNS) as ChannelName[];
  const rows: string[][] = [['time_s', ...channels.map((c) => CSV_COLUMNS[c])]];
  const cell = (v: number | undefined): string =>
    v === undefined ? '' : String(Math.round(v * 1e6) / 1e6);
  for (let i = 0; i < trace.timesSec.length; i++) {
    rows.push([cell(trace.timesSec[i]), ...channels.map((c) => cell(trace.channels[c][i]))]);
  }
  return csvFormatRows(rows) + '\n';
}

const USAGE =
  'usage: sim FILE|case:<id> [--json] [--csv OUT.csv] [--resolution SECONDS] [--db PATH] [--help]';

function parseArgs(argv: string[]): {
  file: string;
  json: boolean;
  csv?: string;
  resolution?: number;
  db?: string;
} {
  let file: string | undefined;
  let db: string | undefined;
  let json = false;
  let csv: string | undefined;
  let resolution: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--json') json = true;
    else if (a === '--csv') {
      csv = argv[++i];
      if (csv === undefined || csv.startsWith('--'))
        throw new CliError('--csv needs an output file');
    } else if (a === '--resolution') {
      const v = Number(argv[++i]);
      if (!Number.isFinite(v) || v < 0.5 || v > 3600) {
        throw new CliError('--resolution must be a number of seconds between 0.5 and 3600');
      }
      resolution = v;
    } else if (a === '--db') {
      db = argv[++i];
      if (db === undefined || db.startsWith('--')) throw new CliError('--db needs a database file');
    } else if (a.startsWith('--')) throw new CliError(`unknown flag ${a}`);
    else if (file === undefined) file = a;
    else throw new CliError(`unexpected argument ${a}`);
  }
  if (file === undefined) throw new CliError(USAGE);
  return {
    file,
    json,
    ...(csv !== undefined ? { csv } : {}),
    ...(resolution !== undefined ? { resolution } : {}),
    ...(db !== undefined ? { db } : {}),
  };
}

function fmt(v: number | null, digits = 0, unit = ''): string {
  return v === null ? '—' : `${v.toFixed(digits)}${unit}`;
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  // Run in a worker thread, by the same job as the apps' runs (jobs/jobs.ts); it loads the
  // engine while the scenario is read.
  const jobs = createJobPool({ size: 1 });
  jobs.warm();
  let scenario;
  let trace;
  try {
    scenario = await loadScenarioSource(args.file, args.db);
    const tooLarge =
      args.resolution === undefined
        ? null
        : runSizeProblem(scenario.durationHours, args.resolution);
    if (tooLarge !== null) throw new CliError(`--resolution: ${tooLarge}`);
    trace = await jobs.run(
      'simulate',
      args.resolution !== undefined ? { scenario, resolutionSec: args.resolution } : { scenario },
    );
  } finally {
    await jobs.close();
  }
  const parsed = { value: scenario };
  if (args.csv !== undefined) {
    try {
      writeFileSync(args.csv, csvOf(trace));
    } catch (error) {
      throw new CliError(
        `cannot write ${args.csv}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`,
      );
    }
  }
  if (args.json) {
    process.stdout.write(
      JSON.stringify({
        scenario: parsed.value.name,
        summary: trace.summary,
        events: trace.events,
      }) + '\n',
    );
    return 0;
  }
  const s = trace.summary;
  const lines = [
    `${parsed.value.name} (${(trace.durationSec / 3600).toFixed(1)} h from ${trace.startPostpartumHours} h postpartum)`,
    `  milk removed        ${fmt(s.milkRemovedMl)} mL (${fmt(s.milkRemovedPer24hMl)} mL per 24 h)`,
    `  feeds               ${s.feeds}; ejections per feed ${fmt(s.ejectionsPerFeed, 1)}; first ejection after ${fmt(s.firstEjectionLatencySec)} s`,
    `  prolactin           peak ${fmt(s.prolactinPeakMinutesAfterFeedStart)} min after start, ${fmt(s.prolactinFoldRise, 1)}× pre-feed`,
    `  synthesis           ${fmt(s.meanSynthesisRateMlPerHour, 1)} mL/h (both breasts)`,
    `  milk fat            ${fmt(s.fatStartGPerL)} → ${fmt(s.fatEndGPerL)} g/L; removed per feed ${s.removedFractionPerFeed === null ? '—' : `${(s.removedFractionPerFeed * 100).toFixed(0)} %`}`,
    `  milk came in        ${s.lactogenesisIIOnsetHours === null ? '—' : `${s.lactogenesisIIOnsetHours.toFixed(0)} h postpartum`}`,
    `  supply              ${fmt(s.supplyStartMlPerDay)} → ${fmt(s.supplyEndMlPerDay)} mL/day`,
    `  events              ${trace.events.length}${args.csv !== undefined ? `; time series written to ${args.csv}` : ''}`,
  ];
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}

runCli(main, USAGE);
