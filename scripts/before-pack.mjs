// electron-builder's beforePack hook: builds better-sqlite3 for Electron's ABI and the target
// architecture into .native/electron, which electron-builder.yml copies to
// resources/native/better_sqlite3.node. node_modules keeps its Node build (npmRebuild: false),
// so packaging never breaks the tests, the command line or the web edition.
import { Arch } from 'electron-builder';
import { rebuildForElectron } from './native-electron.mjs';

export default async function beforePack(context) {
  // A native addon is compiled for one operating system: each platform's package is made there.
  if (context.electronPlatformName !== process.platform) {
    throw new Error(
      `LactaSim: packages for ${context.electronPlatformName} are built on ${context.electronPlatformName} ` +
        `(better-sqlite3 is compiled for it); this machine is ${process.platform}.`,
    );
  }
  await rebuildForElectron(Arch[context.arch]);
}
