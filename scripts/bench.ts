// `npm run bench`: speed and memory targets, printed as one JSON document.
import { cpus, loadavg } from 'node:os';
import { benchSim } from './bench-sim';
import { benchCases } from './bench-cases';
import { benchFrames } from './bench-frames';
import { benchExport } from './bench-export';
import { benchLive } from './bench-live';

// Other work on the machine slows every number here; the load average says how much there was.
const load = () => Math.round((loadavg()[0] ?? 0) * 10) / 10;
const loadAtStart = load();
const result = {
  engine: await benchSim(),
  caseLibrary: await benchCases(),
  mainView: await benchFrames(),
  export30Days: await benchExport(),
  live: await benchLive(),
};
const machine = {
  cpus: cpus().length,
  node: process.versions.node,
  loadAverage1Min: { atStart: loadAtStart, atEnd: load() },
};
process.stdout.write(`${JSON.stringify({ machine, ...result }, null, 2)}\n`);
