// `npx tsx src-main/cli/cases.ts [--db PATH] list [--json] [--query TEXT] [--tag TAG] [--deleted]
//                                          | show ID [--json] | import FILE [--rename-duplicates]
//                                          | export ID... --out FILE [--keep-personal] | delete ID`
// The database is --db, else $LACTASIM_DB, else lactasim.db in the platform's data folder
// (store/paths.ts), where a library left in ~/.lactasim is moved once.
// Exit 0 on success; exit 2 with one line on stderr for bad input; exit 1 when the library
// cannot be opened or something unexpected fails (also one line).
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { caseMethods, type CaseMethodName } from '../contract/cases';
import { AppError, formatPath } from '../contract/errors';
import type { Handlers, ResponseOf } from '../contract/index';
import {
  BUNDLE_MAX_BYTES,
  defaultResourcesDir,
  openCaseLibrary,
  parseBundleBytes,
  validateBundle,
} from '../services/cases';
import { locateLibrary, relocationNotice, StoreOpenError } from '../store/index';
import { asksForHelp } from './run';

const USAGE =
  'usage: cases [--db PATH] list [--json] [--query TEXT] [--tag TAG] [--deleted] | show ID [--json] | ' +
  'import FILE [--rename-duplicates] | export ID... --out FILE [--keep-personal] | delete ID | --help';

class UsageError extends Error {}

interface Parsed {
  db?: string;
  command: string;
  positional: string[];
  flags: Map<string, string | true>;
}

const VALUE_FLAGS = new Set(['--db', '--out', '--query', '--tag']);
const BOOLEAN_FLAGS = new Set(['--json', '--keep-personal', '--deleted', '--rename-duplicates']);

function parseArgs(argv: readonly string[]): Parsed {
  const flags = new Map<string, string | true>();
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (VALUE_FLAGS.has(arg)) {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--'))
        throw new UsageError(`${arg} needs a value`);
      flags.set(arg, value);
      i += 1;
    } else if (BOOLEAN_FLAGS.has(arg)) {
      flags.set(arg, true);
    } else if (arg.startsWith('--')) {
      throw new UsageError(`unknown option ${arg}; ${USAGE}`);
    } else {
      rest.push(arg);
    }
  }
  const [command, ...positional] = rest;
  if (command === undefined) throw new UsageError(USAGE);
  const db = flags.get('--db');
  return { command, positional, flags, ...(typeof db === 'string' ? { db } : {}) };
}

type Call = <K extends CaseMethodName>(name: K, raw: unknown) => Promise<ResponseOf<K>>;

/** Validates with the same contract schema as every other transport, then runs the handler. */
function caller(handlers: Pick<Handlers, CaseMethodName>): Call {
  return async (name, raw) => {
    const parsed = caseMethods[name].request.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const path = issue === undefined ? '' : formatPath(issue.path);
      throw new AppError('BAD_REQUEST', `${path || name}: ${issue?.message ?? 'invalid'}`, path);
    }
    const handler = handlers[name] as (request: unknown) => unknown;
    return (await handler(parsed.data)) as ResponseOf<typeof name>;
  };
}

function expectPositional(p: Parsed, min: number, max: number, what: string): void {
  if (p.positional.length < min || p.positional.length > max) {
    throw new UsageError(`${p.command} takes ${what}; ${USAGE}`);
  }
}

function day(isoTime: string): string {
  return isoTime.slice(0, 10);
}

/** Reads and checks a bundle before the library is even opened, so bad files change nothing. */
function readBundle(file: string) {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new AppError('BAD_IMPORT', `cannot read ${file}: no such file`);
  }
  if (size > BUNDLE_MAX_BYTES) {
    throw new AppError(
      'BAD_IMPORT',
      `${file} is ${(size / 1048576).toFixed(1)} MB; bundles are limited to ${BUNDLE_MAX_BYTES / 1048576} MB`,
    );
  }
  const value = parseBundleBytes(readFileSync(file));
  validateBundle(value);
  return value;
}

export async function runCasesCli(
  argv: readonly string[],
  out: (line: string) => void,
): Promise<void> {
  if (asksForHelp(argv)) {
    out(USAGE);
    return;
  }
  const p = parseArgs(argv);
  const commands = ['list', 'show', 'import', 'export', 'delete'];
  if (!commands.includes(p.command))
    throw new UsageError(`unknown command "${p.command}"; ${USAGE}`);
  const json = p.flags.get('--json') === true;

  let bundle: unknown;
  if (p.command === 'import') {
    expectPositional(p, 1, 1, 'one FILE');
    bundle = readBundle(p.positional[0]!);
  }
  if (p.command === 'export') {
    expectPositional(p, 1, Infinity, 'one or more IDs');
    if (typeof p.flags.get('--out') !== 'string') throw new UsageError(`export needs --out FILE`);
  }
  if (p.command === 'show' || p.command === 'delete') expectPositional(p, 1, 1, 'one ID');
  if (p.command === 'list') expectPositional(p, 0, 0, 'no arguments');

  const { dbPath, relocated } = locateLibrary(p.db);
  const moved = relocationNotice(relocated);
  if (moved !== null) process.stderr.write(`${moved}\n`);
  const library = openCaseLibrary({ dbPath, resourcesDir: defaultResourcesDir() });
  try {
    const call = caller(library.handlers);
    switch (p.command) {
      case 'list': {
        const query = p.flags.get('--query');
        const tag = p.flags.get('--tag');
        const res = await call('cases.list', {
          limit: 10_000,
          includeDeleted: p.flags.get('--deleted') === true,
          ...(typeof query === 'string' ? { query } : {}),
          ...(typeof tag === 'string' ? { tag } : {}),
        });
        if (json) return out(JSON.stringify(res, null, 2));
        const width = Math.max(0, ...res.cases.map((c) => c.id.length));
        for (const c of res.cases) {
          const marks = [c.builtin ? 'built-in' : '', c.deletedAt !== null ? 'deleted' : '']
            .filter(Boolean)
            .join(', ');
          out(
            `${c.id.padEnd(width)}  ${day(c.updatedAt)}  ${c.title}` +
              (c.tags.length > 0 ? `  [${c.tags.join(', ')}]` : '') +
              (marks === '' ? '' : `  (${marks})`),
          );
        }
        return out(`${res.total} case${res.total === 1 ? '' : 's'}`);
      }
      case 'show': {
        const c = await call('cases.get', { id: p.positional[0] });
        if (json) return out(JSON.stringify(c, null, 2));
        out(`${c.title}  (${c.id}, revision ${c.revision}${c.builtin ? ', built-in' : ''})`);
        out(`tags: ${c.tags.join(', ') || '-'}`);
        out(
          `created ${c.createdAt}, updated ${c.updatedAt}${c.deletedAt === null ? '' : `, deleted ${c.deletedAt}`}`,
        );
        if (c.personal !== null) out(`personal: ${JSON.stringify(c.personal)}`);
        if (c.notes !== '') out(`notes: ${c.notes}`);
        if (c.parentNotes !== '') out(`parent notes: ${c.parentNotes}`);
        return out(`scenario: ${JSON.stringify(c.scenario)}`);
      }
      case 'import': {
        const res = await call('cases.importBundle', {
          bundle,
          duplicateTitles: p.flags.get('--rename-duplicates') === true ? 'rename' : 'keep',
        });
        out(`imported ${res.imported.length} case${res.imported.length === 1 ? '' : 's'}`);
        for (const c of res.imported) out(`${c.id.padEnd(16)} ${c.title}`);
        return;
      }
      case 'export': {
        const file = resolve(p.flags.get('--out') as string);
        const res = await call('cases.exportBundle', {
          ids: p.positional,
          keepPersonal: p.flags.get('--keep-personal') === true,
        });
        // Write beside and rename, so an interrupted export never leaves half a file.
        const tmp = `${file}.tmp-${process.pid}`;
        writeFileSync(tmp, `${JSON.stringify(res, null, 2)}\n`);
        renameSync(tmp, file);
        return out(
          `exported ${res.cases.length} case${res.cases.length === 1 ? '' : 's'} to ${file}`,
        );
      }
      case 'delete': {
        const res = await call('cases.delete', { id: p.positional[0] });
        return out(`deleted ${res.id}; it stays in the trash until ${res.purgeAfter}`);
      }
    }
  } finally {
    library.close();
  }
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

async function main(): Promise<void> {
  try {
    await runCasesCli(process.argv.slice(2), (line) => process.stdout.write(`${line}\n`));
  } catch (error) {
    if (error instanceof UsageError || error instanceof AppError) {
      const code = error instanceof AppError ? ` [${error.code}]` : '';
      process.stderr.write(`cases: ${oneLine(error.message)}${code}\n`);
      process.exitCode = 2;
    } else if (error instanceof StoreOpenError) {
      process.stderr.write(`cases: ${oneLine(error.message)}\n`);
      process.exitCode = 1;
    } else {
      process.stderr.write(
        `cases: unexpected error: ${oneLine(String((error as Error)?.message ?? error))}\n`,
      );
      process.exitCode = 1;
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
