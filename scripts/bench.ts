// `npm run bench`: speed and memory targets, printed as one JSON document.
import { benchSim } from './bench-sim';
import { benchCases } from './bench-cases';
import { benchFrames } from './bench-frames';

const result = {
  machine: { cpus: (await import('node:os')).cpus().length, node: process.versions.node },
  engine: await benchSim(),
  caseLibrary: await benchCases(),
  mainView: await benchFrames(),
};
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
