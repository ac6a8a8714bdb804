import { randomBytes } from 'node:crypto';
import { contract, isMethodName, type Handlers } from '../contract/index';
import {
  AppError,
  formatPath,
  type ApiErrorData,
  type ErrorRule,
  type Result,
} from '../contract/errors';
import { jsonProblem } from '../contract/json-value';
import { ruleOfIssue, type IssueLike } from '../contract/rules';
import { isBusyError } from '../store/index';

/**
 * No request of ours nests deeper than this (a bundle's scenario events sit at 6); the bound
 * holds before any schema, so nothing later recurses over a hostile value.
 */
const MAX_REQUEST_DEPTH = 64;
/** Anything larger has been refused by the transport already; this only bounds the walk. */
const MAX_REQUEST_CHARS = 256 * 1024 * 1024;

function badRequest(message: string, path: string, rule?: ErrorRule): Result<never> {
  const code = path.startsWith('scenario') ? 'BAD_SCENARIO' : 'BAD_REQUEST';
  const error: ApiErrorData = { code, message: `${path || 'request'}: ${message}`, path };
  return { ok: false, error: rule === undefined ? error : { ...error, rule } };
}

/** The first schema issue as one line naming its path; an unknown key is named in the path. */
function schemaError(
  issue: IssueLike & { path: PropertyKey[]; message: string; keys?: string[] },
): Result<never> {
  const rule = ruleOfIssue(issue);
  if (issue.code === 'unrecognized_keys' && issue.keys?.[0] !== undefined) {
    const key = issue.keys[0];
    return badRequest(
      `unknown key "${key}" is not allowed`,
      formatPath([...issue.path, key]),
      rule,
    );
  }
  return badRequest(issue.message, formatPath(issue.path), rule);
}

/**
 * What the caller sees of an error that is not theirs: a reference to quote, never the internal
 * text (SQL constraint names, stack overflows). The full error goes to the log with the same id.
 */
function internalError(name: string, error: unknown): ApiErrorData {
  const id = randomBytes(4).toString('hex').toUpperCase();
  console.error(`[lactasim] error ${id} in ${name}:`, error);
  return {
    code: 'INTERNAL',
    message: `LactaSim could not complete this request because of an internal error (reference ${id}); the details are in its log`,
    reference: id,
  };
}

const BUSY: ApiErrorData = {
  code: 'BUSY',
  message:
    'The case library is busy: another LactaSim window or command is writing to it. Nothing was changed; try again in a moment',
};

const LIBRARY_READ_ONLY: ApiErrorData = {
  code: 'LIBRARY_READ_ONLY',
  message: 'The case library is open read-only: nothing can be saved in this session.',
};

/** SQLite refusing a write to a library opened read-only (SQLITE_READONLY and its variants). */
function isReadOnlyError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_READONLY');
}

/**
 * The single entry point behind every transport: checks the method name, validates the request
 * with the contract's schema, runs the handler and returns errors as data.
 */
export async function dispatch(
  handlers: Handlers,
  name: string,
  raw: unknown,
): Promise<Result<unknown>> {
  if (!isMethodName(name)) {
    const shown = JSON.stringify(name.length > 60 ? `${name.slice(0, 60)}…` : name);
    return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `Unknown method ${shown}` } };
  }
  const request = raw === undefined ? {} : raw;
  const shape = jsonProblem(request, { maxDepth: MAX_REQUEST_DEPTH, maxChars: MAX_REQUEST_CHARS });
  if (shape !== null) {
    return badRequest(shape.message, formatPath(shape.path), shape.rule);
  }
  const parsed = contract[name].request.safeParse(request);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return issue ? schemaError(issue) : badRequest('invalid request', '');
  }
  try {
    const handler = handlers[name] as (request: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toData() };
    if (isBusyError(error)) return { ok: false, error: BUSY };
    if (isReadOnlyError(error)) return { ok: false, error: LIBRARY_READ_ONLY };
    return { ok: false, error: internalError(name, error) };
  }
}
