// `npm run rebuild:electron`: better-sqlite3 for Electron's ABI, on this machine's architecture.
import { rebuildForElectron } from './native-electron.mjs';

await rebuildForElectron();
