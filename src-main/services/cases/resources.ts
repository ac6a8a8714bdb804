// Where shipped content lives when the caller does not say (the CLI and tests). Electron and the
// web edition pass their own resources folder.
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

export function defaultResourcesDir(): string {
  return resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..', '..', 'resources');
}
