import { parseArgs } from 'node:util';

export interface WebOptions {
  port: number;
  dbPath: string | undefined;
  open: boolean;
  /** Open the library for viewing and presenting only; nothing is written to it. */
  readOnly: boolean;
}

/** Parses `--port N --db PATH --no-open --read-only`; throws an Error with a one-line message. */
export function parseWebOptions(argv: string[]): WebOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      db: { type: 'string' },
      'no-open': { type: 'boolean', default: false },
      'read-only': { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  let port = 0;
  if (values.port !== undefined) {
    port = Number(values.port);
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      throw new Error(`--port must be an integer between 1 and 65535, got "${values.port}"`);
    }
  }
  return {
    port,
    dbPath: values.db,
    open: !values['no-open'],
    readOnly: values['read-only'],
  };
}
