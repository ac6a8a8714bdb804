// `npm run bench`: speed and memory targets, printed as one JSON document.
import { benchSim } from './bench-sim';
import { benchCases } from './bench-cases';
import { benchFrames } from './bench-frames';
import { benchExport } from './bench-export';

const result = {
  machine: { cpus: (await import('node:os')).cpus().length, node: process.versions.node },
  engine: await benchSim(),
  caseLibrary: await benchCases(),
  mainView: await benchFrames(),
  export30Days: await benchExport(),
};
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
