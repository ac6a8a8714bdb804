// When the library cannot be opened at start: a native dialog that names the file, says what
// happened and what to do, lists the backups beside it, and offers Open backups folder / Quit
// (and Open read-only when the library can be read but not written). The store writes the
// explanations; this only chooses the headline and the buttons.
import type { MessageBoxSyncOptions } from 'electron';
import { basename, dirname } from 'node:path';
import { isWriteRefusal, StoreOpenError } from '../store/errors';

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

const HEADLINES: Record<StartupProblemKind, string> = {
  'newer-version': 'This case library was written by a newer version of LactaSim.',
  damaged: 'The case library is damaged.',
  'upgrade-failed': 'LactaSim could not upgrade the case library.',
  'read-only': 'LactaSim cannot write to the case library.',
  locked: 'The case library is in use by another program.',
  unexpected: 'LactaSim could not open the case library.',
};

const ADVICE: Partial<Record<StartupProblemKind, string>> = {
  'read-only':
    'Check that you may write to the file and its folder (and that the disk is not full or ' +
    'write-protected), or open the library read-only to view and present without saving.',
  locked:
    'Close the other program that has it open (another copy of LactaSim, a sync or backup ' +
    'tool, a database browser), then start LactaSim again.',
};

export type StartupButton = 'read-only' | 'open-folder' | 'quit';

/** `offerReadOnly` is false once opening read-only has failed too. */
export function startupDialog(
  problem: StartupProblem,
  offerReadOnly = true,
): {
  options: MessageBoxSyncOptions;
  buttons: StartupButton[];
} {
  const buttons: StartupButton[] =
    problem.kind === 'read-only' && offerReadOnly
      ? ['read-only', 'open-folder', 'quit']
      : ['open-folder', 'quit'];
  const labels = {
    'read-only': 'Open read-only',
    'open-folder': 'Open backups folder',
    quit: 'Quit',
  };
  const folder = dirname(problem.dbPath);
  const backups =
    problem.backups.length === 0
      ? `No backup copies were found in ${folder}.`
      : `Backup copies in ${folder}, newest first:\n${problem.backups.map((b) => `  ${basename(b)}`).join('\n')}`;
  const advice = ADVICE[problem.kind];
  return {
    buttons,
    options: {
      type: 'error',
      title: 'LactaSim',
      message: HEADLINES[problem.kind],
      detail: [
        `File: ${problem.dbPath}`,
        problem.detail,
        ...(advice ? [advice] : []),
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
  const { options, buttons } = startupDialog(problem, offerReadOnly);
  for (;;) {
    const choice = buttons[deps.showMessageBoxSync(options)] ?? 'quit';
    if (choice !== 'open-folder') return choice;
    await deps.openPath(dirname(problem.dbPath));
  }
}
