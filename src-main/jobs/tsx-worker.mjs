// Entry of a job pool worker when the app runs from its TypeScript sources (web edition,
// command line, tests): tsx registers its loader on the main thread only (Node 20), so it is
// registered here before the TypeScript entry named in workerData loads. The desktop app's
// build starts its bundled worker directly and never loads this file.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
