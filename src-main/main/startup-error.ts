// When the library cannot be opened at start: a native dialog that names the file, says what
// happened and what to do, lists the backups beside it, and offers Open backups folder / Quit
// (and Open read-only when the library can be read but not written). The store writes the
// explanations; this only chooses the headline and the buttons.
import type { MessageBoxSyncOptions } from 'electron';
import { basename, dirname } from 'node:path';
import { isWriteRefusal, StoreOpenError } from '../store/errors';
import type { DesktopWords, StartupWord } from './words';

export type StartupProblemKind =
  'newer-version' | 'damaged' | 'upgrade-failed' | 'read-only' | 'locked' | 'unexpected';

export interface StartupProblem {
  kind: StartupProblemKind;
  dbPath: string;
  /** What went wrong, in the store's words (or the system's). */
  detail: string;
  /** Backup copies beside the library, newest first. */
  backups: readonly string[];
}

const codeOf = (error: unknown): string => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
};

export function classifyStartupError(
  error: unknown,
  dbPath: string,
  backups: readonly string[],
): StartupProblem {
  const detail = error instanceof Error ? error.message : String(error);
  const code = codeOf(error);
  const kind: StartupProblemKind =
    error instanceof StoreOpenError
      ? ({ NEWER_VERSION: 'newer-version', CORRUPT: 'damaged', MIGRATION_FAILED: 'upgrade-failed' }[
          error.code
        ] as StartupProblemKind)
      : code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')
        ? 'locked'
        : isWriteRefusal(error)
          ? 'read-only'
          : 'unexpected';
  return { kind, dbPath, detail, backups };
}

const HEADLINE: Record<StartupProblemKind, StartupWord> = {
  'newer-version': 'headline.newerVersion',
  damaged: 'headline.damaged',
  'upgrade-failed': 'headline.upgradeFailed',
  'read-only': 'headline.readOnly',
  locked: 'headline.locked',
  unexpected: 'headline.unexpected',
};

const ADVICE: Partial<Record<StartupProblemKind, StartupWord>> = {
  'read-only': 'advice.readOnly',
  locked: 'advice.locked',
};

export type StartupButton = 'read-only' | 'open-folder' | 'quit';

/**
 * `offerReadOnly` is false once opening read-only has failed too. The store's own explanation
 * (`problem.detail`) stays in English, as the other messages from the main side do.
 */
export function startupDialog(
  problem: StartupProblem,
  words: DesktopWords,
  offerReadOnly = true,
): {
  options: MessageBoxSyncOptions;
  buttons: StartupButton[];
} {
  const buttons: StartupButton[] =
    problem.kind === 'read-only' && offerReadOnly
      ? ['read-only', 'open-folder', 'quit']
      : ['open-folder', 'quit'];
  const labels: Record<StartupButton, string> = {
    'read-only': words.startup('button.readOnly'),
    'open-folder': words.startup('button.openFolder'),
    quit: words.startup('button.quit'),
  };
  const folder = dirname(problem.dbPath);
  const backups =
    problem.backups.length === 0
      ? words.startup('noBackups', { folder })
      : `${words.startup('backups', { folder })}\n${problem.backups.map((b) => `  ${basename(b)}`).join('\n')}`;
  const advice = ADVICE[problem.kind];
  return {
    buttons,
    options: {
      type: 'error',
      title: 'LactaSim',
      message: words.startup(HEADLINE[problem.kind]),
      detail: [
        words.startup('file', { path: problem.dbPath }),
        problem.detail,
        ...(advice ? [words.startup(advice)] : []),
        backups,
      ].join('\n\n'),
      buttons: buttons.map((b) => labels[b]),
      defaultId: 0,
      cancelId: buttons.indexOf('quit'),
      noLink: true,
    },
  };
}

export interface StartupDialogDeps {
  /** The dialog's words, in the language chosen before any window exists. */
  words: DesktopWords;
  showMessageBoxSync(options: MessageBoxSyncOptions): number;
  /** Opens a folder in the system's file manager; resolves with an error message or ''. */
  openPath(path: string): Promise<string>;
}

/** Asks until the person chooses Quit or Open read-only; Open backups folder asks again after. */
export async function askAboutStartupProblem(
  problem: StartupProblem,
  deps: StartupDialogDeps,
  offerReadOnly = true,
): Promise<'quit' | 'read-only'> {
  const { options, buttons } = startupDialog(problem, deps.words, offerReadOnly);
  for (;;) {
    const choice = buttons[deps.showMessageBoxSync(options)] ?? 'quit';
    if (choice !== 'open-folder') return choice;
    await deps.openPath(dirname(problem.dbPath));
  }
}
