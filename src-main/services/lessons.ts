// The lesson service: syncs the built-in lessons (after the built-in cases they use) and builds
// the `lessons.*` handlers over the already open case library.
import type { JobRunner } from '../jobs/pool';
import type { CaseStore } from '../store/index';
import { emptySyncResult } from './builtin-sync';
import { ensureBuiltinLessons, type EnsureLessonsResult } from './lessons/builtins';
import { lessonHandlers } from './lessons/handlers';

export { ensureBuiltinLessons, readBuiltinLesson } from './lessons/builtins';
export { lessonHandlers } from './lessons/handlers';

export function openLessons(store: CaseStore, resourcesDir: string, jobs: JobRunner) {
  const builtins: EnsureLessonsResult = store.readOnly
    ? emptySyncResult()
    : ensureBuiltinLessons(store, resourcesDir);
  return { builtins, handlers: lessonHandlers(store, jobs) };
}
