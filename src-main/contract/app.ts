import { z } from 'zod';
import { method } from './define';

export interface AppInfo {
  name: string;
  appVersion: string;
  modelVersion: string;
  /** 'desktop' inside Electron, 'web' in the web edition. */
  edition: 'desktop' | 'web';
  versions: { node: string; electron: string | null; chrome: string | null };
  dataPath: string;
  /** The library was opened for viewing only (the desktop app offers this when it cannot write). */
  readOnly: boolean;
}

export const appMethods = {
  'app.info': method<AppInfo>()(z.object({}).strict()),
};
