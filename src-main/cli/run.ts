// The shared frame of the command-line tools: a bad input is a CliError and exits 2 with one
// line on stderr; anything unexpected exits 1, also with one line.

export class CliError extends Error {}

export function runCli(main: (argv: string[]) => Promise<number>): void {
  main(process.argv.slice(2)).then(
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
