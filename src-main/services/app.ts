import type { AppInfo } from '../contract/app';
import type { Handlers } from '../contract/index';
import { MODEL_VERSION } from '../sim/index';
import packageJson from '../../package.json';

export interface AppContext {
  edition: AppInfo['edition'];
  dataPath: string;
  /** Open the library for viewing only. */
  readOnly?: boolean;
}

export const APP_VERSION: string = packageJson.version;

export function appHandlers(ctx: AppContext): Pick<Handlers, 'app.info'> {
  return {
    'app.info': () => ({
      name: 'LactaSim',
      appVersion: APP_VERSION,
      modelVersion: MODEL_VERSION,
      edition: ctx.edition,
      versions: {
        node: process.versions.node,
        electron: process.versions.electron ?? null,
        chrome: process.versions.chrome ?? null,
      },
      dataPath: ctx.dataPath,
      readOnly: ctx.readOnly === true,
    }),
  };
}
