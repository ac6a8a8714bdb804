// The shared frame of the command-line tools: --help (or -h) prints the usage and exits 0; a bad
// input is a CliError and exits 2 with one line on stderr; anything unexpected exits 1, also with
// one line.

export class CliError extends Error {}

/** Whether the arguments ask for the usage (`--help` or `-h` anywhere). */
export const asksForHelp = (argv: readonly string[]): boolean =>
  argv.includes('--help') || argv.includes('-h');

export function runCli(main: (argv: string[]) => Promise<number>, usage: string): void {
  const argv = process.argv.slice(2);
  if (asksForHelp(argv)) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      const message =
        error instanceof CliError ? error.message : `unexpected error: ${(error as Error).message}`;
      process.stderr.write(message.split('\n')[0] + '\n');
      process.exitCode = error instanceof CliError ? 2 : 1;
    },
  );
}
