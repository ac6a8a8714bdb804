// The case library's methods (cases, lessons, backups) over one open store, with the daily
// backup. A library that fails its integrity check opens in a damaged state instead of stopping
// the app: its backups can be listed and restored, everything else answers LIBRARY_DAMAGED.
import { caseMethods, type CaseMethodName } from '../contract/cases';
import { AppError } from '../contract/errors';
import type { Handlers } from '../contract/index';
import { lessonMethods, type LessonMethodName } from '../contract/lessons';
import { backupMethods } from '../contract/backups';
import type { JobRunner } from '../jobs/pool';
import { StoreOpenError } from '../store/index';
import { backupHandlers, damagedBackupHandlers, type BackupMethodName } from './backups';
import { ensureBuiltins, openCaseLibrary, type CaseLibraryOptions } from './cases';
import { ensureBuiltinLessons, openLessons } from './lessons';

export type LibraryMethodName = CaseMethodName | LessonMethodName | BackupMethodName;
export type LibraryHandlers = Pick<Handlers, LibraryMethodName>;

export const LIBRARY_METHOD_NAMES = [
  ...Object.keys(caseMethods),
  ...Object.keys(lessonMethods),
  ...Object.keys(backupMethods),
] as LibraryMethodName[];

/** The daily backup is checked at open and then every hour, for an app left running for days. */
const DAILY_CHECK_MS = 60 * 60 * 1000;

/** One handler per library method, made by `make` from the method's name. */
function libraryHandlers(
  make: (name: LibraryMethodName) => (request: unknown) => unknown,
): LibraryHandlers {
  return Object.fromEntries(
    LIBRARY_METHOD_NAMES.map((n) => [n, make(n)]),
  ) as unknown as LibraryHandlers;
}

export interface Library {
  handlers: LibraryHandlers;
  close(): void;
}

function openHealthy(options: CaseLibraryOptions, jobs: JobRunner): Library {
  const cases = openCaseLibrary(options);
  try {
    const { store } = cases;
    const lessons = openLessons(store, options.resourcesDir, jobs);
    const resync = () => {
      ensureBuiltins(store, options.resourcesDir);
      ensureBuiltinLessons(store, options.resourcesDir);
    };
    const daily = () => {
      try {
        store.backupIfDue();
      } catch (error) {
        console.error('[lactasim] the daily backup failed:', error);
      }
    };
    daily();
    const timer = setInterval(daily, DAILY_CHECK_MS);
    timer.unref();
    return {
      handlers: { ...cases.handlers, ...lessons.handlers, ...backupHandlers(store, resync) },
      close: () => {
        clearInterval(timer);
        cases.close();
      },
    };
  } catch (error) {
    cases.close();
    throw error;
  }
}

function openDamaged(options: CaseLibraryOptions, problem: string, reopen: () => void): Library {
  const refuse = () => {
    throw new AppError(
      'LIBRARY_DAMAGED',
      `${problem} Restore a backup under Backups to go on working.`,
    );
  };
  return {
    handlers: {
      ...libraryHandlers(() => refuse),
      ...damagedBackupHandlers(options.dbPath, problem, reopen),
    },
    close: () => undefined,
  };
}

/**
 * Opens the library; the handlers it returns always call the library as it is now, so a
 * restore in the damaged state switches them to the restored library. Lesson handouts are built
 * by `jobs`.
 */
export function openLibrary(options: CaseLibraryOptions, jobs: JobRunner): Library {
  let current: Library;
  const open = (): Library => {
    try {
      return openHealthy(options, jobs);
    } catch (error) {
      if (!(error instanceof StoreOpenError) || error.code !== 'CORRUPT') throw error;
      console.error(`[lactasim] ${error.message}`);
      return openDamaged(options, error.message, () => {
        current = openHealthy(options, jobs);
      });
    }
  };
  current = open();
  return {
    handlers: libraryHandlers(
      (n) => (request) => (current.handlers[n] as (r: unknown) => unknown)(request),
    ),
    close: () => current.close(),
  };
}
